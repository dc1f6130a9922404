package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * Every county form starts filled from the case through the module's prefill (issue 17 §4, SPI
 * 1.4): Taoyuan's 輔導訪談紀錄（B）表 (TY-D1-CONTACT) of an indigenous student with name, class,
 * seat, 是否屬原住民學生 = 是, the guardian and the day; the homeroom teacher, who may not see the
 * family background (StudentAccess), still gets the indigenous answer their own day-1 record asks
 * for — and nothing else of the background; a case meeting
 * started from a duty takes the duty's due date. One form of each other county: New Taipei's 安置會議紀錄
 * (NT-PLACEMENT), Yunlin's 附表一 (YL-SCREEN) with sex, birth date, carer and 家庭背景 = 單親, and
 * Tainan's ISP (TN-WHO) with 性別 = 男 and 家庭經濟狀況 = 低收.
 */
class FormPrefillIT {

    @AfterAll
    static void systemClock() {
        Casework.ADMIN.delete("/api/v1/admin/clock");
    }

    @Test
    void taoyuanContactRecordBOfAnIndigenousStudent() {
        Casework.School school = Casework.school("TAOYUAN", "prefill-ty");
        Casework.Staff teacher = Casework.staff(school, "HOMEROOM_TEACHER", "陳○家");
        long classId = Casework.homeroomClass(school, teacher, 7, "701");
        Escalations.semester(school.office(), 114, 2, "2026-02-23", "2026-06-30");
        long student = student(school.office(), "高○恩", 7, classId, 12,
                "\"indigenous\":true,\"tribe\":\"阿美族\"");
        // Three school days away without leave (TW-DROPOUT): the engine opens the case and lays out the ladder.
        for (String day : List.of("2026-03-02", "2026-03-03", "2026-03-04")) {
            Escalations.day(school.office(), day, Map.of(student, "曠課"));
        }
        long caseId = Escalations.caseOf(school.office(), student, "TW-DROPOUT");
        Fixtures.clock("2026-03-05T10:00:00+08:00");

        // The counselling office sees the family background: the B表 starts with 原住民 = 是.
        JsonObject office = prefill(school.office(), caseId, "TY-CONTACT-RECORD-B", "");
        assertEquals("高○恩", office.getString("studentName"));
        assertEquals("7 年級 701 班", office.getString("className"));
        assertEquals("12", office.getString("seatNumber"));
        assertEquals(JsonValue.TRUE, office.get("indigenous"), office.toString());
        assertEquals("2026-03-05", office.getString("contactDate"));
        assertEquals("林○華", office.getString("contactedPerson"));
        assertEquals("母", office.getString("relationship"));

        // In the browser, the counselling office's new B表 starts filled in, at desktop width and on a phone.
        try (Browser browser = new Browser()) {
            browser.login(school.username(), Onboarding.PASSWORD);
            browser.waitFor(By.id("header-school"));
            for (Dimension size : List.of(new Dimension(1400, 900), new Dimension(390, 844))) {
                browser.driver.manage().window().setSize(size);
                browser.open("/form?case=" + caseId + "&form=TY-CONTACT-RECORD-B");
                browser.waitForText(By.id("form-title"), "輔導訪談紀錄");
                assertEquals("12", browser.waitFor(By.cssSelector("[data-field='seatNumber'] input")).getAttribute("value"));
                assertEquals("高○恩", browser.waitFor(By.cssSelector("[data-field='studentName'] input"))
                        .getAttribute("value"));
                WebElement yes = browser.waitFor(By.cssSelector("[data-field='indigenous'] vaadin-radio-button[checked]"));
                assertEquals("是", yes.getText().trim());
                browser.screenshot("prefill-ty-contact-record-b-" + size.getWidth());
            }
        }

        // The homeroom teacher does not see the family background, but their B表 asks the indigenous answer.
        JsonObject homeroom = prefill(teacher.api(), caseId, "TY-CONTACT-RECORD-B", "");
        assertEquals("高○恩", homeroom.getString("studentName"));
        assertEquals("12", homeroom.getString("seatNumber"));
        assertEquals(JsonValue.TRUE, homeroom.get("indigenous"), "導師's own duty form: " + homeroom);

        // The prefilled record saves as it is, once the teacher adds what only the contact tells.
        Api.Reply saved = school.office().post("/api/v1/cases/" + caseId + "/forms/TY-CONTACT-RECORD-B",
                "{\"data\":" + Json.createObjectBuilder(office).add("contactedParty", "LEGAL_REPRESENTATIVE")
                        .add("method", "PHONE").add("content", "家長表示學生身體不適").add("outcome", "CAUSE_KNOWN")
                        .add("emergency", false).add("reportedTo", Json.createArrayBuilder().add("STUDENT_AFFAIRS"))
                        .add("nextSteps", Json.createArrayBuilder().add("KEEP_CONTACT")).build() + "}");
        assertEquals(201, saved.status(), saved.toString());

        // Started from its duty (TY-D3-SEARCH-MEETING, day 3), the search-strategy meeting's date is the duty's day.
        long duty = Casework.tasks(school.office(), caseId).stream()
                .filter(t -> t.getString("ruleId").equals("TY-D3-SEARCH-MEETING")).findFirst()
                .orElseThrow(() -> new AssertionError("no TY-D3-SEARCH-MEETING duty")).getJsonNumber("id").longValue();
        JsonObject meeting = prefill(school.office(), caseId, "TY-SEARCH-MEETING", "?task=" + duty);
        assertEquals("2026-03-04", meeting.getString("meetingDate"), meeting.toString());
        assertEquals("高○恩", meeting.getString("studentName"));
        assertFalse(prefill(school.office(), caseId, "TY-SEARCH-MEETING", "").containsKey("meetingDate"),
                "not started from a duty: no date");

        // A duty of another case is not this case's: 404.
        long other = Casework.openCase(school.office(), student(school.office(), "李○安", 7, classId, 3, "\"indigenous\":false"),
                "TW-DROPOUT");
        assertEquals(404, school.office().get("/api/v1/cases/" + other + "/forms/TY-SEARCH-MEETING/prefill?task="
                + duty).status());
    }

