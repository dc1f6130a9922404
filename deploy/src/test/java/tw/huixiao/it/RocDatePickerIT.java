package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Issue 24 §2: one date convention. The roll's date picker (the shared RocDatePicker) shows and
 * takes 民國 dates in zh-TW — 115/03/09 typed as "115/3/9" — with a 民國 month title; in English the
 * same picker is Gregorian.
 */
class RocDatePickerIT {

    @Test
    void datePickersTypeAndShowRocDatesInChineseAndGregorianInEnglish() {
        try (Browser browser = new Browser()) {
            browser.login("ty-homeroom-701", Api.DEMO_PASSWORD);
            browser.waitFor(By.id("landing"));
            browser.open("/attendance");
            WebElement input = browser.waitFor(By.cssSelector("#roll-date input"));
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Taipei"));
            String rocToday = String.format("%d/%02d/%02d", today.getYear() - 1911, today.getMonthValue(),
                    today.getDayOfMonth());
            browser.await()
                    .until(d -> rocToday.equals(input.getAttribute("value")));
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), "115/3/9", Keys.ENTER);
            browser.await()
                    .until(d -> "115/03/09".equals(input.getAttribute("value")));
            input.click();
            WebElement overlay = browser.waitFor(By.tagName("vaadin-date-picker-overlay"));
            browser.await()
                    .until(d -> d.findElement(By.tagName("body")).getText().contains("民國 115 年 3 月")
                            || String.valueOf(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                            "return [...document.querySelectorAll('vaadin-month-calendar')].map(m => "
                                    + "m.shadowRoot ? m.shadowRoot.textContent : '').join(' ')")).contains("民國 115 年 3 月"));
            assertTrue(overlay.isDisplayed());
            browser.screenshot("roc-date-picker");
            input.sendKeys(Keys.ESCAPE);

            browser.open("/");
            browser.waitFor(By.id("language-toggle")).click();
            browser.waitForText(By.id("language-toggle"), "中文");
            browser.open("/attendance");
            WebElement english = browser.waitFor(By.cssSelector("#roll-date input"));
            browser.await()
                    .until(d -> today.toString().equals(english.getAttribute("value")));
            assertEquals(today.toString(), english.getAttribute("value"));
        }
    }
}
