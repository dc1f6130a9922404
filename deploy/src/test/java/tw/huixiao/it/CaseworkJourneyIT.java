package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import static tw.huixiao.it.BrowserSteps.click;
import static tw.huixiao.it.BrowserSteps.scrollTo;
import static tw.huixiao.it.BrowserSteps.type;

/**
 * Case work in a real browser (issue 8 §4): Taoyuan's counselling office opens a case of a
 * class-802 student, reads its timeline, raises the tier (refused on its field without a reason,
 * then with one) and assigns the mentor teacher (both in the timeline), is refused a move to
 * follow-up with the county rule's id (TY-D3-CASE-MEETING)
 * and an early closure with the earliest date, reports the case, schedules a case meeting with
 * an attendee and records a decision that becomes the mentor's task (in the ladder and the
 * mentor's list), drafts and sends a referral to the social-affairs department; the case list
 * is filtered by class and state, and by overdue tasks. The class's homeroom teacher sees the
 * case work but none of the counselling office's actions; another school's list is without it.
 */
class CaseworkJourneyIT {

    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
    private static final String TEACHER = "ty-homeroom-802";
    private static final String MENTOR = "劉○惠 認輔老師";
    private static final String REPORTED = "趙○澄";
    private static final String OVERDUE = "錢○睿";

    private static long reportedCase;
    private static long overdueCase;

    @BeforeAll
    static void twoCasesInClass802() {
        assertEquals(204, Casework.ADMIN.delete("/api/v1/admin/clock").status(), "the system clock");
        Api registrar = Api.as("ty-registrar");
        Api counsellor = Api.as("ty-counseling");
        long classId = Api.as(TEACHER).get("/api/v1/students?size=1").json().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("classId").longValue();
        reportedCase = Casework.openCase(counsellor, Casework.student(registrar, REPORTED, "2012-05-01", 8, classId),
                "TW-DROPOUT");
        overdueCase = Casework.openCase(counsellor, Casework.student(registrar, OVERDUE, "2012-06-01", 8, classId),
                "TW-DROPOUT");
        // A meeting a week ago whose decision fell due three days ago: the second case has an overdue task.
        LocalDate today = LocalDate.now(TAIPEI);
        long me = counsellor.get("/api/v1/me").json().getJsonNumber("id").longValue();
        Api.Reply meeting = counsellor.post("/api/v1/cases/" + overdueCase + "/meetings", """
                {"kind":"CASE_MEETING","heldOn":"%s","chairUserId":%d,
                 "decisions":[{"decision":"輔導室每週家訪","ownerRole":"COUNSELING","dueOn":"%s"}]}"""
                .formatted(today.minusDays(7), me, today.minusDays(3)));
        assertEquals(201, meeting.status(), meeting.toString());
    }

