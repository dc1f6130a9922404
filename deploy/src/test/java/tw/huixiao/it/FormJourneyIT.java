package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A county form rendered from the module's definition in a real browser (issue 8 §5): Taoyuan's
 * 輔導訪談紀錄（B）表 (TY-D1-CONTACT) of a homeroom teacher's student — the record's values drawn
 * in the generic renderer, a required field emptied and refused by the server's own rule on that
 * field, then corrected, saved and signed at the homeroom teacher's stage of the chain; the next
 * stage (學務處) is not theirs to sign.
 */
class FormJourneyIT {

    private static final String TEACHER = "ty-homeroom-704";

    @Test
    void homeroomTeacherCorrectsAndSignsTheContactRecord() {
        Api teacher = Api.as(TEACHER);
        long student = teacher.get("/api/v1/students?size=1").json().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
        Api counsellor = Api.as("ty-counseling");
        Api.Reply opened = counsellor.post("/api/v1/cases", """
                {"studentId":%d,"categoryId":"TW-DROPOUT","note":"連續三日未到校"}""".formatted(student));
        assertEquals(201, opened.status(), opened.toString());
        long caseId = opened.json().getJsonNumber("id").longValue();
        Api.Reply record = teacher.post("/api/v1/cases/" + caseId + "/forms/TY-CONTACT-RECORD-B", """
                {"data":{"studentName":"王○明","className":"704","indigenous":false,"contactDate":"2026-03-09",
                 "contactedParty":"LEGAL_REPRESENTATIVE","contactedPerson":"王○華","relationship":"父",
                 "method":"PHONE","content":"父親表示學生身體不適","outcome":"CAUSE_KNOWN","emergency":false,
                 "reportedTo":["STUDENT_AFFAIRS"],"nextSteps":["KEEP_CONTACT"]}}""");
        assertEquals(201, record.status(), record.toString());
        long recordId = record.json().getJsonNumber("id").longValue();

        try (Browser browser = new Browser()) {
            browser.login(TEACHER, Api.DEMO_PASSWORD);
            browser.waitFor(By.id("header-school"));
            browser.open("/case/" + caseId);
            browser.waitForText(By.id("case-forms"), "輔導訪談紀錄");
            assertTrue(browser.driver.findElements(By.id("case-notes")).isEmpty(),
                    "a homeroom teacher's workspace has no counselling notes");
            browser.open("/form?record=" + recordId);
            browser.waitForText(By.id("form-title"), "輔導訪談紀錄");
            WebElement content = browser.waitFor(By.cssSelector("[data-field='content'] textarea"));
            assertEquals("父親表示學生身體不適", content.getAttribute("value"), "the record's value is drawn");

            // Empty a required field: the platform's rule refuses it, shown on that field.
            content.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, Keys.TAB);
            click(browser, By.id("form-save"));
            browser.waitFor(By.cssSelector("[data-field='content'][invalid]"));
            browser.screenshot("12-form-required-refused");

            content.sendKeys("父親表示學生感冒發燒，已就醫，預計明日到校", Keys.TAB);
            click(browser, By.id("form-save"));
            browser.waitForText(By.tagName("vaadin-notification-card"), "已儲存");
            click(browser, By.id("form-sign-homeroom"));
            browser.confirm();
            browser.waitFor(By.cssSelector(".form-stage[data-stage='homeroom'][data-signed='true']"));
            assertTrue(browser.driver.findElements(By.id("form-sign-studentAffairs")).isEmpty(),
                    "the next stage belongs to student affairs");
            browser.screenshot("13-form-signed-homeroom");
        }
        JsonObject saved = teacher.get("/api/v1/form-records/" + recordId).json();
        assertEquals("父親表示學生感冒發燒，已就醫，預計明日到校", saved.getJsonObject("data").getString("content"));
        assertEquals("SIGNING", saved.getString("status"), saved.toString());
        assertTrue(saved.getJsonArray("stages").getJsonObject(0).getBoolean("signed"));
    }

    /** Buttons below the fold of the 900-pixel window: scrolled into view, then clicked. */
    private static void click(Browser browser, By button) {
        WebElement element = browser.waitFor(button);
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
    }
}
