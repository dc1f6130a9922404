package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tw.huixiao.platform.domain.student.NationalId;

/**
 * Issue 19 §1, §3, §4, §7 through the API: the MOE school list and a school system's student
 * export (UTF-8, Big5, XLSX), each refused line by line with nothing written or previewed and then
 * applied; the school-year rollover's dry run and apply, with an open case (TW-DROPOUT) following
 * its student. The schools of this class have codes 9191xx.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OnboardingImportIT {

    private static final Api ADMIN = Api.as("platform-admin");
    private static final Charset BIG5 = Charset.forName("x-windows-950");
    private static final String LIST_HEADER = "學校代碼,學校名稱,縣市,鄉鎮市區,學制,地址,電話,偏遠地區\n";
    private static final String STUDENT_HEADER = "學號,班級,座號,姓名,性別,出生日期,身分證統一編號,原住民身分,監護人,電話,地址\n";
    private static String schoolAdmin;
    private static String counsellor;
    private static long schoolId;

    private static String id(String stem) {
        return NationalId.withCheckDigit(stem);
    }

    @Test
    @Order(1)
    void theSchoolListIsRefusedLineByLineThenPreviewedAndApplied() {
        String bad = LIST_HEADER + "919101,回校測試國中,臺南市,南化區,國中,南化路 1 號,06-0000001,是\n"
                + "91910,短代碼國中,臺南市,南化區,國中,南化路 2 號,,否\n"
                + "919102,未知縣市國小,火星市,東區,國小,東路 3 號,,否\n"
                + "919103,學制錯誤,臺南市,東區,大學,東路 4 號,,否\n"
                + "919101,重複代碼,臺南市,東區,國中,東路 5 號,,否\n";
        Api.Reply refused = ADMIN.postBytes("/api/v1/admin/school-list?apply=true", "text/csv", bad.getBytes(BIG5));
        assertEquals(400, refused.status(), refused.toString());
        String errors = refused.body();
        for (String line : List.of("第 3 行", "第 4 行", "第 5 行", "第 6 行")) {
            assertTrue(errors.contains(line), line + " in " + errors);
        }
        assertFalse(errors.contains("第 2 行："), "line 2 is fine: " + errors);
        assertFalse(ADMIN.get("/api/v1/admin/console/schools").body().contains("919101"), "nothing written");

        String good = LIST_HEADER + "919101,回校測試國中,臺南市,南化區,國中,南化路 1 號,06-0000001,是\n"
                + "919102,回校測試國小,金門縣,金城鎮,國小,金城路 2 號,,否\n";
        JsonObject preview = ADMIN.postBytes("/api/v1/admin/school-list", "text/csv", good.getBytes(BIG5)).json();
        assertFalse(preview.getBoolean("applied"));
        assertEquals("Big5", preview.getString("encoding"));
        assertEquals(2, preview.getJsonArray("added").size());
        assertFalse(ADMIN.get("/api/v1/admin/console/schools").body().contains("919101"), "a preview writes nothing");
        JsonObject applied = ADMIN.postBytes("/api/v1/admin/school-list?apply=true", "text/csv; charset=UTF-8",
                good.getBytes(StandardCharsets.UTF_8)).json();
        assertTrue(applied.getBoolean("applied"));
        assertEquals(2, applied.getJsonArray("added").size());

        String moved = good.replace("06-0000001,是", "06-0000099,是");
        JsonObject changed = ADMIN.postBytes("/api/v1/admin/school-list?apply=true", "text/csv",
                moved.getBytes(StandardCharsets.UTF_8)).json();
        assertEquals(0, changed.getJsonArray("added").size());
        assertEquals(1, changed.getInt("unchanged"));
        JsonObject change = changed.getJsonArray("changed").getJsonObject(0);
        assertEquals("919101", change.getString("moeCode"));
        assertEquals("phone", change.getJsonArray("changes").getJsonObject(0).getString("field"));
        assertEquals("06-0000099", change.getJsonArray("changes").getJsonObject(0).getString("after"));

        JsonObject school = ADMIN.get("/api/v1/admin/console/schools").structure().asJsonArray().stream()
                .map(v -> v.asJsonObject()).filter(s -> s.getString("moeCode").equals("919101")).findFirst().orElseThrow();
        assertEquals("TAINAN", school.getString("county"));
        assertTrue(school.getBoolean("remoteArea"));
        assertTrue(ADMIN.get("/api/v1/admin/console/counties").body().contains("KINMEN"));
        schoolId = school.getJsonNumber("id").longValue();
    }

    @Test
    @Order(2)
    void onlyThePlatformAdministratorImportsTheSchoolList() {
        Api.Reply refused = Api.as("ty-school-admin").postBytes("/api/v1/admin/school-list", "text/csv",
                (LIST_HEADER + "919109,x,臺南市,東區,國中,路,,否\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(403, refused.status(), refused.toString());
    }

    @Test
    @Order(3)
    void staffAndClassesOfTheNewSchool() {
        schoolAdmin = "ob-admin-919101";
        counsellor = "ob-counsellor-919101";
        long teacher = account("ob-teacher-919101", "HOMEROOM_TEACHER");
        account(schoolAdmin, "SCHOOL_ADMIN");
        account(counsellor, "COUNSELING");
        for (String[] c : List.of(new String[] {"7", "701"}, new String[] {"7", "702"}, new String[] {"9", "901"})) {
            Api.Reply added = ADMIN.post("/api/v1/admin/schools/" + schoolId + "/classes", """
                    {"schoolYear":114,"grade":%s,"name":"%s","homeroomTeacherId":%d}""".formatted(c[0], c[1], teacher));
            assertEquals(201, added.status(), added.toString());
        }
    }

    @Test
    @Order(4)
    void aBadStudentFileIsRefusedLineByLineAndNothingIsWritten() {
        String file = STUDENT_HEADER
                + "S001,701,1,王○明,男,2013-03-04," + id("F12345678") + ",否,王○華,06-1234567,南化路 1 號\n"
                + "S002,705,2,李○華,女,102/05/06," + id("F22345678") + ",,,,\n"
                + "S003,701,3,陳○安,男,2013-02-30," + id("F12345679") + ",,,,\n"
                + "S004,702,4,王○明,男,2013-03-04," + id("F12345678") + ",,,,\n"
                + "S005,701,5,林○宇,X,2013-01-01,F123456780,,,,\n"
                + "S001,702,6,張○文,女,民國102年1月1日," + id("F22345679") + ",阿美族,,,\n";
        Api.Reply refused = Api.as(schoolAdmin, Onboarding.PASSWORD).postBytes(
                "/api/v1/school/students/import?apply=true&fileName=bad.csv", "text/csv", file.getBytes(BIG5));
        assertEquals(400, refused.status(), refused.toString());
        String errors = refused.body();
        assertTrue(errors.contains("第 3 行") && errors.contains("705"), "unknown class: " + errors);
        assertTrue(errors.contains("第 4 行") && errors.contains("不存在"), "a date that does not exist: " + errors);
        assertTrue(errors.contains("第 5 行") && errors.contains("同時在 701 班"), "a student in two classes: " + errors);
        assertTrue(errors.contains("第 6 行") && errors.contains("性別"), "gender: " + errors);
        assertTrue(errors.contains("檢查碼"), "national ID checksum: " + errors);
        assertTrue(errors.contains("第 7 行") && errors.contains("學號 S001"), "duplicate student number: " + errors);
        assertFalse(errors.contains("第 2 行："), "line 2 is fine: " + errors);

        Api.Reply wrongEncoding = Api.as(schoolAdmin, Onboarding.PASSWORD).postBytes(
                "/api/v1/school/students/import", "text/csv; charset=UTF-8", file.getBytes(BIG5));
        assertEquals(400, wrongEncoding.status());
        assertTrue(wrongEncoding.body().contains("UTF-8"), wrongEncoding.body());

        byte[] huge = new byte[50 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'a');
        Api.Reply tooLarge = Api.as(schoolAdmin, Onboarding.PASSWORD).postBytes("/api/v1/school/students/import",
                "text/csv", huge);
        assertEquals(400, tooLarge.status());
        assertTrue(tooLarge.body().contains("MB"), tooLarge.body());

        JsonObject preview = importStudents(goodFile(), false);
        assertEquals(4, preview.getInt("addedCount"), "nothing was written by the refused files: " + preview);
    }

    @Test
    @Order(5)
    void aBig5FileIsPreviewedThenAppliedAndAChangeIsPreviewedWithTheMissingStudent() {
        JsonObject preview = importStudents(goodFile(), false);
        assertEquals("Big5", preview.getString("encoding"));
        assertEquals(114, preview.getInt("schoolYear"));
        assertEquals(4, preview.getInt("addedCount"));
        assertEquals(0, preview.getInt("missingCount"));
        JsonObject applied = importStudents(goodFile(), true);
        assertTrue(applied.getBoolean("applied"));
        assertEquals(4, applied.getInt("addedCount"));
        assertEquals(0, importStudents(goodFile(), false).getInt("addedCount"), "upserted, not added twice");

        // 陳○安 moves to 702 seat 9; 林○宇 is not in the new export.
        String next = STUDENT_HEADER
                + "S101,701,1,王○明,男,2013-03-04," + id("F12345678") + ",否,王○華,06-1234567,南化路 1 號\n"
                + "S102,701,2,李○華,女,102/05/06," + id("F22345678") + ",阿美族,李○文,06-7654321,南化路 2 號\n"
                + "S103,702,9,陳○安,男,1020101," + id("F12345679") + ",,,,\n";
        JsonObject changes = importStudents(next, false);
        assertEquals(0, changes.getInt("addedCount"));
        assertEquals(1, changes.getInt("changedCount"), changes.toString());
        assertEquals(2, changes.getInt("unchanged"));
        assertEquals(1, changes.getInt("missingCount"));
        assertEquals("林○宇", changes.getJsonArray("missing").getJsonObject(0).getString("name"));
        JsonObject moved = changes.getJsonArray("changed").getJsonObject(0);
        assertEquals("陳○安", moved.getString("name"));
        String fields = moved.getJsonArray("changes").toString();
        assertTrue(fields.contains("\"class\"") && fields.contains("\"701\"") && fields.contains("\"702\""), fields);
        assertTrue(fields.contains("\"seat\""), fields);
        importStudents(next, true);
        long studentId = moved.getJsonNumber("studentId").longValue();
        JsonArray history = Api.as(schoolAdmin, Onboarding.PASSWORD)
                .get("/api/v1/school/students/" + studentId + "/changes").structure().asJsonArray();
        assertEquals(List.of("ADDED", "CHANGED"), history.stream().map(h -> h.asJsonObject().getString("kind")).toList());
        assertTrue(history.getJsonObject(1).getString("changesJson").contains("702"), history.toString());
    }

    @Test
    @Order(6)
    void anXlsxExportIsReadLikeTheCsv() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "test", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("學生");
            String[] header = {"學號", "班級", "座號", "姓名", "性別", "出生日期", "身分證統一編號"};
            for (int c = 0; c < header.length; c++) {
                sheet.value(0, c, header[c]);
            }
            Object[] row = {"S201", "901", 1, "周○婷", "女", java.time.LocalDate.of(2011, 9, 1), id("F22345670")};
            for (int c = 0; c < row.length; c++) {
                if (row[c] instanceof Integer n) {
                    sheet.value(1, c, n);
                } else if (row[c] instanceof java.time.LocalDate d) {
                    sheet.value(1, c, d);
                    sheet.style(1, c).format("yyyy-mm-dd").set();
                } else {
                    sheet.value(1, c, (String) row[c]);
                }
            }
        }
        Api.Reply reply = Api.as(schoolAdmin, Onboarding.PASSWORD).postBytes(
                "/api/v1/school/students/import?apply=true&fileName=students.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", out.toByteArray());
        assertEquals(200, reply.status(), reply.toString());
        assertEquals("XLSX", reply.json().getString("encoding"));
        assertEquals(1, reply.json().getInt("addedCount"));
    }

    @Test
    @Order(7)
    void theRolloverDryRunWritesNothingThenItsApplyMovesClassesAndTheOpenCaseFollows() {
        Api admin = Api.as(schoolAdmin, Onboarding.PASSWORD);
        long student = findStudent("陳○安");
        Api.Reply opened = Api.as(counsellor, Onboarding.PASSWORD).post("/api/v1/cases",
                "{\"studentId\":" + student + ",\"categoryId\":\"TW-DROPOUT\",\"note\":\"升級前開案\"}");
        assertEquals(201, opened.status(), opened.toString());
        long caseId = opened.json().getJsonNumber("id").longValue();

        JsonObject dryRun = admin.post("/api/v1/school/rollover", "").json();
        assertFalse(dryRun.getBoolean("applied"));
        assertFalse(dryRun.containsKey("refusal") && !dryRun.isNull("refusal"), dryRun.toString());
        assertEquals(114, dryRun.getInt("fromYear"));
        assertEquals(4, dryRun.getInt("promoted"), dryRun.toString());
        assertEquals(1, dryRun.getInt("graduated"));
        assertEquals(1, dryRun.getInt("studentsWithOpenCases"));
        assertEquals(dryRun.toString().replace("\"applied\":false", ""),
                admin.post("/api/v1/school/rollover", "").json().toString().replace("\"applied\":false", ""),
                "a dry run changes nothing");

        JsonObject applied = admin.post("/api/v1/school/rollover?apply=true", "").json();
        assertTrue(applied.getBoolean("applied"), applied.toString());
        List<String> classes = admin.get("/api/v1/school/console/classes").structure().asJsonArray().stream()
                .map(v -> v.asJsonObject().getInt("schoolYear") + "/" + v.asJsonObject().getString("name")).toList();
        assertTrue(classes.containsAll(List.of("115/801", "115/802", "114/701", "114/901")), classes.toString());
        assertFalse(classes.contains("115/1001"), "grade 9 graduates: " + classes);

        JsonObject kase = Api.as(counsellor, Onboarding.PASSWORD).get("/api/v1/cases/" + caseId).json();
        assertEquals("OPEN", kase.getString("status"), "the open case follows its student");
        assertEquals(student, kase.getJsonNumber("studentId").longValue());
        JsonObject moved = Api.as(counsellor, Onboarding.PASSWORD).get("/api/v1/students/" + student).json();
        assertEquals(8, moved.getInt("grade"));
        assertEquals("802", moved.getString("className"));
        long graduate = findStudent("周○婷");
        assertEquals("GRADUATED", Api.as(counsellor, Onboarding.PASSWORD).get("/api/v1/students/" + graduate).json()
                .getString("enrolmentStatus"));

        Api.Reply again = admin.post("/api/v1/school/rollover?apply=true&fromYear=114", "");
        assertEquals(409, again.status(), again.toString());
    }

    @Test
    @Order(8)
    void aSchoolInTheMiddleOfItsYearIsNotRolledOverAndOnlyItsAdministratorRollsIt() {
        JsonObject demo = Api.as("ty-school-admin").post("/api/v1/school/rollover", "").json();
        assertNotNull(demo.getString("refusal"), "the demo school's semester is still running: " + demo);
        assertEquals(403, Api.as("ty-registrar").post("/api/v1/school/rollover", "").status());
        assertEquals(403, Api.as("ty-school-admin").post("/api/v1/admin/rollover?county=TAOYUAN", "").status());
        JsonArray county = ADMIN.post("/api/v1/admin/rollover?county=TAOYUAN", "").structure().asJsonArray();
        assertFalse(county.isEmpty());
        assertEquals(409, ADMIN.post("/api/v1/admin/rollover?county=TAOYUAN&apply=true", "").status(),
                "a county with a school that cannot roll over is refused whole");
    }

    private static long findStudent(String name) {
        JsonArray items = Api.as(counsellor, Onboarding.PASSWORD).get("/api/v1/students?size=50").json()
                .getJsonArray("items");
        return items.stream().map(v -> v.asJsonObject()).filter(s -> s.getString("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " in " + items)).getJsonNumber("id").longValue();
    }

    private static String goodFile() {
        return STUDENT_HEADER
                + "S101,701,1,王○明,男,2013-03-04," + id("F12345678") + ",否,王○華,06-1234567,南化路 1 號\n"
                + "S102,701,2,李○華,女,102/05/06," + id("F22345678") + ",阿美族,李○文,06-7654321,南化路 2 號\n"
                + "S103,701,3,陳○安,男,1020101," + id("F12345679") + ",,,,\n"
                + "S104,701,4,林○宇,男,2013/1/1," + id("F12345670") + ",,,,\n";
    }

    private static JsonObject importStudents(String csv, boolean apply) {
        Api.Reply reply = Api.as(schoolAdmin, Onboarding.PASSWORD).postBytes("/api/v1/school/students/import?apply="
                + apply + "&fileName=export.csv", "text/csv", csv.getBytes(BIG5));
        assertEquals(200, reply.status(), reply.toString());
        return reply.json();
    }

    private static long account(String username, String role) {
        Api.Reply account = ADMIN.post("/api/v1/admin/schools/" + schoolId + "/accounts", """
                {"username":"%s","displayName":"測○員","password":"%s","roles":["%s"]}"""
                .formatted(username, Onboarding.PASSWORD, role));
        assertEquals(201, account.status(), account.toString());
        return account.json().getJsonNumber("id").longValue();
    }
}
