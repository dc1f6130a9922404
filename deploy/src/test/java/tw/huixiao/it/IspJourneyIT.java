package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Tainan's ISP editor in a real browser (issue 8 items 6 and 8): a counselling office of a
 * remote-area junior high opens a Tainan case, starts its plan from the case workspace, adds an
 * external teacher and two courses, puts them into the timetable, tries a cell where the same
 * student and teacher are already placed and sees the service's conflict on that cell, then
 * agrees 500 a period with the external junior-high teacher and sees TN-F-EXTERNAL (500 > 450)
 * in the budget panel, computed live from the unsaved plan; a longer term breaks the 20,000 cap
 * (TN-F-CAP) and submission is blocked, pointing to 多元教育輔導措施; the draft is saved as
 * built; another school's counsellor with its address sees "not found". The demo's Tainan case
 * shows its own plan; a Taoyuan case has no ISP at all.
 */
class IspJourneyIT {

    @Test
    void tainanCounsellorBuildsATimetableAndSeesTheBudgetViolation() throws java.io.IOException {
        Casework.School school = Casework.school("TAINAN", "isp-ui");
        long student = Casework.student(school.office(), "2012-05-01", 8);
        long caseId = Casework.openCase(school.office(), student, "TW-DROPOUT");

        try (Browser browser = new Browser()) {
            browser.driver.manage().window().setSize(new Dimension(1680, 1500));
            try {
                buildTheTimetable(browser, school, caseId);
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("isp-journey-failed");
                java.nio.file.Files.writeString(java.nio.file.Path.of(System.getProperty("huixiao.it.screenshots",
                        "target/screenshots"), "isp-journey-failed.html"), browser.driver.getPageSource());
                throw e;
            }
        }

        JsonArray plans = school.office().get("/api/v1/cases/" + caseId + "/isps").structure().asJsonArray();
        assertEquals(1, plans.size(), plans.toString());
        JsonObject plan = plans.getJsonObject(0);
        assertEquals("DRAFT", plan.getString("state"));
        assertEquals(18, plan.getJsonObject("term").getInt("weeks"));
        assertEquals(List.of("MONDAY 3 烘焙", "MONDAY 4 烘焙", "WEDNESDAY 5 點心製作"), plan.getJsonArray("timetable").stream()
                .map(JsonValue::asJsonObject).map(c -> c.getString("day") + " " + c.getString("period") + " "
                        + c.getString("course")).toList());
        assertEquals(500, plan.getJsonArray("teachers").getJsonObject(0).getJsonNumber("agreedRate").intValue());
        Set<String> rules = plan.getJsonObject("budget").getJsonArray("violations").stream().map(JsonValue::asJsonObject)
                .map(v -> v.getString("ruleId")).collect(Collectors.toSet());
        assertEquals(Set.of("TN-F-EXTERNAL", "TN-F-CAP"), rules);
        // Another school's counsellor with the plan's address sees "not found", as for the case itself.
        try (Browser other = new Browser()) {
            other.login("tn-counseling", Api.DEMO_PASSWORD);
            other.waitFor(By.id("header-school"));
            other.open("/case/" + caseId + "/isp/" + plan.getJsonNumber("id").longValue());
            other.waitForText(By.id("isp-not-found"), "查無此個案");
            assertTrue(other.driver.findElements(By.id("isp-timetable")).isEmpty(), "nothing of the plan is shown");
        }
        List<String> log = Casework.accessLog(school.office(), caseId);
        assertTrue(log.contains(school.username() + " PREVIEW ISP ALLOWED"), log.toString());
        assertTrue(log.contains(school.username() + " CREATE ISP ALLOWED"), log.toString());
    }

    @Test
    void theDemoTainanCaseShowsItsPlan_andATaoyuanCaseHasNoIsp() {
        Api tainan = Api.as("tn-counseling");
        JsonObject demo = tainan.get("/api/v1/cases?status=OPEN&size=100").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(c -> c.getString("categoryId").equals("TN-WHO-ADJUSTMENT"))
                .filter(c -> !tainan.get("/api/v1/cases/" + c.getJsonNumber("id") + "/isps").structure().asJsonArray().isEmpty())
                .findFirst().orElse(null);
        assertNotNull(demo, "the demo seeds a Tainan case with an ISP");
        long demoCase = demo.getJsonNumber("id").longValue();

        Api registrar = Api.as("ty-registrar");
        long student = Fixtures.student(registrar, false);
        long taoyuanCase = Casework.openCase(Api.as("ty-counseling"), student, "TW-DROPOUT");

        try (Browser browser = new Browser()) {
            browser.driver.manage().window().setSize(new Dimension(1680, 1500));
            browser.login("tn-counseling", Api.DEMO_PASSWORD);
            browser.waitFor(By.id("header-school"));
            browser.open("/case/" + demoCase);
            browser.waitForText(By.id("case-isp"), "ISP #");
            scrollTo(browser, By.id("case-isp"));
            browser.screenshot("isp-case-workspace");
            click(browser, By.cssSelector("#case-isp .case-isp-plan"));
            browser.waitFor(By.cssSelector("#isp-violations .isp-violation[data-rule='TN-F-EXTERNAL']"));
            browser.waitForText(By.id("isp-slot-TUESDAY-5"), "木工");
            browser.screenshot("isp-demo-plan");
        }
        try (Browser browser = new Browser()) {
            browser.login("ty-counseling", Api.DEMO_PASSWORD);
            browser.waitFor(By.id("header-school"));
            browser.open("/case/" + taoyuanCase);
            browser.waitFor(By.id("case-ladder"));
            browser.waitFor(By.id("case-forms"));
            assertTrue(browser.driver.findElements(By.id("case-isp")).isEmpty(), "a Taoyuan case has no ISP entry");
            browser.open("/case/" + taoyuanCase + "/isp/new");
            browser.waitForText(By.id("isp-not-available"), "沒有個別化支持計畫");
            assertTrue(browser.driver.findElements(By.id("isp-timetable")).isEmpty());
        }
    }

