package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
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
import tw.huixiao.platform.infrastructure.persistence.SchemaMigrator;

/**
 * The case list exported for staff (issue 9 §5) at a New Taipei school: CSV (UTF-8 with BOM,
 * read back with Commons CSV) and XLSX (read back with fastexcel's reader) hold exactly the cases
 * the list shows — the office all three, the homeroom teacher the two of the class, the status
 * and student filters as in the list — and never another school's; a bad format is a 400 on
 * {@code format}; each export is one EXPORT row in the school's access log listing the cases.
 */
class CaseExportIT {

    private static final String CSV_HEADER = "個案編號,學生姓名,年級,班級,座號,個案類別,列管狀態,個案階段,三級輔導,開案日期,返校日期,緊急個案,開案方式,規範模組";

    @AfterAll
    static void systemClock() {
        Casework.ADMIN.delete("/api/v1/admin/clock");
    }

    @Test
    void theCaseListAsCsvAndXlsxUnderTheListsRules() throws Exception {
        EscalationTaoyuanIT.clock("2026-03-04T09:00:00+08:00");
        Casework.School school = Casework.school("NEW_TAIPEI", "export");
        Casework.Staff teacher = Casework.staff(school, "HOMEROOM_TEACHER", "陳○家 導師");
        long classId = Casework.homeroomClass(school, teacher, 8, "801");
        long first = Casework.openCase(school.office(), Casework.student(school.office(), "周○翔", "2012-05-01", 8, classId),
                "TW-DROPOUT");
        long secondStudent = Casework.student(school.office(), "吳○婷", "2012-06-01", 8, classId);
        long second = Casework.openCase(school.office(), secondStudent, "TW-DROPOUT");
        long outside = Casework.openCase(school.office(), Casework.student(school.office(), "2012-07-01", 8), "TW-DROPOUT");
        Api.Reply closed = school.office().post("/api/v1/cases/" + outside + "/close", """
                {"note":"轉學，結案","version":%d}""".formatted(
                Casework.version(school.office().get("/api/v1/cases/" + outside))));
        assertEquals(200, closed.status(), closed.toString());
        Casework.School other = Casework.school("NEW_TAIPEI", "export-other");
        long othersCase = Casework.openCase(other.office(), Casework.student(other.office(), "2012-08-01", 8), "TW-DROPOUT");

        // CSV: a BOM, Excel's format, every case of the school and nothing of the other school.
        List<CSVRecord> all = csv(school.username(), Onboarding.PASSWORD, "");
        assertEquals(CSV_HEADER, String.join(",", all.get(0).toList()));
        assertEquals(Set.of(first, second, outside), ids(all));
        CSVRecord row = all.stream().filter(r -> r.get(0).equals(String.valueOf(first))).findFirst().orElseThrow();
        assertEquals(List.of(String.valueOf(first), "周○翔", "8", "801", "", "中輟（連續 3 日以上未到校）", "列管中", "列管中", "1",
                "115/03/04", "", "否", "人工開案", "new-taipei 1.0.0"), row.toList().subList(0, 14));
        assertTrue(all.stream().noneMatch(r -> r.get(0).equals(String.valueOf(othersCase))), "never another school's");
        assertEquals(Set.of(first, second), ids(csv(school.username(), Onboarding.PASSWORD, "&status=OPEN")));
        List<CSVRecord> closedOnly = csv(school.username(), Onboarding.PASSWORD, "&status=CLOSED");
        assertEquals(Set.of(outside), ids(closedOnly));
        assertEquals("已結案", closedOnly.get(1).get(6));
        assertEquals(Set.of(second), ids(csv(school.username(), Onboarding.PASSWORD, "&studentId=" + secondStudent)));
        // The homeroom teacher exports what the list shows them: the class's two cases.
        assertEquals(Set.of(first, second), ids(csv(teacher.username(), Onboarding.PASSWORD, "")));
        assertEquals(Set.of(othersCase), ids(csv(other.username(), Onboarding.PASSWORD, "")));

        // XLSX: the same rows; the case id a number cell.
        HttpResponse<byte[]> xlsx = Pdfs.download(school.username(), Onboarding.PASSWORD, "/api/v1/cases/export?format=xlsx");
        assertEquals(200, xlsx.statusCode(), new String(xlsx.body(), StandardCharsets.UTF_8));
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                xlsx.headers().firstValue("Content-Type").orElse(""));
        assertTrue(xlsx.headers().firstValue("Content-Disposition").orElse("").contains("cases-2026-03-04.xlsx"));
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertEquals(CSV_HEADER, rows.get(0).stream().map(c -> c.getRawValue()).collect(Collectors.joining(",")));
            assertEquals(4, rows.size());
            Row firstRow = rows.stream().filter(r -> r.getCell(0).getType() == CellType.NUMBER
                    && r.getCell(0).asNumber().longValue() == first).findFirst().orElseThrow();
            assertEquals("周○翔", firstRow.getCell(1).asString());
            assertEquals("801", firstRow.getCell(3).asString());
            assertEquals("115/03/04", firstRow.getCell(9).asString());
        }

        HttpResponse<byte[]> refused = Pdfs.download(school.username(), Onboarding.PASSWORD, "/api/v1/cases/export?format=pdf");
        assertEquals(400, refused.statusCode());
        assertTrue(new String(refused.body(), StandardCharsets.UTF_8).contains("\"field\":\"format\""),
                new String(refused.body(), StandardCharsets.UTF_8));

        // One access-log row per export (channel EXPORT), listing the cases; none for the refused one.
        List<String> exports = exportLog(school.schoolId());
        assertEquals(6, exports.size(), exports.toString());
        assertTrue(exports.get(0).startsWith(school.username() + " EXPORT CASE_LIST EXPORT format=csv; status=ALL; cases=3: "),
                exports.get(0));
        assertEquals(Set.of(first, second, outside), idsIn(exports.get(0)));
        assertTrue(exports.get(4).startsWith(teacher.username() + " EXPORT CASE_LIST EXPORT format=csv; status=ALL; cases=2"),
                exports.get(4));
        assertTrue(exports.get(5).contains("format=xlsx"), exports.get(5));
    }

    private static List<CSVRecord> csv(String username, String password, String filters) throws Exception {
        HttpResponse<byte[]> reply = Pdfs.download(username, password, "/api/v1/cases/export?format=csv" + filters);
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

    /**
     * The school's EXPORT rows as "username action record_type channel detail", oldest first, read
     * as the application role under row-level security (no API lists rows without a case).
     */
    static List<String> exportLog(long schoolId) throws Exception {
        List<String> found = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(System.getenv("HUIXIAO_DB_URL"),
                System.getenv("HUIXIAO_DB_APP_USER"), System.getenv("HUIXIAO_DB_APP_PASSWORD"))) {
            try (PreparedStatement tenant = db.prepareStatement("SELECT set_config('app.tenant_id', ?, false)")) {
                tenant.setString(1, String.valueOf(schoolId));
                tenant.execute();
            }
            try (PreparedStatement q = db.prepareStatement("SELECT username, action, record_type, channel, detail, case_id "
                    + "FROM " + SchemaMigrator.SCHEMA + ".access_log WHERE action = 'EXPORT' ORDER BY id")) {
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        assertEquals(null, r.getObject(6), "an export is not one case's read");
                        found.add(r.getString(1) + " " + r.getString(2) + " " + r.getString(3) + " " + r.getString(4) + " "
                                + r.getString(5));
                    }
                }
            }
        }
        assertFalse(found.isEmpty(), "HUIXIAO_DB_URL and the app role's credentials come from deploy/bin/postgres-env.sh");
        return found;
    }
}
