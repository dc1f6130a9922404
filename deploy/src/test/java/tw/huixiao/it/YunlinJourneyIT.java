package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tw.huixiao.it.BrowserSteps.click;
import static tw.huixiao.it.BrowserSteps.scrollTo;
import static tw.huixiao.it.BrowserSteps.type;
import static tw.huixiao.it.BrowserSteps.choose;
import static tw.huixiao.it.BrowserSteps.setValue;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Yunlin's screening, roster and coded referral in a real browser (issue 8 §6, issue 7 §3–5): at a
 * freshly onboarded Yunlin school the counsellor starts a screening of class 701 (YL-SCREEN); the
 * class's 導師 opens a student's 附表一 from the campaign and signs stages 1–2, the counsellor stage 3,
 * the unit head stamps stage 4 with a strategy, and the campaign shows the student as high-care with
 * a case. The counsellor generates the school year's 附表二 (YL-ROSTER): 2-, 3- and 4-character names
 * masked as 王○ / 黃○進 / 歐○○華 and no unmasked name anywhere in the page; signs it as 承辦人; the
 * printout and the CSV behind the page's links are masked too. On the student's case the referral to
 * 教育處 carries 附表三 (YL-REF-DROPOUT): refused on its behaviour-code field without one, drafted with
 * A and E, and not sent before it is signed through; two counselling periods without effect propose
 * the 轉向評估. The 導師 of another class sees neither the campaign nor the student. The demo
 * school's partly done screening and masked roster show as seeded; a Taoyuan school has no such
 * screens. Names such as 黃小進 are synthetic: the roster must mask real names, so the test needs some.
 */
class YunlinJourneyIT {

    private static final List<String> NAMES = List.of("黃小進", "王明", "歐陽小華", "陳大文", "張三豐");

    @AfterAll
    static void systemClock() {
        Casework.ADMIN.delete("/api/v1/admin/clock");
    }

