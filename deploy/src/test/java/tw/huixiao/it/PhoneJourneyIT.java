package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Issue 17 §2–3 in a real browser: a homeroom teacher takes the roll on a phone (390×844, one
 * tap per status, a correction, the save button always on screen, the saved line with time and
 * name) and at a desk (one key per status, typing over a mistake, Tab and arrows keep moving,
 * Ctrl+S); then every main screen, as the role that uses it, fits a phone and a tablet without
 * scrolling sideways (the document's and the app layout's scroll width are measured).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PhoneJourneyIT {

    private static final Api ADMIN = Api.as("platform-admin");
    /** 楊○文 導師, class 702 of the Taoyuan demo school. */
    private static final String TEACHER = "ty-homeroom-702";
    private static final String TEACHER_NAME = "楊○文 導師";

    /** Finds {@code s}, the element that scrolls the roll (the app layout's content or the document). */
    private static final String SCROLLER = """
            let s = document.getElementById('roll-grid');
            while (s && !(s.nodeType === 1 && s.scrollHeight > s.clientHeight + 1
                    && /(auto|scroll)/.test(getComputedStyle(s).overflowY))) {
              s = s.assignedSlot || s.parentNode || s.host;
              if (s instanceof ShadowRoot) s = s.host;
              if (s === document) { s = document.scrollingElement; break; }
            }
            """;

    @AfterAll
    static void systemClock() {
        ADMIN.delete("/api/v1/admin/clock");
    }

    @Test
    @Order(1)
    void homeroomTeacherTakesTheRollOnAPhoneAndAtADesk() {
        // Tuesday 2026-03-10, 07:52 in Taipei: a school day at the Taoyuan demo school.
        assertEquals(200, ADMIN.put("/api/v1/admin/clock", "{\"instant\":\"2026-03-10T07:52:00+08:00\"}").status());
        Api teacher = Api.as(TEACHER);
        long absent;
        long corrected;
        try (Browser browser = new Browser()) {
            viewport(browser, 390, 844, true);
            browser.login(TEACHER, Api.DEMO_PASSWORD);
            browser.waitFor(By.id("header-user"));
            browser.open("/attendance");
            browser.waitForText(By.id("roll-saved-line"), "今日尚未點名");
            List<Long> students = students(browser);
            assertTrue(students.size() > 10, "a class: " + students);
            absent = students.get(2);
            corrected = students.get(3);

            // One tap per status; the row is marked and its code follows (TW-DROPOUT counts 曠課 days).
            tap(browser, absent, "UNEXCUSED");
            waitForStatus(browser, absent, "UNEXCUSED");
            assertRow(browser, absent, "2", "曠課");
            assertTrue(row(browser, absent).getAttribute("class").contains("roll-absent"), "absent rows are marked");
            // A mistaken tap corrected by another.
            tap(browser, corrected, "PERSONAL_LEAVE");
            waitForStatus(browser, corrected, "PERSONAL_LEAVE");
            tap(browser, corrected, "PRESENT");
            waitForStatus(browser, corrected, "PRESENT");
            assertRow(browser, corrected, "1", "出席");
            browser.waitForText(By.id("roll-unsaved"), "尚有 1 位學生的變更未儲存");

            // The class is taller than the phone, yet saving is always one tap away.
            Boolean tall = js(browser, SCROLLER + "return s.scrollHeight > window.innerHeight * 1.5;");
            assertTrue(tall, "the roll is more than a screen high");
            assertSaveOnScreen(browser);
            js(browser, SCROLLER + "s.scrollTop = s.scrollHeight / 2; return true;");
            assertSaveOnScreen(browser);
            assertNoSidewaysScroll(browser, "roll");
            js(browser, SCROLLER + "s.scrollTop = 0; return true;");
            browser.screenshot("roll-phone");

            browser.driver.findElement(By.id("roll-save")).click();
            browser.waitForText(By.id("roll-saved-line"), "今日點名已於 07:52 由 " + TEACHER_NAME + " 儲存");
            waitForStatus(browser, absent, "UNEXCUSED");
            assertSaveOnScreen(browser);
            browser.screenshot("roll-phone-saved");
        }
        // The platform knows who saved the class's roll and when (API too), and detection ran.
        long classId = teacher.get("/api/v1/students/" + absent).json().getJsonNumber("classId").longValue();
        JsonObject saved = teacher.get("/api/v1/attendance/classes/" + classId + "/saved?date=2026-03-10").json();
        assertTrue(saved.getBoolean("saved"), saved.toString());
        assertEquals(TEACHER_NAME, saved.getString("savedByName"));
        assertTrue(saved.getString("savedAt").startsWith("2026-03-09T23:52"), saved.toString());
        assertFalse(teacher.get("/api/v1/attendance/classes/" + classId + "/saved?date=2026-03-09").json()
                .getBoolean("saved"), "no roll taken on Monday");
        assertTrue(openDuties(teacher).contains("TY-D1-CONTACT " + absent),
                "the roll's absence starts day 1 of the ladder (TY-D1-CONTACT): " + openDuties(teacher));

        // At a desk, 08:05: keys only. The absent student came in; another is sick.
        assertEquals(200, ADMIN.put("/api/v1/admin/clock", "{\"instant\":\"2026-03-10T08:05:00+08:00\"}").status());
        try (Browser browser = new Browser()) {
            viewport(browser, 1400, 900, false);
            browser.login(TEACHER, Api.DEMO_PASSWORD);
            browser.waitFor(By.id("header-school"));
            browser.open("/attendance");
            browser.waitForText(By.id("roll-saved-line"), "今日點名已於 07:52 由 " + TEACHER_NAME + " 儲存");
            List<Long> students = students(browser);
            long first = students.get(0);
            WebElement firstKey = browser.waitFor(By.cssSelector("#roll-key-" + first + " input"));
            firstKey.click();
            // Typing 2 shows code 2 beside 曠課 (it showed 1 before), and focus stays for Tab.
            firstKey.sendKeys("2");
            waitForStatus(browser, first, "UNEXCUSED");
            assertRow(browser, first, "2", "曠課");
            assertFocusOn(browser, first);
            // Typing over a mistake, without selecting it first.
            firstKey.sendKeys("3");
            waitForStatus(browser, first, "PERSONAL_LEAVE");
            firstKey.sendKeys("1");
            waitForStatus(browser, first, "PRESENT");
            assertRow(browser, first, "1", "出席");
            assertFocusOn(browser, first);
            // Tab and the arrow keys walk the class; every key lands on the focused student.
            activeInput(browser).sendKeys(Keys.TAB);
            assertFocusOn(browser, students.get(1));
            activeInput(browser).sendKeys(Keys.ARROW_DOWN);
            assertFocusOn(browser, absent);
            activeInput(browser).sendKeys("1");
            waitForStatus(browser, absent, "PRESENT");
            activeInput(browser).sendKeys(Keys.ARROW_DOWN, "4");
            waitForStatus(browser, corrected, "SICK_LEAVE");
            assertRow(browser, corrected, "4", "病假");
            assertTrue(row(browser, corrected).getAttribute("class").contains("roll-leave"), "leave rows are marked");
            activeInput(browser).sendKeys(Keys.ARROW_UP);
            assertFocusOn(browser, absent);
            assertSaveOnScreen(browser);
            assertNoSidewaysScroll(browser, "roll (desktop)");
            browser.screenshot("roll-desktop");
            activeInput(browser).sendKeys(Keys.chord(Keys.CONTROL, "s"));
            browser.waitForText(By.id("roll-saved-line"), "今日點名已於 08:05 由 " + TEACHER_NAME + " 儲存");
            waitForStatus(browser, corrected, "SICK_LEAVE");
            browser.screenshot("roll-desktop-saved");
        }
    }

    /** Every main screen, as the role that uses it, at a phone's and a tablet's width. */
    @Test
    @Order(2)
    void everyMainScreenFitsAPhoneAndATablet() {
        ADMIN.delete("/api/v1/admin/clock");
        Api counsellor = Api.as("ty-counseling");
        long student = Api.as("ty-homeroom-701").get("/api/v1/students?size=1").json().getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();
        long taoyuanCase = Casework.openCase(counsellor, student, "TW-DROPOUT");
        Api.Reply record = counsellor.post("/api/v1/cases/" + taoyuanCase + "/forms/TY-CONTACT-RECORD-B", """
                {"data":{"studentName":"王○明","className":"701","indigenous":false,"contactDate":"2026-03-09",
                 "contactedParty":"LEGAL_REPRESENTATIVE","contactedPerson":"王○華","relationship":"父",
                 "method":"PHONE","content":"父親表示學生身體不適","outcome":"CAUSE_KNOWN","emergency":false,
                 "reportedTo":["STUDENT_AFFAIRS"],"nextSteps":["KEEP_CONTACT"]}}""");
        assertEquals(201, record.status(), record.toString());
        long recordId = record.json().getJsonNumber("id").longValue();
        Api newTaipei = Api.as("nt-counseling");
        long ntStudent = newTaipei.get("/api/v1/students?size=1").json().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
        long ntCase = Casework.openCase(newTaipei, ntStudent, "NT-CAT1");
        Api yunlin = Api.as("yl-counseling");
        long campaign = yunlin.get("/api/v1/screening-campaigns").structure().asJsonArray().getJsonObject(0)
                .getJsonNumber("id").longValue();
        Api tainan = Api.as("tn-counseling");
        long tainanCase = 0;
        long plan = 0;
        for (JsonValue c : tainan.get("/api/v1/cases?size=100").json().getJsonArray("items")) {
            long id = c.asJsonObject().getJsonNumber("id").longValue();
            var plans = tainan.get("/api/v1/cases/" + id + "/isps").structure().asJsonArray();
            if (!plans.isEmpty()) {
                tainanCase = id;
                plan = plans.getJsonObject(0).getJsonNumber("id").longValue();
                break;
            }
        }
        assertTrue(plan > 0, "the demo seeds a Tainan case with an ISP");

        List<Screen> screens = List.of(
                // The roll journey left this teacher the day-1 duty (TY-D1-CONTACT), now overdue.
                new Screen(TEACHER, "today", "/today", "today-list"),
                new Screen("ty-homeroom-701", "roll", "/attendance", "roll-footer"),
                new Screen("ty-homeroom-701", "students", "/students", "student-filter"),
                new Screen("ty-homeroom-701", "student", "/student/" + student, "student-title"),
                new Screen("ty-counseling", "today-counselling", "/today", "today-list"),
                new Screen("ty-counseling", "cases", "/cases", "cases-count"),
                new Screen("ty-counseling", "case", "/case/" + taoyuanCase, "case-ladder"),
                new Screen("ty-counseling", "form", "/form?record=" + recordId, "form-title"),
                new Screen("ty-counseling", "calendar", "/calendar", "calendar-grid"),
                new Screen("nt-counseling", "re-enrolment", "/re-enrolment/" + ntCase, "reenrolment-title"),
                new Screen("yl-counseling", "screening", "/screening", "campaigns-grid"),
                new Screen("yl-counseling", "screening-campaign", "/screening/campaign/" + campaign, "campaign-title"),
                new Screen("yl-counseling", "roster", "/roster/115", "roster-table"),
                new Screen("tn-principal", "isp", "/case/" + tainanCase + "/isp/" + plan, "isp-title"));
        List<String> failures = new ArrayList<>();
        for (int[] size : new int[][] {{390, 844}, {768, 1024}}) {
            String device = size[0] < 600 ? "phone" : "tablet";
            try (Browser browser = new Browser()) {
                viewport(browser, size[0], size[1], true);
                browser.open("/login");
                browser.waitFor(By.cssSelector("vaadin-login-form input[name='username']"));
                check(browser, device + "-login", failures);
                String user = null;
                for (Screen screen : screens) {
                    if (!screen.user().equals(user)) {
                        browser.driver.manage().deleteAllCookies();
                        browser.login(screen.user(), Api.DEMO_PASSWORD);
                        browser.waitFor(By.id("header-user"));
                        user = screen.user();
                    }
                    browser.open(screen.path());
                    browser.waitFor(By.id(screen.ready()));
                    if (device.equals("phone")) {
                        assertPhoneHeader(browser, screen.name());
                    }
                    check(browser, device + "-" + screen.name(), failures);
                }
                if (device.equals("phone")) {
                    casesFiltersFold(browser, failures);
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private record Screen(String user, String name, String path, String ready) {
    }

    /** Lets the page settle, takes its screenshot and records any sideways scrolling. */
    private static void check(Browser browser, String name, List<String> failures) {
        browser.settle();
        browser.screenshot(name);
        String overflow = sidewaysOverflow(browser);
        if (overflow != null) {
            failures.add(name + ": " + overflow);
        }
    }

    /** On a phone the header keeps the drawer toggle, the title and logout; the school moves to the drawer. */
    private static void assertPhoneHeader(Browser browser, String screen) {
        assertTrue(browser.driver.findElement(By.id("logout")).isDisplayed(), screen + ": logout reachable");
        assertTrue(browser.driver.findElement(By.cssSelector("vaadin-drawer-toggle")).isDisplayed(), screen);
        assertFalse(browser.driver.findElement(By.id("header-school")).isDisplayed(),
                screen + ": the school's name is in the drawer on a phone");
        Number height = js(browser, "return document.querySelector('vaadin-app-layout').shadowRoot"
                + ".querySelector('[part=navbar]').getBoundingClientRect().height");
        assertTrue(height.doubleValue() < 80, screen + ": the header stays one line, not " + height);
    }

    /** The case list's filters fold behind 篩選 on a phone and open with it. */
    private static void casesFiltersFold(Browser browser, List<String> failures) {
        browser.driver.manage().deleteAllCookies();
        browser.login("ty-counseling", Api.DEMO_PASSWORD);
        browser.waitFor(By.id("header-user"));
        browser.open("/cases");
        browser.waitFor(By.id("cases-count"));
        assertFalse(browser.driver.findElement(By.id("cases-kind")).isDisplayed(), "filters folded on a phone");
        browser.driver.findElement(By.id("cases-filter-toggle")).click();
        browser.waitFor(By.id("cases-kind"));
        check(browser, "phone-cases-filters", failures);
    }

    /**
     * Null if nothing scrolls sideways; otherwise the widths and the widest elements. The app
     * layout's content is measured too, in case it scrolls inside.
     */
    private static String sidewaysOverflow(Browser browser) {
        return js(browser, """
                const width = window.innerWidth;
                const doc = document.documentElement.scrollWidth;
                const layout = document.querySelector('vaadin-app-layout');
                const content = layout && layout.shadowRoot && layout.shadowRoot.querySelector('[content]');
                const inner = content ? content.scrollWidth - content.clientWidth : 0;
                if (doc <= width && inner <= 0) return null;
                const wide = Array.from(document.querySelectorAll('body *'))
                    .filter(e => e.getBoundingClientRect().right > width + 1 && e.getBoundingClientRect().width > 0)
                    .slice(-6).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                        + (e.className && typeof e.className === 'string' ? '.' + e.className.split(' ').join('.') : '')
                        + ' right=' + Math.round(e.getBoundingClientRect().right));
                return 'scrollWidth ' + doc + ' / content +' + inner + ' > ' + width + ': ' + wide.join(', ');
                """);
    }

    static void assertNoSidewaysScroll(Browser browser, String screen) {
        String overflow = sidewaysOverflow(browser);
        assertTrue(overflow == null, screen + " scrolls sideways: " + overflow);
    }

    /** Phone or desktop through Chromium's device emulation: the page sees that width exactly. */
    static void viewport(Browser browser, int width, int height, boolean mobile) {
        ((ChromeDriver) browser.driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    private static List<Long> students(Browser browser) {
        browser.waitFor(By.cssSelector(".roll-row[data-status]"));
        return browser.driver.findElements(By.cssSelector(".roll-row[data-status]")).stream()
                .map(e -> Long.parseLong(e.getAttribute("id").substring("roll-row-".length()))).toList();
    }

    private static WebElement row(Browser browser, long student) {
        return browser.driver.findElement(By.id("roll-row-" + student));
    }

    /** A finger on the status: the row is scrolled to the middle, as a thumb would (the footer covers the bottom). */
    private static void tap(Browser browser, long student, String status) {
        WebElement button = browser.driver.findElement(
                By.cssSelector("#roll-row-" + student + " vaadin-button[data-status='" + status + "']"));
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        button.click();
    }

    private static void waitForStatus(Browser browser, long student, String status) {
        browser.await()
                .until(d -> status.equals(row(browser, student).getAttribute("data-status")));
    }

    /** The code in the key field (hidden on a phone, but kept) and the status beside it agree. */
    private static void assertRow(Browser browser, long student, String code, String label) {
        browser.await().until(d -> code.equals(
                js(browser, "return document.getElementById('roll-key-" + student + "').value")));
        assertEquals(label, browser.driver.findElement(By.id("roll-status-" + student)).getText());
        WebElement pressed = browser.driver.findElement(
                By.cssSelector("#roll-row-" + student + " vaadin-button[aria-pressed='true']"));
        assertEquals(row(browser, student).getAttribute("data-status"), pressed.getAttribute("data-status"));
    }

    private static void assertFocusOn(Browser browser, long student) {
        browser.await(Duration.ofSeconds(10)).until(d -> ("roll-key-" + student).equals(js(browser,
                "const a = document.activeElement; const f = a && a.closest('vaadin-text-field');"
                        + " return f ? f.id : (a ? a.tagName : null);")));
    }

    private static WebElement activeInput(Browser browser) {
        return browser.driver.switchTo().activeElement();
    }

    private static void assertSaveOnScreen(Browser browser) {
        Boolean visible = js(browser, "const r = document.getElementById('roll-save').getBoundingClientRect();"
                + " return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;");
        assertTrue(visible, "the save button is on screen");
    }

    @SuppressWarnings("unchecked")
    private static <T> T js(Browser browser, String script) {
        return (T) ((JavascriptExecutor) browser.driver).executeScript(script);
    }

    private static List<String> openDuties(Api teacher) {
        Api.Reply reply = teacher.get("/api/v1/tasks?due=open");
        assertEquals(200, reply.status(), reply.toString());
        return reply.structure().asJsonArray().stream().map(JsonValue::asJsonObject)
                .map(t -> t.getString("ruleId") + " " + t.getJsonNumber("studentId").longValue()).toList();
    }
}
