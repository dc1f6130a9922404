package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The case list and the case workspace in a real browser: a counsellor finds the case in the
 * list, opens it, sees the ladder laid out from the Taoyuan module (TW-TIERS ongoing on opening)
 * and the access log with their own look; a counsellor of another school who has the URL sees
 * "not found", and the attempt is in that school's log, not in this one's.
 */
class CaseWorkspaceJourneyIT {

    @Test
    void counsellorOpensTheCaseAndAnotherSchoolSeesNotFound() {
        Api registrar = Api.as("ty-registrar");
        Api counsellor = Api.as("ty-counseling");
        long student = Fixtures.student(registrar, false);
        Api.Reply opened = counsellor.post("/api/v1/cases", """
                {"studentId":%d,"categoryId":"TW-DROPOUT","note":"導師通報連續未到校"}""".formatted(student));
        assertEquals(201, opened.status(), opened.toString());
        long caseId = opened.json().getJsonNumber("id").longValue();

        try (Browser browser = new Browser()) {
            browser.login("ty-counseling", Api.DEMO_PASSWORD);
            browser.waitFor(By.id("header-school"));
            browser.open("/cases");
            browser.waitFor(By.id("cases-grid"));
            browser.waitForText(By.id("cases-grid"), "林○安");
            browser.screenshot("07-cases-counsellor");

            browser.open("/case/" + caseId);
            browser.waitForText(By.id("case-title"), "林○安");
            WebElement ladder = browser.waitFor(By.id("case-ladder"));
            List<WebElement> tiers = ladder.findElements(By.cssSelector(".ladder-step[data-rule='TW-TIERS']"));
            assertEquals(1, tiers.size(), ladder.getText());
            assertEquals("OPEN", tiers.get(0).getAttribute("data-state"));
            // The log in words: who by name and role, what was done, from the screen or the API.
            browser.waitForText(By.id("case-access-log"), "檢視個案");
            browser.screenshot("08-case-workspace-counsellor");
            // 輔導紀錄, a section only the counselling office, the principal and mentors have.
            WebElement note = browser.waitFor(By.cssSelector("#case-note-content textarea"));
            note.sendKeys("與學生個別晤談，了解未到校原因為家庭因素", org.openqa.selenium.Keys.TAB);
            ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                    "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();",
                    browser.waitFor(By.id("case-note-add")));
            browser.waitForText(By.id("case-notes"), "與學生個別晤談");
        }
        try (Browser browser = new Browser()) {
            browser.login("nt-counseling", Api.DEMO_PASSWORD);
            browser.waitFor(By.id("header-school"));
            browser.open("/case/" + caseId);
            browser.waitForText(By.id("case-not-found"), "查無此個案");
            assertTrue(browser.driver.findElements(By.id("case-ladder")).isEmpty(), "nothing of the case is shown");
            browser.screenshot("09-case-other-school-not-found");
        }
        String log = counsellor.get("/api/v1/cases/" + caseId + "/access-log").structure().toString();
        assertTrue(log.contains("\"channel\":\"UI\""), "the browser's reads are logged as UI: " + log);
        // Issue 18 §7: the school whose case was the target sees the attempt, refused.
        assertTrue(log.contains("\"outcome\":\"DENIED\"") && log.contains("\"username\":\"nt-counseling\""),
                "another school's probe shows in the target school's log: " + log);
        assertTrue(log.contains("COUNSELLING_NOTE") && !log.contains("家庭因素"), "the note is logged, its content never: "
                + log);
    }
}