    @Test
    void oneFormOfEachOtherCounty() {
        Fixtures.clock("2026-03-05T10:00:00+08:00");
        // New Taipei: 安置會議紀錄 (NT-PLACEMENT).
        Casework.School newTaipei = Casework.school("NEW_TAIPEI", "prefill-nt");
        Casework.Staff ntTeacher = Casework.staff(newTaipei, "HOMEROOM_TEACHER", "許○文");
        long ntStudent = student(newTaipei.office(), "周○翔", 8, Casework.homeroomClass(newTaipei, ntTeacher, 8, "801"), 5,
                "\"indigenous\":false");
        long ntCase = Casework.openCase(newTaipei.office(), ntStudent, "TW-DROPOUT");
        JsonObject placement = prefill(newTaipei.office(), ntCase, "NT-PLACEMENT-MEETING-RECORD", "");
        assertEquals("周○翔", placement.getString("studentName"));
        assertEquals("8 年級 801 班", placement.getString("originalClass"));

        // Yunlin: 附表一 (YL-SCREEN) of a single-parent student.
        Casework.School yunlin = Casework.school("YUNLIN", "prefill-yl");
        Casework.Staff ylTeacher = Casework.staff(yunlin, "HOMEROOM_TEACHER", "黃○芳");
        long ylStudent = student(yunlin.office(), "蔡○宇", 8, Casework.homeroomClass(yunlin, ylTeacher, 8, "802"), 21,
                "\"indigenous\":false,\"singleParent\":true");
        long ylCase = Casework.openCase(yunlin.office(), ylStudent, "YL-C1");
        JsonObject assessment = prefill(yunlin.office(), ylCase, "YL-T1-ASSESSMENT", "");
        assertEquals("蔡○宇", assessment.getString("studentName"));
        assertEquals("男", assessment.getString("sex"));
        assertEquals("2012-05-01", assessment.getString("birthDate"));
        assertEquals("8 年級 802 班", assessment.getString("className"));
        assertEquals("林○華", assessment.getString("primaryCarer"));
        assertEquals("0900-000-000", assessment.getString("phone"));
        assertEquals("2026-03-05", assessment.getString("assessmentDate"));
        assertEquals("[\"SINGLE_PARENT\"]", assessment.get("familyBackground").toString());
        JsonObject referral = prefill(yunlin.office(), ylCase, "YL-T3-REFERRAL", "");
        assertEquals("21", referral.getString("seatNumber"));
        assertEquals("SINGLE_PARENT", referral.getString("familySituation"));

        // Tainan: the ISP (TN-WHO) of a low-income household.
        Casework.School tainan = Casework.school("TAINAN", "prefill-tn");
        Casework.Staff tnTeacher = Casework.staff(tainan, "HOMEROOM_TEACHER", "鄭○君");
        long tnStudent = student(tainan.office(), "吳○豪", 7, Casework.homeroomClass(tainan, tnTeacher, 7, "703"), 8,
                "\"indigenous\":false,\"householdIncome\":\"LOW\"");
        long tnCase = Casework.openCase(tainan.office(), tnStudent, "TW-DROPOUT");
        JsonObject plan = prefill(tainan.office(), tnCase, "TN-ISP", "");
        assertEquals("吳○豪", plan.getString("studentName"));
        assertEquals("male", plan.getString("gender"));
        assertEquals("lowIncome", plan.getString("familyEconomy"));
        assertEquals("鄭○君", plan.getString("homeroomTeacher"));
        assertEquals("林○華", plan.getString("guardian"));
        assertEquals("示範路 2 號", plan.getString("guardianAddress"));
        assertTrue(plan.containsKey("birthDate"), plan.toString());
    }

    private static JsonObject prefill(Api api, long caseId, String formId, String query) {
        Api.Reply reply = api.get("/api/v1/cases/" + caseId + "/forms/" + formId + "/prefill" + query);
        assertEquals(200, reply.status(), reply.toString());
        assertEquals(formId, reply.json().getString("formId"));
        return reply.json().getJsonObject("data");
    }

    /** A student of the class (masked name, born 2012-05-01, a guardian) with the register's extra facts. */
    private static long student(Api office, String name, int grade, long classId, int seat, String facts) {
        String stem = "K1" + Unique.sevenDigits();
        String nationalId = tw.huixiao.platform.domain.student.NationalId.withCheckDigit(stem);
        Api.Reply created = office.post("/api/v1/students", """
                {"nationalId":"%s","name":"%s","gender":"M","birthDate":"2012-05-01","grade":%d,"classId":%d,
                 "seatNumber":%d,%s,
                 "guardians":[{"name":"林○華","relation":"母","phone":"0900-000-000","address":"示範路 2 號"}]}"""
                .formatted(nationalId, name, grade, classId, seat, facts));
        assertEquals(201, created.status(), created.toString());
        return created.json().getJsonNumber("id").longValue();
    }
}