    /** The browser part: from the case workspace to a saved draft with its violations. */
    private static void buildTheTimetable(Browser browser, Casework.School school, long caseId) {
        browser.login(school.username(), Onboarding.PASSWORD);
        browser.waitFor(By.id("header-school"));
        browser.open("/case/" + caseId);
        browser.waitForText(By.id("case-isp"), "個別化支持計畫");
        click(browser, By.id("case-isp-new"));
        browser.waitForUrlEnding("/case/" + caseId + "/isp/new");
        waitForContent(browser, By.id("isp-title"), "新計畫");
        browser.waitFor(By.id("isp-budget"));

        // 8 weeks; an external teacher (the default type); two courses pulling out the case's student.
        type(browser, By.cssSelector("#isp-term-weeks input"), "8");
        click(browser, By.id("isp-teachers-add"));
        type(browser, By.cssSelector("#isp-teacher-name-0 input"), "陳○華");
        assertEquals("外聘教師", browser.waitFor(By.cssSelector("#isp-teacher-type-0 input")).getAttribute("value"));
        click(browser, By.id("isp-courses-add"));
        type(browser, By.cssSelector("#isp-course-name-0 input"), "烘焙");
        click(browser, By.id("isp-courses-add"));
        type(browser, By.cssSelector("#isp-course-name-1 input"), "點心製作");

        place(browser, "MONDAY-3", 0);
        waitForContent(browser, By.id("isp-slot-MONDAY-3"), "【烘焙】陳○華");
        place(browser, "MONDAY-4", 0);
        waitForContent(browser, By.id("isp-slot-MONDAY-4"), "【烘焙】陳○華");
        waitForContent(browser, By.id("isp-budget"), "16 × 450");

        // The same student and teacher twice in one period: the service's refusal, on the cell.
        place(browser, "MONDAY-3", 1);
        WebElement conflict = present(browser, By.cssSelector("#isp-slot-MONDAY-3[data-conflict='true']"));
        String conflictText = conflict.getAttribute("textContent");
        assertTrue(conflictText.contains("星期一 第3節：學生 王○明 已排在第 1 格【烘焙】，不能同時在【點心製作】"), conflictText);
        assertTrue(conflictText.contains("星期一 第3節：陳○華 已在第 1 格教【烘焙】，不能同時教【點心製作】"), conflictText);
        assertTrue(disabled(browser, "isp-submit"), "a plan with conflicts is not submitted");
        scrollTo(browser, By.id("isp-timetable"));
        browser.screenshot("isp-timetable-conflict");
        openPicker(browser, "MONDAY-3");
        List<WebElement> removes = browser.await().until(d -> {
            List<WebElement> shown = d.findElements(By.cssSelector(".isp-cell-remove")).stream()
                    .filter(WebElement::isDisplayed).toList();
            return shown.size() == 2 ? shown : null;
        });
        jsClick(browser, removes.get(1));
        noPicker(browser);
        browser.await().until(d ->
                d.findElements(By.cssSelector("[data-conflict='true']")).isEmpty());
        place(browser, "WEDNESDAY-5", 1);
        waitForContent(browser, By.id("isp-slot-WEDNESDAY-5"), "【點心製作】陳○華");

        // The schedule's rate: 3 periods a week × 8 weeks × 450 (國中), within the rules.
        waitForContent(browser, By.id("isp-budget"), "24 × 450");
        waitForContent(browser, By.id("isp-budget-hourly"), "NT$10,800");
        waitForContent(browser, By.id("isp-violations"), "符合經費規定");
        // 500 agreed with the external teacher: TN-F-EXTERNAL, live in the budget panel.
        type(browser, By.cssSelector("#isp-teacher-rate-0 input"), "500");
        WebElement external = present(browser, By.cssSelector("#isp-violations .isp-violation[data-rule='TN-F-EXTERNAL']"));
        String externalText = external.getAttribute("textContent");
        assertTrue(externalText.contains("外聘教師 國中 鐘點費 500 > 450（陳○華）（TN-F-EXTERNAL）"), externalText);
        waitForContent(browser, By.id("isp-budget"), "24 × 500");
        waitForContent(browser, By.id("isp-budget-hourly"), "NT$12,000");
        assertTrue(disabled(browser, "isp-submit"), "a budget breaking a rule is not submitted");

        // 18 weeks: 54 periods × 500 = 27,000 — over the per-case cap, pointing to 多元教育輔導措施.
        type(browser, By.cssSelector("#isp-term-weeks input"), "18");
        present(browser, By.cssSelector("#isp-violations .isp-violation[data-rule='TN-F-CAP']"));
        waitForContent(browser, By.id("isp-submit-blocked"), "多元教育輔導措施");
        assertTrue(disabled(browser, "isp-submit"));
        waitForContent(browser, By.id("isp-student-timetables"), "王○明");
        scrollTo(browser, By.id("isp-actions"));
        browser.screenshot("isp-timetable-budget");

        // The draft is saved as built, violations and all.
        click(browser, By.id("isp-save"));
        waitForContent(browser, By.id("isp-state"), "草稿");
        assertTrue(browser.driver.getCurrentUrl().matches(".*/case/" + caseId + "/isp/\\d+$"),
                browser.driver.getCurrentUrl());
        present(browser, By.cssSelector("#isp-violations .isp-violation[data-rule='TN-F-EXTERNAL']"));

        browser.open("/case/" + caseId);
        browser.waitForText(By.id("case-isp"), "ISP #");
        assertTrue(browser.driver.findElements(By.id("case-isp-new")).isEmpty(), "one plan in progress per case");
    }

