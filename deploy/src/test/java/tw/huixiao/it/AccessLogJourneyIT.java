package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Issue 24 §4: a case read a few hundred times still opens cleanly. Its access log is fetched a
 * page at a time (it used to show every row at once, which Vaadin refuses beyond ten pages, and the
 * page answered 系統發生錯誤); the rows read in words — who by name and role, what, 民國 time, from
 * 畫面 or API — and the filter narrows them in the database.
 */
class AccessLogJourneyIT {

    @Test
    void aCaseReadThreeHundredTimesOpensWithItsLogPaged() {
        Api counsellor = Api.as("tn-counseling");
        long caseId = counsellor.get("/api/v1/cases?status=OPEN&size=1").json().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
        for (int i = 0; i < 300; i++) {
            assertEquals(200, counsellor.get("/api/v1/cases/" + caseId).status());
        }
        try (Browser browser = new Browser()) {
            browser.login("tn-counseling", Api.DEMO_PASSWORD);
            browser.waitFor(By.id("landing"));
            browser.open("/case/" + caseId);
            browser.waitForText(By.id("case-access-log"), "檢視個案");
            String log = browser.waitFor(By.id("case-access-log")).getText();
            assertTrue(log.contains("系統介接"), "reads through the API say so: " + log);
            assertFalse(log.contains("tn-counseling") || log.contains("0:0:0:0") || log.contains("127.0.0.1")
                    || log.contains("READ") || log.contains("API"), "names and words, no usernames, codes or addresses: " + log);
            long rows = ((Number) ((JavascriptExecutor) browser.driver)
                    .executeScript("return document.getElementById('case-access-log').size")).longValue();
            assertTrue(rows > 300, "every read is in the log, paged: " + rows);
            assertTrue(browser.driver.findElements(By.tagName("vaadin-notification-card")).stream()
                    .noneMatch(n -> n.getText().contains("系統發生錯誤")), "the page opens cleanly");
            browser.screenshot("case-access-log-paged");

            WebElement person = browser.waitFor(By.cssSelector("#case-access-log-person input"));
            person.sendKeys("查無此人");
            browser.await().until(d -> ((Number) ((JavascriptExecutor) d)
                    .executeScript("return document.getElementById('case-access-log').size")).longValue() == 0);
        }
    }
}