    @Test
    void aClassIsScreenedSignedStageByStageIntoAMaskedRosterAndACodedReferral() throws Exception {
        Fixtures.clock("2026-03-02T09:00:00+08:00");
        Casework.School school = Casework.school("YUNLIN", "journey");
        Api registrar = school.office();
        Casework.Staff counsellor = Casework.head(school, "COUNSELING", "COUNSELING_SECTION_HEAD", "吳○志 輔導組長");
        Casework.Staff head = Casework.head(school, "COUNSELING", "COUNSELING_DIRECTOR", "陳○美 輔導主任");
        Casework.Staff teacherA = Casework.staff(school, "HOMEROOM_TEACHER", "楊○文 導師");
        Casework.Staff teacherB = Casework.staff(school, "HOMEROOM_TEACHER", "許○安 導師");
        long class701 = Casework.homeroomClass(school, teacherA, 7, "701");
        long class702 = Casework.homeroomClass(school, teacherB, 7, "702");
        Escalations.semester(registrar, 114, 2, "2026-02-23", "2026-06-30");
        long huang = Casework.student(registrar, "黃小進", "2013-05-01", 7, class701);
        long wang = Casework.student(registrar, "王明", "2013-06-01", 7, class701);
        long ouyang = Casework.student(registrar, "歐陽小華", "2013-07-01", 7, class701);
        Casework.student(registrar, "陳大文", "2013-09-01", 7, class701);
        Casework.student(registrar, "張三豐", "2013-08-01", 7, class702);

        long campaignId;
        long huangRecord;
        try (Browser browser = new Browser()) {
            // YL-SCREEN: the counsellor starts a screening of class 701 for 114-2 (the defaults of today).
            browser.login(counsellor.username(), Onboarding.PASSWORD);
            browser.waitForText(By.tagName("vaadin-side-nav"), "高關懷學生名冊");
            browser.open("/screening");
            click(browser, By.id("campaign-new"));
            click(browser, By.id("campaign-form-submit"));
            browser.waitFor(By.cssSelector("#campaign-class[invalid]"));
            browser.pick("campaign-class", "701");
            click(browser, By.id("campaign-form-submit"));
            browser.waitForText(By.id("campaign-title"), "114 學年度第 2 學期 · 701 班");
            browser.waitForText(By.id("screening-grid"), "歐陽小華");
            campaignId = Long.parseLong(browser.driver.getCurrentUrl().replaceAll(".*/screening/campaign/(\\d+).*", "$1"));
            Map<Long, JsonObject> assessments = Screenings.byStudent(counsellor.api().get(
                    "/api/v1/screening-campaigns/" + campaignId + "/assessments"));
            assertEquals(4, assessments.size(), "class 701 only");
            huangRecord = assessments.get(huang).getJsonNumber("recordId").longValue();

            // 王明 and 歐陽小華 go through the four stages over the API, so that the roster has three lengths of name.
            Screenings.screen(assessments.get(wang), teacherA, counsellor, head, "YL-C4", "[\"YL-C4\"]",
                    "[\"MENTOR_TEACHER\"]");
            Screenings.screen(assessments.get(ouyang), teacherA, counsellor, head, "YL-C2", "[\"YL-C2\"]",
                    "[{\"code\":\"DROPOUT_OUTREACH\",\"text\":\"示範外展中心\"}]");

            // 黃小進: the 導師 opens the record from the campaign and signs stages 1–2; stage 3 is not theirs.
            try (Browser teacher = new Browser()) {
                teacher.login(teacherA.username(), Onboarding.PASSWORD);
                teacher.waitForText(By.tagName("vaadin-side-nav"), "高關懷學生篩選");
                assertFalse(teacher.driver.findElement(By.tagName("vaadin-side-nav")).getText().contains("高關懷學生名冊"),
                        "the roster is for the offices and the principal");
                teacher.open("/screening");
                teacher.waitForText(By.id("campaigns-grid"), "701");
                row(teacher, By.xpath("//vaadin-grid-cell-content[contains(., '701 班')]"));
                teacher.waitForText(By.id("screening-grid"), "黃小進");
                row(teacher, By.cssSelector(".assessment-name[data-record='" + huangRecord + "']"));
                teacher.waitForText(By.id("form-title"), "附表一");
                choose(teacher, field("behaviourCrisis"), "經常性請假或曠課");
                choose(teacher, field("learningGapCrisis"), "學習意願低落");
                choose(teacher, field("crisisByHomeroom"), "中輟之虞");
                saveAndSign(teacher, "stage1");
                click(teacher, By.id("form-sign-stage2"));
                teacher.confirm();
                teacher.waitFor(signed("stage2"));
                assertTrue(teacher.driver.findElements(By.id("form-sign-stage3")).isEmpty(), "stage 3 is the counsellor's");
                click(teacher, By.id("form-back"));
                teacher.waitForText(By.id("campaign-title"), "701 班");
            }

            // The counsellor's crisis state (stage 3), then the unit head's strategy and stamp (stage 4).
            browser.open("/form?record=" + huangRecord);
            browser.waitFor(signed("stage2"));
            choose(browser, field("crisisByCounsellor"), "中輟之虞");
            saveAndSign(browser, "stage3");
            assertTrue(browser.driver.findElements(By.id("form-sign-stage4")).isEmpty(),
                    "stage 4 (單位主管核章) is the 輔導主任's, not the 輔導組長's (YL-SCREEN)");
            try (Browser unitHead = new Browser()) {
                unitHead.login(head.username(), Onboarding.PASSWORD);
                unitHead.waitFor(By.id("header-school"));
                unitHead.open("/form?record=" + huangRecord);
                unitHead.waitFor(signed("stage3"));
                choose(unitHead, field("strategy"), "需安排認輔老師");
                saveAndSign(unitHead, "stage4");
                unitHead.waitForText(By.id("form-status"), "已完成核章");
            }

            // The campaign: progress per stage and outcome, 黃小進 high-care with a case and a task.
            browser.open("/screening/campaign/" + campaignId);
            browser.waitFor(By.cssSelector(".assessment-outcome[data-outcome='HIGH_CARE']"));
            wait(browser).until(d -> d.findElements(By.cssSelector(".assessment-outcome[data-outcome='HIGH_CARE']"))
                    .size() == 3);
            String students = browser.driver.findElement(By.id("screening-grid")).getText();
            assertTrue(students.contains("需安排認輔老師（待辦）"), students);
            assertTrue(students.contains("已完成四階段"), students);
            String legend = browser.waitFor(By.id("campaign-legend")).getText();
            assertTrue(legend.contains("尚未評估 1") && legend.contains("高關懷學生（需輔導處遇） 3"), legend);
            scrollTo(browser, By.id("campaign-title"));
            browser.screenshot("yunlin-screening");
            long huangCase = Screenings.byStudent(counsellor.api().get("/api/v1/screening-campaigns/" + campaignId
                    + "/assessments")).get(huang).getJsonNumber("caseId").longValue();

            // YL-ROSTER: generated from the stamped 附表一, masked names only, signed as 承辦人.
            browser.open("/roster/114");
            browser.waitFor(By.id("roster-none"));
            click(browser, By.id("roster-generate"));
            browser.waitForText(By.id("roster-table"), "黃○進");
            String table = browser.driver.findElement(By.id("roster-table")).getText();
            for (String masked : List.of("王○", "黃○進", "歐○○華", "姓名(以匿名處理,例:黃○進)", "需安排認輔老師",
                    "需轉介其他單位 名稱: 中輟外展服務（示範外展中心）", "中輟之虞(時輟時復等)", "115/03/02")) {
                assertTrue(table.contains(masked), masked + " in " + table);
            }
            assertNoName(browser.driver.getPageSource(), "the roster page");
            click(browser, By.id("form-sign-officer"));
            browser.confirm();
            browser.waitFor(signed("officer"));
            browser.waitForText(By.cssSelector(".form-stage[data-stage='officer']"), "吳○志 輔導組長");
            assertTrue(browser.driver.findElements(By.id("form-sign-principal")).isEmpty(), "the 校長 stamps last");
            assertNoName(browser.driver.getPageSource(), "the signed roster page");
            browser.screenshot("yunlin-roster");

            // The printout and the export behind the page's links: masked too, and the export logged.
            String session = browser.driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                    .collect(Collectors.joining("; "));
            String pdf = Pdfs.text(Pdfs.load(Pdfs.fetchWithCookies(
                    browser.waitFor(By.id("form-print")).getAttribute("href"), session), null));
            assertTrue(pdf.contains("黃○進") && pdf.contains("歐○○華"), pdf);
            assertNoName(pdf, "the printed roster");
            HttpResponse<byte[]> csv = Pdfs.fetchWithCookies(browser.waitFor(By.id("roster-export-csv"))
                    .getAttribute("href"), session);
            assertEquals(200, csv.statusCode());
            assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
            String rows = new String(csv.body(), StandardCharsets.UTF_8);
            assertNoName(rows, "the exported roster");
            List<List<String>> records = CSVFormat.EXCEL.parse(new StringReader(rows.substring(1))).getRecords().stream()
                    .map(CSVRecord::toList).toList();
            assertEquals(List.of("編號", "日期", "年級", "姓名(以匿名處理,例:黃○進)", "家庭背景", "高關懷學生危機狀態", "高關懷學生輔導策略"),
                    records.get(0));
            assertEquals(List.of("3", "115/03/02", "7年級", "黃○進", "", "中輟之虞(時輟時復等)", "需安排認輔老師"), records.get(3));
            assertEquals(List.of("歐○○華", "王○", "黃○進"), records.stream().skip(1).map(r -> r.get(3)).toList());
            HttpResponse<byte[]> xlsx = Pdfs.fetchWithCookies(browser.waitFor(By.id("roster-export-xlsx"))
                    .getAttribute("href"), session);
            assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    xlsx.headers().firstValue("Content-Type").orElse(""));
            List<String> exports = Fixtures.exportLog(school.schoolId());
            assertEquals(2, exports.size(), exports.toString());
            assertTrue(exports.get(0).startsWith(counsellor.username() + " EXPORT ROSTER EXPORT format=csv; schoolYear=114; "),
                    exports.get(0));
            assertTrue(exports.get(0).endsWith("students=3"), exports.get(0));

            // YL-REF-DROPOUT: the referral to 教育處 carries 附表三; its rules answer on its fields.
            browser.open("/case/" + huangCase);
            click(browser, By.id("tab-referrals"));
            click(browser, By.id("referral-new"));
            browser.pick("referral-agency", "雲林縣政府教育處");
            browser.waitForText(By.id("referral-carried"), "附表三");
            type(browser, By.cssSelector("#referral-reason textarea"), "中輟高危險群，經學生復學輔導小組評估轉介");
            setValue(browser, field("className"), "701");
            setValue(browser, field("seatNumber"), "3");
            setValue(browser, field("studentName"), "黃小進");
            setValue(browser, field("referralDate"), "2026-03-02");
            setValue(browser, field("behaviourAndNeeds"), "時輟時復，需教育處協助（測試資料）");
            click(browser, By.id("referral-form-submit"));
            browser.waitFor(By.cssSelector("#referral-carried-form [data-field='behaviourCodes'][invalid]"));
            scrollTo(browser, field("behaviourCodes"));
            browser.screenshot("yunlin-referral");
            choose(browser, field("behaviourCodes"), "A. 有中輟之虞");
            choose(browser, field("behaviourCodes"), "E. 家庭暴力");
            click(browser, By.id("referral-form-submit"));
            WebElement carried = browser.waitFor(By.cssSelector("#case-referrals .referral-carried[data-status='DRAFT']"));
            assertTrue(carried.getText().contains("A、E"), carried.getText());
            assertTrue(carried.getText().contains("表單完成簽核後才能送出轉介"), carried.getText());
            click(browser, By.cssSelector("#case-referrals [id^='referral-send-']"));
            type(browser, By.cssSelector("#referral-step-reference input"), "雲示字第1150000009號");
            click(browser, By.id("referral-step-form-submit"));
            browser.waitForText(By.id("referral-step-form-answer"), "尚未完成簽核");
            browser.screenshot("yunlin-referral-send-refused");
            click(browser, By.id("referral-step-form-cancel"));
            String recordOfForm = carried.getAttribute("data-record");
            click(browser, By.id("referral-form-open-" + recordOfForm));
            browser.waitForText(By.id("form-title"), "附表三");
            browser.waitFor(By.id("form-stages"));
            assertTrue(browser.driver.findElements(By.id("form-sign-referringTeacher")).isEmpty(),
                    "the referring teacher signs first, not the counselling office");

            // Two counselling periods without effect propose the 轉向評估 (YL-REF-DROPOUT), shown on the case.
            browser.open("/case/" + huangCase);
            click(browser, By.id("tab-periods"));
            period(browser, "2025-09-01", "2025-11-30");
            browser.waitForText(By.id("period-without-effect"), "1");
            period(browser, "2025-12-01", "2026-02-28");
            browser.waitForText(By.id("period-proposal"), "轉向評估小組");
            assertTrue(browser.driver.findElement(By.id("period-proposal")).getText().contains("YL-REF-DROPOUT"));
            scrollTo(browser, By.id("casework-tabs"));
            browser.screenshot("yunlin-periods");
        }

