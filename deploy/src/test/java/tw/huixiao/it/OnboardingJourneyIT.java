package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tw.huixiao.platform.domain.student.NationalId;

/**
 * Issue 19: a county onboarded in a real browser, in zh-TW. The platform administrator uploads the
 * school list at 1400 px (preview, apply) and sees the console; the new school's administrator, on
 * a phone (390×844), imports the students from a Big5 export (preview, apply), dry-runs the
 * school-year rollover and applies it. Screenshots of both consoles at both widths. The school of
 * this class has code 919201; its staff accounts come from the API (the staff import is issue 19 §2).
 */
class OnboardingJourneyIT {

    private static final Api ADMIN = Api.as("platform-admin");
    private static final Charset BIG5 = Charset.forName("x-windows-950");

    @Test
    void aSchoolListThenABig5StudentExportThenARollover() throws IOException {
        Path dir = Files.createTempDirectory("huixiao-onboarding");
        Path list = Files.write(dir.resolve("schools.csv"), ("學校代碼,學校名稱,縣市,鄉鎮市區,學制,地址,電話,偏遠地區\n"
                + "919201,回校旅程國民中學,桃園市,復興區,國中,復興路 1 號,03-0000201,是\n").getBytes(StandardCharsets.UTF_8));
        Path students = Files.write(dir.resolve("students-big5.csv"), ("學號,班級,座號,姓名,性別,出生日期,身分證統一編號,"
                + "原住民身分,監護人,電話,地址\n"
                + "J001,701,1,高○明,男,102/03/04," + NationalId.withCheckDigit("H12345678") + ",泰雅族,高○華,03-1234567,復興路 2 號\n"
                + "J002,701,2,林○君,女,2013-05-06," + NationalId.withCheckDigit("H22345678") + ",否,林○文,03-7654321,復興路 3 號\n"
                + "J003,901,1,陳○宇,男,2011-09-10," + NationalId.withCheckDigit("H12345679") + ",,,,\n").getBytes(BIG5));
        try (Browser browser = new Browser()) {
            browser.resize(1400, 900);
            browser.login("platform-admin", Api.DEMO_PASSWORD);
            browser.waitFor(By.id("landing-console"));
            browser.open("/admin/school-list");
            fileInput(browser, "school-list-upload").sendKeys(list.toAbsolutePath().toString());
            browser.waitForText(By.id("school-list-summary"), "新增 1 所");
            browser.waitForText(By.id("school-list-added"), "回校旅程國民中學");
            browser.screenshot("onboarding-school-list-preview-1400");
            browser.driver.findElement(By.id("school-list-apply")).click();
            browser.waitForText(By.id("school-list-summary"), "已套用");

            browser.open("/admin/console");
            browser.waitForText(By.id("console-counties"), "桃園市");
            browser.screenshot("console-platform-admin-1400");
            browser.resize(390, 844);
            browser.open("/admin/console");
            browser.waitFor(By.id("console-tabs"));
            assertTrue(browser.sidewaysScroll() <= 1, "the console fits a phone");
            browser.screenshot("console-platform-admin-390");
        }

        long schoolId = ADMIN.get("/api/v1/admin/console/schools").structure().asJsonArray().stream()
                .map(v -> v.asJsonObject()).filter(s -> s.getString("moeCode").equals("919201")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        long teacher = account(schoolId, "ob-journey-teacher", "HOMEROOM_TEACHER");
        account(schoolId, "ob-journey-admin", "SCHOOL_ADMIN");
        for (String[] c : List.of(new String[] {"7", "701"}, new String[] {"9", "901"})) {
            assertEquals(201, ADMIN.post("/api/v1/admin/schools/" + schoolId + "/classes", """
                    {"schoolYear":114,"grade":%s,"name":"%s","homeroomTeacherId":%d}""".formatted(c[0], c[1], teacher))
                    .status());
        }

        try (Browser browser = new Browser()) {
            browser.resize(390, 844);
            browser.login("ob-journey-admin", Onboarding.PASSWORD);
            browser.waitFor(By.id("landing-school-admin"));
            browser.screenshot("landing-school-admin-390");
            browser.open("/school-admin/students");
            fileInput(browser, "student-import-upload").sendKeys(students.toAbsolutePath().toString());
            browser.waitForText(By.id("student-import-summary"), "Big5");
            browser.waitForText(By.id("student-import-summary"), "新增 3 人");
            browser.waitForText(By.id("student-import-added"), "高○明");
            browser.screenshot("onboarding-students-preview-390");
            browser.driver.findElement(By.id("student-import-apply")).click();
            browser.waitForText(By.id("student-import-summary"), "已套用：新增 3 人");

            browser.open("/school-admin/rollover");
            browser.waitFor(By.id("rollover-dry-run")).click();
            browser.waitForText(By.id("rollover-summary"), "114 學年度 → 115 學年度");
            browser.waitForText(By.id("rollover-summary"), "升級 2 人、畢業 1 人");
            browser.waitForText(By.id("rollover-classes"), "801");
            browser.screenshot("onboarding-rollover-dry-run-390");
            browser.driver.findElement(By.id("rollover-apply")).click();
            browser.confirm();
            browser.waitForText(By.id("rollover-summary"), "已升級為 115 學年度");

            browser.open("/school-admin");
            browser.waitForText(By.id("school-console-tabs"), "學生名冊匯入");
            assertTrue(browser.sidewaysScroll() <= 1, "the console fits a phone");
            browser.screenshot("console-school-admin-390");
            browser.resize(1400, 900);
            browser.open("/school-admin");
            browser.waitFor(By.id("school-console-tabs"));
            browser.screenshot("console-school-admin-1400");
        }
        JsonObject again = Api.as("ob-journey-admin", Onboarding.PASSWORD).post("/api/v1/school/rollover", "").json();
        assertEquals(115, again.getInt("fromYear"), "the school now lives in school year 115: " + again);
    }

    private static long account(long schoolId, String username, String role) {
        Api.Reply account = ADMIN.post("/api/v1/admin/schools/" + schoolId + "/accounts", """
                {"username":"%s","displayName":"旅○員","password":"%s","roles":["%s"]}"""
                .formatted(username, Onboarding.PASSWORD, role));
        assertEquals(201, account.status(), account.toString());
        return account.json().getJsonNumber("id").longValue();
    }

    /** vaadin-upload keeps its file input in its shadow root. */
    private static WebElement fileInput(Browser browser, String uploadId) {
        return browser.waitFor(By.id(uploadId)).getShadowRoot().findElement(By.cssSelector("input[type=file]"));
    }
}
