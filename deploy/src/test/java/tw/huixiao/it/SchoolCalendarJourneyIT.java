package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import static tw.huixiao.it.BrowserSteps.click;
import static tw.huixiao.it.BrowserSteps.choose;
import static tw.huixiao.it.BrowserSteps.setValue;

/**
 * The school calendar in a real browser (issue 8 §3): a registrar sees April 2026 with the office
 * calendar's holidays (04-03 兒童節補假, 04-06 民族掃墓節補假), enters the semester and a typhoon
 * closure, is told in words what is wrong with a bad entry, and sees the closure on the grid; the
 * closure makes the day no school day for the engine's calendar; the school's homeroom teacher
 * reads the same month without the forms; another school's calendar does not have the closure.
 */
class SchoolCalendarJourneyIT {

    private static final String APRIL = "/calendar?month=2026-04";

    @Test
    void registrarAddsASchoolClosureAndEveryoneOfTheSchoolSeesIt() {
        Casework.School school = Casework.school("TAOYUAN", "calendar-ui");
        Casework.Staff teacher = Casework.staff(school, "HOMEROOM_TEACHER", "蔡○怡 導師");
        Casework.School other = Casework.school("TAOYUAN", "calendar-other");

        try (Browser browser = new Browser()) {
            browser.login(school.username(), Onboarding.PASSWORD);
            browser.waitFor(By.id("header-school"));
            browser.open(APRIL);
            browser.waitForText(By.id("calendar-month"), "民國 115 年 4 月");
            assertEquals("HOLIDAY", day(browser, "2026-04-03").getAttribute("data-kind"));
            assertTrue(day(browser, "2026-04-03").getText().contains("兒童節"), day(browser, "2026-04-03").getText());
            assertEquals("HOLIDAY", day(browser, "2026-04-06").getAttribute("data-kind"));
            assertEquals("WEEKEND", day(browser, "2026-04-04").getAttribute("data-kind"));

            // A semester whose last day comes before its first: refused, and said so on the field.
            setValue(browser, "semester-year", "114");
            choose(browser, "semester-term", "第 2 學期");
            setDate(browser, "semester-first", "2026-02-11");
            setDate(browser, "semester-last", "2026-02-01");
            click(browser, "semester-save");
            browser.waitFor(By.cssSelector("#semester-last[invalid]"));
            assertTrue(browser.driver.findElement(By.id("semester-last")).getDomProperty("errorMessage")
                    .contains("結束日在開學日之後"));
            setDate(browser, "semester-last", "2026-06-30");
            click(browser, "semester-save");
            browser.waitForText(By.tagName("vaadin-notification-card"), "已儲存 114 學年度第 2 學期");
            browser.waitForText(By.id("calendar-semesters"), "115/02/11");

            // A closure without its reason: refused on the reason field; then with it.
            setDate(browser, "closure-day", "2026-04-08");
            click(browser, "closure-add");
            browser.waitFor(By.cssSelector("#closure-reason[invalid]"));
            assertTrue(browser.driver.findElement(By.id("closure-reason")).getDomProperty("errorMessage")
                    .contains("請填寫停課原因"));
            browser.waitFor(By.cssSelector("#closure-reason input")).sendKeys("颱風停課（示範鄉公告）", org.openqa.selenium.Keys.TAB);
            click(browser, "closure-add");
            browser.waitForText(By.tagName("vaadin-notification-card"), "停課");
            browser.waitForText(By.id("calendar-closures"), "颱風停課（示範鄉公告）");
            WebElement closed = day(browser, "2026-04-08");
            assertEquals("SCHOOL_CLOSURE", closed.getAttribute("data-kind"));
            assertTrue(closed.getText().contains("颱風停課"), closed.getText());
            assertEquals("SCHOOL_DAY", day(browser, "2026-04-09").getAttribute("data-kind"));
            browser.screenshot("calendar");
        }

        JsonObject aprilEighth = school.office().get("/api/v1/calendar?from=2026-04-08&to=2026-04-08").json()
                .getJsonArray("days").getJsonObject(0);
        assertFalse(aprilEighth.getBoolean("schoolDay"), "the engine's calendar has the closure: " + aprilEighth);
        JsonObject elsewhere = other.office().get("/api/v1/calendar?from=2026-04-08&to=2026-04-08").json()
                .getJsonArray("days").getJsonObject(0);
        assertTrue(elsewhere.getBoolean("schoolDay"), "another school is not closed: " + elsewhere);

        try (Browser browser = new Browser()) {
            browser.login(teacher.username(), Onboarding.PASSWORD);
            browser.waitFor(By.id("header-school"));
            browser.open(APRIL);
            browser.waitForText(By.id("calendar-closures"), "颱風停課（示範鄉公告）");
            assertEquals("SCHOOL_CLOSURE", day(browser, "2026-04-08").getAttribute("data-kind"));
            assertTrue(browser.driver.findElements(By.id("closure-add")).isEmpty(), "the teacher reads, never edits");
            assertTrue(browser.driver.findElements(By.id("semester-save")).isEmpty(), "the teacher reads, never edits");
        }
    }

    private static WebElement day(Browser browser, String date) {
        return browser.waitFor(By.cssSelector(".calendar-day[data-date='" + date + "']"));
    }

    static void setDate(Browser browser, String id, String isoDate) {
        setValue(browser, id, isoDate);
    }

}
