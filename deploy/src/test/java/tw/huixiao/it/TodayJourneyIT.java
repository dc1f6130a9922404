package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A homeroom teacher's morning in a real browser (issue 8 journey): take the class roll with
 * one absence typed as one key, see the ladder's day-1 duty for that child on "今日待辦"
 * (TY-D1-CONTACT: contact the family the same day), and record the contact with a note.
 */
class TodayJourneyIT {

    private static final Api ADMIN = Api.as("platform-admin");
    private static final String TEACHER = "ty-homeroom-703";

    @AfterAll
    static void systemClock() {
        ADMIN.delete("/api/v1/admin/clock");
    }

    @Test
    void homeroomTeacherTakesTheRollSeesTheDayOneDutyAndRecordsTheContact() {
        // Monday 2026-03-09, 08:30 in Taipei: a school day at the Taoyuan demo school.
        assertEquals(200, ADMIN.put("/api/v1/admin/clock", "{\"instant\":\"2026-03-09T08:30:00+08:00\"}").status());
        Api teacher = Api.as(TEACHER, Api.DEMO_PASSWORD);
        try (Browser browser = new Browser()) {
            browser.login(TEACHER, Api.DEMO_PASSWORD);
            browser.waitFor(By.id("header-school"));
            browser.open("/attendance");
            browser.waitFor(By.id("roll-grid"));
            WebElement firstKey = browser.waitFor(By.cssSelector("vaadin-text-field.roll-key"));
            long studentId = Long.parseLong(firstKey.getAttribute("id").substring("roll-key-".length()));
            WebElement input = firstKey.findElement(By.tagName("input"));
            input.click();
            input.sendKeys("2");
            browser.waitForText(By.id("roll-grid"), "曠課");
            browser.screenshot("05-roll-homeroom-teacher");
            browser.driver.findElement(By.id("roll-save")).click();
            browser.waitForText(By.tagName("vaadin-notification-card"), "點名已儲存");

            assertTrue(openDuties(teacher).contains("TY-D1-CONTACT " + studentId + " 2026-03-09"),
                    "the roll's absence starts day 1 of the ladder: " + openDuties(teacher));

            browser.open("/today");
            By duty = By.cssSelector(".today-task[data-rule='TY-D1-CONTACT'][data-student='" + studentId + "']");
            WebElement card = browser.waitFor(duty);
            assertTrue(card.getText().contains("TY-D1-CONTACT"), card.getText());
            browser.screenshot("06-today-homeroom-teacher");
            card.findElement(By.cssSelector("vaadin-button")).click();
            // The day-1 duty is done on the B表 (DutiesJourneyIT walks it); here the teacher marks it
            // not applicable, with the reason, which is kept as the duty's record.
            browser.waitFor(By.id("duty-fill-form"));
            browser.driver.findElement(By.id("duty-not-applicable")).click();
            browser.waitFor(By.cssSelector("#duty-na-reason textarea")).sendKeys("家長來電說明，學生已於第二節到校，點名更正中");
            browser.driver.findElement(By.id("duty-na-save")).click();
            browser.waitForText(By.tagName("vaadin-notification-card"), "已登錄");
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(30))
                    .until(d -> d.findElements(duty).isEmpty());
        }
        assertTrue(openDuties(teacher).stream().noneMatch(d -> d.startsWith("TY-D1-CONTACT ")),
                "the contact is recorded: " + openDuties(teacher));
        // The principal's overview counts the child on day 1 of the ladder (not yet back).
        try (Browser browser = new Browser()) {
            browser.login("ty-principal", Api.DEMO_PASSWORD);
            browser.waitFor(By.id("header-school"));
            browser.open("/today");
            browser.waitForText(By.id("today-ladder"), "第 1 天：");
            browser.screenshot("06b-today-principal");
        }
    }

    /** The teacher's open duties as "RULE student due" lines. */
    private static List<String> openDuties(Api teacher) {
        Api.Reply reply = teacher.get("/api/v1/tasks?due=open");
        assertEquals(200, reply.status(), reply.toString());
        return reply.structure().asJsonArray().stream().map(JsonValue::asJsonObject)
                .map(TodayJourneyIT::line).toList();
    }

    private static String line(JsonObject t) {
        return t.getString("ruleId") + " " + t.getJsonNumber("studentId").longValue() + " "
                + (t.isNull("dueOn") ? "-" : t.getString("dueOn"));
    }
}
