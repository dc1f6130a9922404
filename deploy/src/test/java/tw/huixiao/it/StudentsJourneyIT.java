package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The student list and the student page in a real browser (issue 8 §7), per role: a homeroom
 * teacher sees only their class, a student's guardians with phone and address, the semester's
 * absences and the current run of 曠課, the student's case — never the family background; another
 * class's student and another school's student are "查無此學生" like a missing one, and the
 * refusal is in the access log (another school's probe in the target school's log too); the offices filter by background and see it; a mentor teacher sees
 * the background but not the guardians' contact details (the same rules over the API).
 */
class StudentsJourneyIT {

    private static final Api ADMIN = Api.as("platform-admin");

    @AfterAll
    static void systemClock() {
        ADMIN.delete("/api/v1/admin/clock");
    }

    @Test
    void eachRoleSeesWhatItNeedsAndAnotherSchoolsStudentIsNotFound() {
        // Wednesday 2026-03-04 in Taipei; no semester entered, so school days are the office calendar's.
        Fixtures.clock("2026-03-04T10:00:00+08:00");
        Casework.School school = Casework.school("TAOYUAN", "students-ui");
        Casework.Staff teacher = Casework.staff(school, "HOMEROOM_TEACHER", "蔡○怡 導師");
        Casework.Staff otherTeacher = Casework.staff(school, "HOMEROOM_TEACHER", "楊○文 導師");
        Casework.Staff mentor = Casework.staff(school, "MENTOR_TEACHER", "劉○惠 認輔老師");
        long ownClass = Casework.homeroomClass(school, teacher, 7, "701");
        long otherClass = Casework.homeroomClass(school, otherTeacher, 7, "702");
        long flagged = flaggedStudent(school.office(), ownClass);
        long plain = Casework.student(school.office(), "陳○安", "2013-02-01", 7, ownClass);
        long elsewhere = Casework.student(school.office(), "張○華", "2013-03-01", 7, otherClass);
        Casework.mentor(school, flagged, mentor);
        long caseId = Casework.openCase(school.office(), flagged, "TW-DROPOUT");
        Api.Reply absences = school.office().post("/api/v1/attendance", """
                {"entries":[{"studentId":%d,"date":"2026-03-02","status":"SICK_LEAVE"},
                 {"studentId":%d,"date":"2026-03-03","status":"UNEXCUSED"},
                 {"studentId":%d,"date":"2026-03-04","status":"UNEXCUSED"}]}""".formatted(flagged, flagged, flagged));
        assertEquals(200, absences.status(), absences.toString());

        try (Browser browser = new Browser()) {
            browser.login(teacher.username(), Onboarding.PASSWORD);
            browser.waitFor(By.id("header-school"));
            browser.open("/students");
            browser.waitForText(By.id("students-grid"), "陳○安");
            String list = browser.waitFor(By.id("students-grid")).getText();
            assertTrue(list.contains("王○美") && !list.contains("張○華"), "only the teacher's own class: " + list);
            assertTrue(browser.driver.findElement(By.tagName("body")).getText().contains("共 2 名學生"));
            assertTrue(browser.driver.findElements(By.id("student-background-filter")).isEmpty(),
                    "no background filter for a homeroom teacher");
            assertFalse(list.contains("阿美族"), "no background in the teacher's list: " + list);
            browser.screenshot("students");

            browser.open("/student/" + flagged);
            browser.waitForText(By.id("student-title"), "王○美");
            browser.waitForText(By.id("student-guardians"), "0912-345-678");
            assertTrue(browser.driver.findElements(By.id("student-background")).isEmpty(), "no background section");
            browser.waitForText(By.id("student-streak"), "目前連續曠課 2 個上課日（自 115/03/03 起）");
            String absent = browser.waitFor(By.id("student-absences")).getText();
            assertTrue(absent.contains("曠課 2 天") && absent.contains("病假 1 天"), absent);
            browser.waitForText(By.id("student-cases"), "列管中");
            assertTrue(browser.driver.findElements(By.id("student-access-log")).isEmpty(), "the log is not the teacher's");
            browser.screenshot("student-detail");
            browser.driver.findElement(By.cssSelector("#student-cases vaadin-button.student-case")).click();
            browser.waitForUrlEnding("/case/" + caseId);

            browser.open("/student/" + elsewhere);
            browser.waitForText(By.id("student-not-found"), "查無此學生");
            assertTrue(browser.driver.findElements(By.id("student-title")).isEmpty(), "nothing of the student is shown");
        }

        try (Browser browser = new Browser()) {
            browser.login("nt-counseling", Api.DEMO_PASSWORD);
            browser.waitFor(By.id("header-school"));
            browser.open("/student/" + flagged);
            browser.waitForText(By.id("student-not-found"), "查無此學生");
            assertTrue(browser.driver.findElements(By.id("student-title")).isEmpty(), "nothing of the student is shown");
            browser.open("/student/987654321");
            browser.waitForText(By.id("student-not-found"), "查無此學生");
        }

        try (Browser browser = new Browser()) {
            browser.login(school.username(), Onboarding.PASSWORD);
            browser.waitFor(By.id("header-school"));
            browser.open("/students");
            browser.waitForText(By.id("students-grid"), "張○華");
            BrowserSteps.choose(browser, "student-background-filter", "低收入戶");
            browser.waitForText(By.tagName("body"), "共 1 名學生");
            String filtered = browser.waitFor(By.id("students-grid")).getText();
            assertTrue(filtered.contains("王○美") && !filtered.contains("陳○安"), filtered);

            browser.open("/student/" + flagged);
            browser.waitForText(By.id("student-background"), "原住民（阿美族）");
            browser.waitForText(By.id("student-background"), "低收入戶");
            // The log names people (name and role), never their login names or addresses.
            browser.waitForText(By.id("student-access-log"), "蔡○怡 導師");
            String log = browser.waitFor(By.id("student-access-log")).getText();
            assertFalse(log.contains(teacher.username()), "names, not usernames: " + log);
            // Another school's probe (nt-counseling above) is shown to this school, the target (issue 18 §7):
            // who by name and office, what, refused — never the prober's login name.
            assertTrue(log.contains("黃○淑 輔導主任（輔導室、輔導主任）\n檢視學生資料\n拒絕"),
                    "another school's probe is shown to the target school: " + log);
            assertFalse(log.contains("nt-counseling"), "names, not the prober's username: " + log);

            browser.open("/student/" + elsewhere);
            browser.waitForText(By.id("student-access-log"), "拒絕");
            String refused = browser.waitFor(By.id("student-access-log")).getText();
            assertTrue(refused.contains("蔡○怡 導師") && refused.contains("檢視學生資料"), refused);
        }

        // The same rules over the API: the matrix is the service's, not the screen's.
        JsonObject seenByTeacher = teacher.api().get("/api/v1/students/" + flagged).json();
        assertEquals("0912-345-678", seenByTeacher.getJsonArray("guardians").getJsonObject(0).getString("phone"));
        assertTrue(absent(seenByTeacher, "indigenous") && absent(seenByTeacher, "householdIncome")
                && !seenByTeacher.getBoolean("backgroundShown"), seenByTeacher.toString());
        JsonObject seenByMentor = mentor.api().get("/api/v1/students/" + flagged).json();
        assertTrue(seenByMentor.getBoolean("indigenous") && seenByMentor.getBoolean("singleParent"), seenByMentor.toString());
        assertTrue(absent(seenByMentor.getJsonArray("guardians").getJsonObject(0), "phone"), seenByMentor.toString());
        assertEquals("母", seenByMentor.getJsonArray("guardians").getJsonObject(0).getString("relation"));
        assertEquals(403, teacher.api().get("/api/v1/students?background=LOW_INCOME").status(),
                "filtering by a flag would reveal it");
        assertEquals(1, school.office().get("/api/v1/students?background=LOW_INCOME,NEW_IMMIGRANT").json().getInt("total"));
        assertEquals(400, school.office().get("/api/v1/students?background=RICH").status());
        assertEquals(1, school.office().get("/api/v1/students?classId=" + otherClass).json().getInt("total"));
        assertEquals(404, Api.as("nt-counseling").get("/api/v1/students/" + plain).status());
    }

    /** A field the caller may not see: null, which JSON-B leaves out. */
    private static boolean absent(JsonObject json, String key) {
        return !json.containsKey(key) || json.isNull(key);
    }

    /** An indigenous (阿美族) student of a low-income single-parent family, with a guardian's phone and address. */
    private static long flaggedStudent(Api office, long classId) {
        String nationalId = tw.huixiao.platform.domain.student.NationalId.withCheckDigit(
                "K2" + Unique.sevenDigits());
        Api.Reply created = office.post("/api/v1/students", """
                {"nationalId":"%s","name":"王○美","gender":"F","birthDate":"2013-01-15","grade":7,"classId":%d,
                 "seatNumber":3,"indigenous":true,"tribe":"阿美族","singleParent":true,"householdIncome":"LOW",
                 "guardians":[{"name":"王○蘭","relation":"母","phone":"0912-345-678","address":"示範路 3 號"}]}"""
                .formatted(nationalId, classId));
        assertEquals(201, created.status(), created.toString());
        return created.json().getJsonNumber("id").longValue();
    }
}
