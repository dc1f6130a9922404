package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import static tw.huixiao.it.Fixtures.exportLog;

/**
 * The case list exported for staff (issue 9 §5) at a New Taipei school: CSV (UTF-8 with BOM,
 * read back with Commons CSV) and XLSX (read back with fastexcel's reader) hold exactly the cases
 * the list shows under the list's own filter — by state, by homeroom class, both — and its access
 * rules: the office the whole school, a homeroom teacher only the own class whatever class is
 * asked for, and never another school's cases; a bad parameter is a 400 naming it; each export
 * is one EXPORT row in the school's access log with the filter and the cases.
 */
class CaseExportIT {

    private static final String CSV_HEADER = "個案編號,學生姓名,年級,班級,座號,個案類別,列管狀態,個案階段,三級輔導,開案日期,返校日期,緊急個案,開案方式,規範模組";

    @AfterAll
    static void systemClock() {
        Casework.ADMIN.delete("/api/v1/admin/clock");
    }

    @Test
    void theCaseListAsCsvAndXlsxUnderTheListsFilterAndRules() throws Exception {
        Fixtures.clock("2026-03-04T09:00:00+08:00");
        Casework.School school = Casework.school("NEW_TAIPEI", "export");
        Casework.Staff teacher = Casework.staff(school, "HOMEROOM_TEACHER", "陳○家 導師");
        long classId = Casework.homeroomClass(school, teacher, 8, "801");
        long otherClassId = Casework.homeroomClass(school, Casework.staff(school, "HOMEROOM_TEACHER", "黃○文 導師"), 8,
                "802");
        long reported = Casework.openCase(school.office(), Casework.student(school.office(), "周○翔", "2012-05-01", 8,
                classId), "TW-DROPOUT");
        Api.Reply moved = school.office().post("/api/v1/cases/" + reported + "/transitions", """
                {"to":"REPORTED","reason":"已完成中輟通報","version":%d}""".formatted(
                Casework.version(school.office().get("/api/v1/cases/" + reported))));
        assertEquals(200, moved.status(), moved.toString());
        long open = Casework.openCase(school.office(), Casework.student(school.office(), "吳○婷", "2012-06-01", 8, classId),
                "TW-DROPOUT");
        long inOtherClass = Casework.openCase(school.office(), Casework.student(school.office(), "鄭○宇", "2012-09-01", 8,
                otherClassId), "TW-DROPOUT");
        long closedCase = Casework.openCase(school.office(), Casework.student(school.office(), "2012-07-01", 8),
                "TW-DROPOUT");
        Api.Reply closed = school.office().post("/api/v1/cases/" + closedCase + "/close", """
                {"note":"轉學，結案","version":%d}""".formatted(
                Casework.version(school.office().get("/api/v1/cases/" + closedCase))));
        assertEquals(200, closed.status(), closed.toString());
        Casework.School other = Casework.school("NEW_TAIPEI", "export-other");
        long othersCase = Casework.openCase(other.office(), Casework.student(other.office(), "2012-08-01", 8), "TW-DROPOUT");

        // CSV: a BOM, Excel's format, every case of the school and nothing of the other school.
        String office = school.username();
        List<CSVRecord> all = csv(office, "");
        assertEquals(CSV_HEADER, String.join(",", all.get(0).toList()));
        assertEquals(Set.of(reported, open, inOtherClass, closedCase), ids(all));
        CSVRecord row = all.stream().filter(r -> r.get(0).equals(String.valueOf(reported))).findFirst().orElseThrow();
        assertEquals(List.of(String.valueOf(reported), "周○翔", "8", "801", "", "中輟（連續 3 日以上未到校）", "列管中", "已通報",
                "1", "115/03/04", "", "否", "人工開案", "new-taipei 1.0.0"), row.toList().subList(0, 14));

        // The list's filter: by state (one or several), by class, both.
        assertEquals(Set.of(reported), ids(csv(office, "&state=REPORTED")));
        assertEquals(Set.of(reported, open, inOtherClass), ids(csv(office, "&state=OPEN&state=REPORTED")));
        List<CSVRecord> closedOnly = csv(office, "&state=CLOSED");
        assertEquals(Set.of(closedCase), ids(closedOnly));
        assertEquals("已結案", closedOnly.get(1).get(6));
        assertEquals(Set.of(reported, open), ids(csv(office, "&classId=" + classId)));
        assertEquals(Set.of(open), ids(csv(office, "&classId=" + classId + "&state=OPEN")));
        assertEquals(Set.of(reported, open, inOtherClass, closedCase), ids(csv(office, "&kind=DROPOUT&categoryId=TW-DROPOUT")));

        // The homeroom teacher exports what the list shows them: their class's cases, never another class's.
        assertEquals(Set.of(reported, open), ids(csv(teacher.username(), "")));
        assertEquals(Set.of(reported), ids(csv(teacher.username(), "&state=REPORTED")));
        assertEquals(Set.of(), ids(csv(teacher.username(), "&classId=" + otherClassId)));
        // Another school: its own case only, and nothing of this school even when asking for its class.
        assertEquals(Set.of(othersCase), ids(csv(other.username(), "")));
        assertEquals(Set.of(), ids(csv(other.username(), "&classId=" + classId)));

        // XLSX: the same rows under the same filter; the case id a number cell.
        HttpResponse<byte[]> xlsx = Pdfs.download(office, Onboarding.PASSWORD,
                "/api/v1/cases/export?format=xlsx&classId=" + classId);
        assertEquals(200, xlsx.statusCode(), new String(xlsx.body(), StandardCharsets.UTF_8));
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                xlsx.headers().firstValue("Content-Type").orElse(""));
        assertTrue(xlsx.headers().firstValue("Content-Disposition").orElse("").contains("cases-2026-03-04.xlsx"));
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertEquals(CSV_HEADER, rows.get(0).stream().map(c -> c.getRawValue()).collect(Collectors.joining(",")));
            assertEquals(3, rows.size());
            Row firstRow = rows.stream().filter(r -> r.getCell(0).getType() == CellType.NUMBER
                    && r.getCell(0).asNumber().longValue() == reported).findFirst().orElseThrow();
            assertEquals("周○翔", firstRow.getCell(1).asString());
            assertEquals("801", firstRow.getCell(3).asString());
            assertEquals("115/03/04", firstRow.getCell(9).asString());
        }

        // Bad values are refused on their parameter's name, the old status filter among them; nothing is logged.
        refused(office, "format=pdf", "format");
        refused(office, "format=csv&state=ACTIVE", "state");
        refused(office, "format=csv&tier=4", "tier");
        refused(office, "format=csv&classId=801A", "classId");
        refused(office, "format=csv&overdue=yes", "overdue");
        refused(office, "format=csv&categoryId=NO-SUCH-CATEGORY", "categoryId");
        refused(office, "format=csv&status=OPEN", "status");

        // One access-log row per export (channel EXPORT) with its filter and cases; none for the refused ones.
        List<String> exports = exportLog(school.schoolId());
        assertEquals(11, exports.size(), exports.toString());
        assertTrue(exports.get(0).startsWith(office + " EXPORT CASE_LIST EXPORT format=csv; filter=none; cases=4: "),
                exports.get(0));
        assertEquals(Set.of(reported, open, inOtherClass, closedCase), idsIn(exports.get(0)));
        assertEquals(office + " EXPORT CASE_LIST EXPORT format=csv; filter=state=REPORTED; cases=1: " + reported,
                exports.get(1));
        assertEquals(office + " EXPORT CASE_LIST EXPORT format=csv; filter=state=OPEN&classId=" + classId + "; cases=1: "
                + open, exports.get(5));
        assertTrue(exports.get(7).startsWith(teacher.username() + " EXPORT CASE_LIST EXPORT format=csv; filter=none; cases=2"),
                exports.get(7));
        assertEquals(teacher.username() + " EXPORT CASE_LIST EXPORT format=csv; filter=classId=" + otherClassId
                + "; cases=0: ", exports.get(9));
        assertTrue(exports.get(10).startsWith(office + " EXPORT CASE_LIST EXPORT format=xlsx; filter=classId=" + classId),
                exports.get(10));
    }

    private static void refused(String username, String query, String field) {
        HttpResponse<byte[]> reply = Pdfs.download(username, Onboarding.PASSWORD, "/api/v1/cases/export?" + query);
        String body = new String(reply.body(), StandardCharsets.UTF_8);
        assertEquals(400, reply.statusCode(), body);
        assertTrue(reply.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), body);
        assertTrue(body.contains("\"field\":\"" + field + "\""), query + " → " + body);
    }

    private static List<CSVRecord> csv(String username, String filters) throws Exception {
        HttpResponse<byte[]> reply = Pdfs.download(username, Onboarding.PASSWORD, "/api/v1/cases/export?format=csv" + filters);
        assertEquals(200, reply.statusCode(), new String(reply.body(), StandardCharsets.UTF_8));
        assertEquals("text/csv;charset=UTF-8", reply.headers().firstValue("Content-Type").orElse("").replace(" ", ""));
        assertEquals("no-store", reply.headers().firstValue("Cache-Control").orElse(""));
        byte[] body = reply.body();
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(body[0], body[1], body[2]),
                "UTF-8 with a byte-order mark, so that Excel reads the Chinese correctly");
        return CSVFormat.EXCEL.parse(new StringReader(new String(body, 3, body.length - 3, StandardCharsets.UTF_8)))
                .getRecords();
    }

    private static Set<Long> ids(List<CSVRecord> records) {
        return records.stream().skip(1).map(r -> Long.parseLong(r.get(0))).collect(Collectors.toSet());
    }

    private static Set<Long> idsIn(String entry) {
        return java.util.Arrays.stream(entry.substring(entry.lastIndexOf(": ") + 2).split(",")).map(Long::parseLong)
                .collect(Collectors.toSet());
    }

}
