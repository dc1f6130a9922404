package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * New Taipei re-enrolment and placement in a real browser (issue 8 §6, seed 001): a counsellor
 * opens the case, goes to 復學與安置 (shown because the case's module has NT-PLACEMENT), takes the
 * application of a 15-year-old away since 2025-02-10 — over a year, so the advice is the grade
 * where the student left, with 補校 and the meeting's special case as alternatives — and the
 * NT-ADAPT duties appear; deciding without a meeting is refused in words; choosing 補校 asks for
 * the family's application; the placement meeting is recorded, the recommendation chosen with its
 * reason. A Taoyuan case has no such entry.
 */
class ReEnrolmentJourneyIT {

    private static final Api ADMIN = Api.as("platform-admin");

    @AfterAll
    static void systemClock() {
        ADMIN.delete("/api/v1/admin/clock");
    }

    @Test
    void newTaipeiCounsellorRecordsAReEnrolmentSeesTheAdviceAndPicksAPlacement() {
        // Monday 2026-03-09 in Taipei.
        Fixtures.clock("2026-03-09T10:00:00+08:00");
        Casework.School school = Casework.school("NEW_TAIPEI", "reenrol-ui");
        Casework.staff(school, "PRINCIPAL", "王○明 校長");
        Casework.Staff counsellor = Casework.staff(school, "COUNSELING", "黃○淑 輔導主任");
        long student = Casework.student(school.office(), "2010-05-01", 8);
        long caseId = Casework.openCase(school.office(), student, "NT-CAT1");

        try (Browser browser = new Browser()) {
            browser.login(counsellor.username(), Onboarding.PASSWORD);
            browser.waitFor(By.id("header-school"));
            browser.open("/case/" + caseId);
            browser.waitFor(By.id("case-ladder"));
            BrowserSteps.click(browser, "case-re-enrolment-open");
            browser.waitForUrlEnding("/re-enrolment/" + caseId);
            browser.waitForText(By.id("reenrolment-title"), "王○明");
            // The advice for today, away since the case was opened: under a year, 15 → 補校 possible.
            browser.waitForText(By.id("placement-advice"), "返回原班就讀");
            assertTrue(browser.waitFor(By.id("placement-advice")).getText().contains("暫讀補校"),
                    browser.waitFor(By.id("placement-advice")).getText());

            BrowserSteps.setValue(browser, "apply-left-on", "2025-02-10");
            browser.waitFor(By.cssSelector("#apply-applicant input")).sendKeys("母 陳○美", Keys.TAB);
            BrowserSteps.click(browser, "apply-submit");
            browser.waitForText(By.tagName("vaadin-notification-card"), "已受理復學申請");
            WebElement card = browser.waitFor(By.cssSelector(".reenrolment-application[data-status='APPLIED']"));
            WebElement recommendation = card.findElement(By.cssSelector(".placement-recommendation"));
            assertEquals("FORMER_GRADE", recommendation.getAttribute("data-code"), card.getText());
            assertTrue(card.getText().contains("離校 1 年 0 個月 27 天；復學時 15 歲"), card.getText());
            assertTrue(card.findElements(By.cssSelector(".reenrolment-duty[data-rule='NT-ADAPT']")).size() >= 3,
                    "NT-ADAPT's adaptation duties follow the application: " + card.getText());

            long applicationId = application(school.office(), caseId).getJsonNumber("id").longValue();
            // No meeting named yet: the service refuses, on the meeting field.
            BrowserSteps.click(browser, "decision-submit-" + applicationId);
            browser.waitFor(By.cssSelector("#decision-meeting-" + applicationId + "[invalid]"));
            assertTrue(browser.driver.findElement(By.id("decision-meeting-" + applicationId))
                    .getDomProperty("errorMessage").contains("安置會議"));
            // 補校 needs the family's application: the box appears with the choice.
            BrowserSteps.choose(browser, "decision-placement-" + applicationId, "暫讀補校");
            browser.waitFor(By.id("decision-guardian-" + applicationId));
            BrowserSteps.choose(browser, "decision-placement-" + applicationId, "銜接原中輟年級");

            BrowserSteps.click(browser, "meeting-record-" + applicationId);
            By meetingInput = By.cssSelector("#decision-meeting-" + applicationId + " input");
            browser.await().until(d -> d.findElement(meetingInput)
                    .getDomProperty("value").contains("安置會議"));
            browser.waitFor(By.cssSelector("#decision-reason-" + applicationId + " textarea"))
                    .sendKeys("離校逾一年，銜接原中輟年級並安排補救教學", Keys.TAB);
            BrowserSteps.click(browser, "decision-submit-" + applicationId);
            browser.waitForText(By.tagName("vaadin-notification-card"), "已登錄安置決議");
            WebElement placed = browser.waitFor(By.id("reenrolment-placed-" + applicationId));
            assertEquals("FORMER_GRADE", placed.getAttribute("data-placement"));
            assertTrue(placed.getText().contains("離校逾一年"), placed.getText());
            ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                    "arguments[0].scrollIntoView({block: 'start'});", browser.waitFor(By.id("reenrolment-title"))
                            .findElement(By.xpath("following::*[contains(@class,'reenrolment-application')][1]")));
            browser.screenshot("re-enrolment");
        }

        JsonObject decided = application(school.office(), caseId);
        assertEquals("FORMER_GRADE", decided.getString("placement"));
        assertEquals("母 陳○美", decided.getString("applicant"));
        assertEquals("2025-02-10", decided.getString("leftOn"));
        List<String> log = Casework.accessLog(school.office(), caseId);
        assertTrue(log.contains(counsellor.username() + " CREATE PLACEMENT ALLOWED"), log.toString());
        assertTrue(log.contains(counsellor.username() + " DECIDE PLACEMENT ALLOWED"), log.toString());
        assertTrue(log.contains(counsellor.username() + " CREATE MEETING ALLOWED"), log.toString());
    }

    @Test
    void aTaoyuanCaseHasNoReEnrolmentEntry() {
        Casework.School school = Casework.school("TAOYUAN", "reenrol-ty");
        long student = Casework.student(school.office(), "2012-05-01", 8);
        long caseId = Casework.openCase(school.office(), student, "TW-DROPOUT");
        try (Browser browser = new Browser()) {
            browser.login(school.username(), Onboarding.PASSWORD);
            browser.waitFor(By.id("header-school"));
            browser.open("/case/" + caseId);
            browser.waitFor(By.id("case-ladder"));
            assertTrue(browser.driver.findElements(By.id("case-re-enrolment")).isEmpty(), "no entry for Taoyuan");
            assertTrue(browser.driver.findElements(By.id("case-re-enrolment-open")).isEmpty());
            browser.open("/re-enrolment/" + caseId);
            browser.waitForText(By.id("reenrolment-no-rule"), "未訂復學安置原則");
        }
    }

    private static JsonObject application(Api office, long caseId) {
        Api.Reply list = office.get("/api/v1/cases/" + caseId + "/re-enrolments");
        assertEquals(200, list.status(), list.toString());
        assertEquals(1, list.structure().asJsonArray().size(), list.toString());
        return list.structure().asJsonArray().getJsonObject(0);
    }
}
