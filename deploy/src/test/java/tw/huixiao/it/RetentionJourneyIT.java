package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The admin console's 紀錄保存 page in Chromium (issue 22 §7), at 1400 px and on a phone (390×844):
 * the rules with their legal basis, a dry-run listing per school and kind what is past its time,
 * and the purge behind a reason dialog (an empty reason is refused on the field). The clock is moved
 * ten years so that the dry-run finds something; screenshots retention-*.
 */
class RetentionJourneyIT {

    private static final Api ADMIN = Api.as("platform-admin");

    @AfterAll
    static void systemClock() {
        ADMIN.delete("/api/v1/admin/clock");
    }

    @Test
    void rulesThenDryRunThenPurgeWithAReason_onAWideScreenAndAPhone() {
        // Something past its time whatever ran before: a school's staff read a student in 2030; by
        // 2036-09-01 that access log is past its 5 years (個資法 §30).
        assertEquals(200, ADMIN.put("/api/v1/admin/clock", "{\"instant\":\"2030-01-10T09:00:00+08:00\"}").status());
        Casework.School school = Casework.school("TAOYUAN", "retention-journey");
        long student = Casework.student(school.office(), "2012-05-01", 8);
        assertEquals(200, school.office().get("/api/v1/students/" + student).status());
        assertEquals(200, ADMIN.put("/api/v1/admin/clock", "{\"instant\":\"2036-09-01T09:00:00+08:00\"}").status());
        try (Browser browser = new Browser()) {
            browser.resize(1400, 900);
            browser.login("platform-admin", Api.DEMO_PASSWORD);
            browser.waitFor(By.id("landing-console"));
            browser.open("/admin/retention");
            browser.waitForText(By.id("retention-rules"), "輔導資料");
            browser.waitForText(By.id("retention-rules"), "學生輔導法施行細則");
            browser.screenshot("retention-rules-1400");
            assertTrue(browser.driver.findElement(By.id("retention-purge")).getAttribute("disabled") != null,
                    "no purge before a dry-run");

            click(browser, By.id("retention-dry-run"));
            browser.waitForText(By.id("retention-summary"), "試算（基準日 125/09/01）");
            browser.waitForText(By.id("retention-counts"), "存取紀錄");
            show(browser, "retention-summary");
            browser.screenshot("retention-dry-run-1400");

            click(browser, By.id("retention-purge"));
            browser.waitFor(By.id("retention-purge-reason"));
            click(browser, By.id("retention-purge-send"));
            browser.await().until(d -> d.findElement(By.id("retention-purge-reason")).getAttribute("invalid") != null);
            browser.waitForText(By.id("retention-purge-reason"), "請填寫清除原因");
            browser.screenshot("retention-purge-dialog-1400");
            browser.waitFor(By.id("retention-purge-reason")).findElement(By.cssSelector("textarea"))
                    .sendKeys("年度清除（瀏覽器測試）");
            click(browser, By.id("retention-purge-send"));
            browser.waitForText(By.id("retention-summary"), "已清除（基準日 125/09/01）");
            browser.waitForText(By.id("retention-runs"), "年度清除（瀏覽器測試）");
            show(browser, "retention-summary");
            browser.screenshot("retention-purged-1400");

            browser.resize(390, 844);
            browser.open("/admin/retention");
            browser.waitForText(By.id("retention-rules"), "輔導資料");
            click(browser, By.id("retention-dry-run"));
            browser.waitForText(By.id("retention-summary"), "試算");
            assertTrue(browser.sidewaysScroll() <= 1, "the page fits a phone");
            show(browser, "retention-summary");
            browser.screenshot("retention-390");
        }
    }

    private static void show(Browser browser, String id) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'start'});",
                browser.waitFor(By.id(id)));
    }

    private static void click(Browser browser, By by) {
        // A real click: it moves the focus, so a field typed into sends its value first (Vaadin syncs on change).
        WebElement e = browser.waitFor(by);
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", e);
        e.click();
    }
}