        // The 導師 of class 702 sees neither the campaign of 701 nor its student's record.
        try (Browser other = new Browser()) {
            other.login(teacherB.username(), Onboarding.PASSWORD);
            other.waitFor(By.id("header-school"));
            other.open("/screening");
            other.waitFor(By.id("campaigns-grid"));
            assertFalse(other.driver.findElement(By.id("campaigns-grid")).getText().contains("701"));
            other.open("/screening/campaign/" + campaignId);
            other.waitFor(By.id("campaign-not-found"));
            other.open("/form?record=" + huangRecord);
            other.waitFor(By.id("form-not-found"));
            assertFalse(other.driver.getPageSource().contains("黃小進"));
        }
    }

    @Test
    void theDemoSchoolShowsItsScreeningAndMaskedRosterAndOtherCountiesHaveNoSuchScreens() {
        try (Browser browser = new Browser()) {
            browser.login("yl-counseling", Api.DEMO_PASSWORD);
            browser.waitForText(By.tagName("vaadin-side-nav"), "高關懷學生篩選");
            browser.open("/screening");
            browser.waitForText(By.id("campaigns-grid"), "115 學年度第 1 學期");
            browser.open("/roster/115");
            browser.waitFor(By.id("roster-table"));
            List<String> names = browser.driver.findElements(By.cssSelector("#roster-table vaadin-grid-cell-content"))
                    .stream().map(WebElement::getText).filter(t -> t.matches(".○.")).toList();
            assertEquals(2, names.size(), names.toString());
            browser.waitForText(By.id("roster-status"), "草稿");
        }
        try (Browser browser = new Browser()) {
            browser.login("ty-counseling", Api.DEMO_PASSWORD);
            browser.waitFor(By.id("header-school"));
            assertFalse(browser.driver.findElement(By.tagName("vaadin-side-nav")).getText().contains("高關懷學生篩選"));
            browser.open("/screening");
            browser.waitFor(By.id("screening-unavailable"));
        }
    }

    /** A counselling period without effect, recorded in the case's tab. */
    private static void period(Browser browser, String startsOn, String endsOn) {
        click(browser, By.id("period-new"));
        setValue(browser, By.id("period-starts-on"), startsOn);
        setValue(browser, By.id("period-ends-on"), endsOn);
        choose(browser, By.id("period-effective"), "未見成效");
        click(browser, By.id("period-form-submit"));
        // The dialog closes and the tab is drawn again: the next period's dialog must not find this one.
        wait(browser).until(d -> d.findElements(By.id("period-form")).isEmpty());
        browser.waitFor(By.id("period-grid"));
    }

    /** A grid row, clicked as a user does (a real click, which the grid turns into an item click). */
    private static void row(Browser browser, By cell) {
        WebElement element = browser.waitFor(cell);
        scrollTo(browser, cell);
        element.click();
    }

    /** Saves the record as drawn and signs the stage. */
    private static void saveAndSign(Browser browser, String stage) {
        click(browser, By.id("form-save"));
        browser.waitForText(By.tagName("vaadin-notification-card"), "已儲存");
        click(browser, By.id("form-sign-" + stage));
        browser.confirm();
        browser.waitFor(signed(stage));
    }

    private static By field(String key) {
        return By.cssSelector("[data-field='" + key + "']");
    }

    private static By signed(String stage) {
        return By.cssSelector(".form-stage[data-stage='" + stage + "'][data-signed='true']");
    }

    private static void assertNoName(String text, String where) {
        for (String name : NAMES) {
            assertFalse(text.contains(name), where + " holds the unmasked name " + name);
        }
    }

    private static WebDriverWait wait(Browser browser) {
        return browser.await();
    }
}