    @Test
    void counsellorWorksTheCaseAndTheHomeroomTeacherOnlyReadsIt() {
        try (Browser browser = new Browser()) {
            browser.login("ty-counseling", Api.DEMO_PASSWORD);
            browser.waitFor(By.id("header-school"));
            browser.open("/case/" + reportedCase);
            browser.waitForText(By.id("case-title"), REPORTED);
            browser.waitForText(By.id("case-timeline"), "開案");
            scrollTo(browser, By.id("casework-tabs"));
            browser.screenshot("case-timeline");

            // Tier 2 (the counselling office's own work) and the mentor teacher, each with a reason.
            click(browser, By.id("tab-people"));
            radio(browser, "tier-value", "第二級");
            click(browser, By.id("tier-form-submit"));
            // The service's own check, on its field: a change of tier needs a reason.
            browser.waitFor(By.cssSelector("#tier-reason[invalid]"));
            browser.waitForText(By.id("tier-reason"), "請說明理由");
            type(browser, By.cssSelector("#tier-reason textarea"), "需輔導室個別晤談");
            click(browser, By.id("tier-form-submit"));
            browser.waitForText(By.id("case-tier"), "第二級");
            browser.pick("assign-mentor", MENTOR);
            type(browser, By.cssSelector("#assign-reason textarea"), "由認輔老師每週陪伴");
            click(browser, By.id("assign-form-submit"));
            browser.waitForText(By.id("case-person-MENTOR_TEACHER"), MENTOR);
            browser.waitForText(By.id("case-people-history"), MENTOR);

            click(browser, By.id("tab-timeline"));
            browser.waitForText(By.id("case-timeline"), "輔導層級：第 1 級 → 第 2 級");
            browser.waitForText(By.id("case-timeline"), "認輔老師：（未指派） → " + MENTOR);

            // The module forbids follow-up before the student is back; closing now is too early.
            click(browser, By.id("tab-state"));
            radio(browser, "state-to", "追蹤輔導");
            type(browser, By.cssSelector("#state-reason textarea"), "學生狀況穩定");
            click(browser, By.id("state-form-submit"));
            browser.waitFor(By.cssSelector("#state-form-answer .refusal[data-rule='TY-D3-CASE-MEETING']"));
            radio(browser, "state-to", "已結案");
            click(browser, By.id("state-form-submit"));
            WebElement early = browser.waitFor(By.cssSelector("#state-form-answer .refusal-earliest"));
            assertTrue(early.getText().contains("民國"), early.getText());
            browser.screenshot("case-state-refused");
            radio(browser, "state-to", "已通報");
            type(browser, By.cssSelector("#state-reason textarea"), "已通報強迫入學委員會");
            click(browser, By.id("state-form-submit"));
            browser.waitForText(By.id("case-state-current"), "已通報");

            // A case meeting with the mentor attending; its decision becomes the mentor's task.
            click(browser, By.id("tab-meetings"));
            click(browser, By.id("meeting-new"));
            browser.pick("meeting-attendees", MENTOR);
            type(browser, By.cssSelector("#meeting-minutes textarea"), "討論學生返校計畫與家庭支持");
            click(browser, By.id("meeting-form-submit"));
            WebElement meeting = browser.waitFor(By.cssSelector("#case-meetings .case-meeting"));
            assertTrue(meeting.getText().contains(MENTOR), meeting.getText());
            click(browser, By.cssSelector("#case-meetings [id^='meeting-decide-']"));
            type(browser, By.cssSelector("#decision-text textarea"), "認輔老師每週與學生晤談一次");
            browser.pick("decision-owner", MENTOR);
            click(browser, By.id("decision-form-submit"));
            browser.waitForText(By.id("case-meetings"), "決議 1：認輔老師每週與學生晤談一次");
            scrollTo(browser, By.id("casework-tabs"));
            browser.screenshot("case-meetings");
            browser.waitFor(By.cssSelector("#case-ladder .ladder-step[data-rule='MEETING']"));

            // A referral drafted to the county's social-affairs department, then sent by letter.
            click(browser, By.id("tab-referrals"));
            click(browser, By.id("referral-new"));
            browser.pick("referral-agency", "桃園市政府社會局（社政）");
            type(browser, By.cssSelector("#referral-reason textarea"), "家庭經濟困難，需社政資源協助");
            click(browser, By.id("referral-form-submit"));
            browser.waitFor(By.cssSelector("#case-referrals .case-referral[data-status='DRAFT']"));
            click(browser, By.cssSelector("#case-referrals [id^='referral-send-']"));
            type(browser, By.cssSelector("#referral-step-reference input"), "桃回字第1150000001號");
            click(browser, By.id("referral-step-form-submit"));
            browser.waitFor(By.cssSelector("#case-referrals .case-referral[data-status='SENT']"));
            browser.waitForText(By.id("case-referrals"), "桃回字第1150000001號");
            scrollTo(browser, By.id("casework-tabs"));
            browser.screenshot("case-referrals");

            // The list, filtered in the database: class 802 and state 已通報, then overdue tasks.
            browser.open("/cases");
            browser.waitFor(By.id("cases-grid"));
            browser.pick("cases-class", "802（115）");
            browser.pick("cases-state", "已通報");
            waitForGrid(browser, REPORTED, OVERDUE);
            browser.pick("cases-state", "列管中（未結案）");
            click(browser, By.id("cases-overdue"));
            waitForGrid(browser, OVERDUE, REPORTED);
            browser.waitForText(By.id("cases-count"), "其中");
            browser.screenshot("cases-filtered");
        }

        JsonObject mentorTask = Api.as("ty-mentor").get("/api/v1/tasks?due=today").structure().asJsonArray().stream()
                .map(JsonValue::asJsonObject).filter(t -> !t.isNull("caseId")
                        && t.getJsonNumber("caseId").longValue() == reportedCase && "MEETING".equals(t.getString("ruleId")))
                .findFirst().orElseThrow(() -> new AssertionError("the decision is in the mentor's list for today"));
        assertTrue(mentorTask.getString("dutyZh").contains("認輔老師每週與學生晤談一次"), mentorTask.toString());
        JsonObject kase = Api.as("ty-counseling").get("/api/v1/cases/" + reportedCase).json();
        assertEquals("REPORTED", kase.getString("state"));
        assertEquals(2, kase.getInt("tier"));

        try (Browser browser = new Browser()) {
            browser.login(TEACHER, Api.DEMO_PASSWORD);
            browser.waitFor(By.id("header-school"));
            browser.open("/case/" + reportedCase);
            browser.waitForText(By.id("case-timeline"), "中輟通報");
            click(browser, By.id("tab-state"));
            browser.waitForText(By.id("case-state"), "個案狀態由處室人員或校長變更");
            assertAbsent(browser, "state-form");
            click(browser, By.id("tab-people"));
            browser.waitForText(By.id("case-person-MENTOR_TEACHER"), MENTOR);
            assertAbsent(browser, "tier-form");
            assertAbsent(browser, "assign-form");
            click(browser, By.id("tab-meetings"));
            browser.waitForText(By.id("case-meetings"), "認輔老師每週與學生晤談一次");
            assertAbsent(browser, "meeting-new");
            assertTrue(browser.driver.findElements(By.cssSelector("[id^='meeting-decide-']")).isEmpty());
            click(browser, By.id("tab-referrals"));
            browser.waitForText(By.id("case-referrals"), "桃園市政府社會局");
            assertAbsent(browser, "referral-new");
            assertTrue(browser.driver.findElements(By.cssSelector("[id^='referral-accept-']")).isEmpty());
        }
        try (Browser browser = new Browser()) {
            browser.login("nt-counseling", Api.DEMO_PASSWORD);
            browser.waitFor(By.id("header-school"));
            browser.open("/cases");
            browser.waitForText(By.id("cases-count"), "共");
            assertFalse(browser.driver.findElement(By.id("cases-grid")).getText().contains(REPORTED),
                    "another school's list is without the case");
        }
    }

    /** The grid shows {@code present} and, once it does, not {@code absent}. */
    private static void waitForGrid(Browser browser, String present, String absent) {
        wait(browser).until(d -> {
            String text = d.findElement(By.id("cases-grid")).getText();
            return text.contains(present) && !text.contains(absent);
        });
    }

    private static void assertAbsent(Browser browser, String id) {
        assertTrue(browser.driver.findElements(By.id(id)).isEmpty(), id + " is not offered");
    }

    private static WebDriverWait wait(Browser browser) {
        return browser.await();
    }

    /** The radio button of the group whose label contains the text. */
    static void radio(Browser browser, String group, String label) {
        browser.waitFor(By.id(group));
        WebElement button = wait(browser).until(d -> d.findElements(By.cssSelector("#" + group + " vaadin-radio-button"))
                .stream().filter(b -> b.getText().contains(label)).findFirst().orElse(null));
        ((JavascriptExecutor) browser.driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", button);
    }
}