    /**
     * Clicks a slot of the timetable and picks the course at {@code course} in its picker. The
     * previous picker must be gone first: while it closes, its buttons (same ids) are still in the
     * page and a click on the timetable can be lost, as a person's would be.
     */
    private static void place(Browser browser, String slot, int course) {
        openPicker(browser, slot);
        WebElement pick = browser.await().until(d -> d.findElements(By.id("isp-pick-" + course)).stream()
                .filter(WebElement::isDisplayed).filter(b -> b.getAttribute("disabled") == null).findFirst().orElse(null));
        jsClick(browser, pick);
        noPicker(browser);
    }

    /** Clicks a slot until its picker is open; a click is repeated only when nothing is in flight and no picker came. */
    private static void openPicker(Browser browser, String slot) {
        noPicker(browser);
        for (int attempt = 1; ; attempt++) {
            click(browser, By.id("isp-slot-" + slot));
            settle(browser);
            try {
                // The dialog's host element has no box of its own: its course buttons tell it is showing.
                new WebDriverWait(browser.driver, Duration.ofSeconds(5)).until(d ->
                        d.findElements(By.cssSelector("[id^='isp-pick-']")).stream().anyMatch(WebElement::isDisplayed));
                return;
            } catch (TimeoutException e) {
                if (attempt == 3 || !browser.driver.findElements(By.id("isp-cell-dialog")).isEmpty()) {
                    throw e;
                }
            }
        }
    }

    /** No picker in the page, not even one closing, and no request in flight. */
    private static void noPicker(Browser browser) {
        settle(browser);
        browser.await().until(d -> d.findElements(By.id("isp-cell-dialog")).isEmpty()
                && d.findElements(By.cssSelector("[id^='isp-pick-'], .isp-cell-remove")).isEmpty());
        settle(browser);
    }

    /** Replaces a field's text and leaves it (Tab), which is when the editor asks the service again. */
    private static void type(Browser browser, By input, String text) {
        WebElement field = present(browser, input);
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", field);
        field.click();
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
        settle(browser);
    }

    /** Present is enough: the element is scrolled into view and clicked by script (the timetable's slots are plain divs). */
    private static void click(Browser browser, By target) {
        jsClick(browser, present(browser, target));
    }

    /**
     * Waits for text in an element by its content: Chromium scrolls the application layout's own
     * area, and Selenium counts what lies outside the view there as hidden text.
     */
    private static void waitForContent(Browser browser, By target, String text) {
        browser.await().until(d -> {
            List<WebElement> found = d.findElements(target);
            return !found.isEmpty() && found.get(0).getAttribute("textContent").contains(text);
        });
    }

    /** A Vaadin button is disabled by its attribute (WebDriver's isEnabled knows only form controls). */
    private static boolean disabled(Browser browser, String id) {
        return present(browser, By.id(id)).getAttribute("disabled") != null;
    }

    private static WebElement present(Browser browser, By target) {
        return browser.await()
                .until(ExpectedConditions.presenceOfElementLocated(target));
    }

    private static void jsClick(Browser browser, WebElement element) {
        ((JavascriptExecutor) browser.driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
        settle(browser);
    }

    /** Waits until the page has no request to the server in flight (the service has answered the last change). */
    private static void settle(Browser browser) {
        browser.await().until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "const flow = window.Vaadin && window.Vaadin.Flow;"
                        + "return !flow || !flow.clients || Object.values(flow.clients)"
                        + ".every(c => typeof c.isActive !== 'function' || !c.isActive());"));
    }

    private static void scrollTo(Browser browser, By target) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'start'});",
                present(browser, target));
    }
}
