package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 19 in a real browser, in zh-TW: the platform administrator imports a school's staff list
 * (a bad Big5 file refused line by line, then a good one), the invitation is read from the SMTP
 * server, and its link opened at 1400 px and on a phone (390×844): password set, then login.
 */
class InvitationJourneyIT {

    private static final Api ADMIN = Api.as("platform-admin");

    @Test
    void anAdministratorImportsStaffAndTheInvitedSetTheirPasswordAndLogIn() {
        Mailbox.server();
        ADMIN.delete("/api/v1/admin/clock");
        Api.Reply school = ADMIN.post("/api/v1/admin/schools", """
                {"moeCode":"970301","name":"桃園市立邀請旅程國民中學","county":"TAOYUAN","level":"JUNIOR_HIGH",
                 "district":"中壢區","remoteArea":false,"address":"示範路 30 號","phone":"03-0000000"}""");
        assertEquals(201, school.status(), school.toString());
        long schoolId = school.json().getJsonNumber("id").longValue();
        Charset big5 = Charset.forName("x-windows-950");
        Path bad = write("staff-bad.csv", "姓名,電子郵件,角色,導師班級\n陳○家,desk.journey@staff-it.example.tw,導師,701\n"
                + "林○宏,desk.journey@staff-it.example.tw,工友,\n", big5);
        Path good = write("staff-good.csv", "姓名,電子郵件,角色,導師班級\n陳○家,desk.journey@staff-it.example.tw,導師,701\n"
                + "林○宏,phone.journey@staff-it.example.tw,輔導室、註冊組,\n", big5);

        try (Browser browser = new Browser()) {
            browser.resize(1400, 900);
            browser.login("platform-admin", Api.DEMO_PASSWORD);
            browser.waitFor(By.tagName("vaadin-side-nav"));
            browser.open("/admin/staff-import?school=" + schoolId);
            browser.waitFor(By.id("staff-upload"));
            fileInput(browser).sendKeys(bad.toAbsolutePath().toString());
            browser.waitForText(By.id("staff-import-summary"), "尚未匯入任何資料");
            String errors = browser.waitFor(By.id("staff-import-errors")).getText();
            assertTrue(errors.contains("第 3 行") && errors.contains("工友") && errors.contains("與第 2 行重複"), errors);
            assertTrue(!errors.contains("line") && !errors.contains("role") && !errors.contains("null"), "zh-TW only: " + errors);
            assertTrue(errors.contains("重複：desk.journey@staff-it.example.tw"), errors);
            browser.screenshot("staff-import-refused");

            browser.open("/admin/staff-import?school=" + schoolId);
            browser.waitFor(By.id("staff-upload"));
            fileInput(browser).sendKeys(good.toAbsolutePath().toString());
            browser.waitForText(By.id("staff-import-summary"), "檢查通過：2 位教職員（Big5）");
            browser.driver.findElement(By.id("staff-import-run")).click();
            browser.waitForText(By.id("staff-import-summary"), "並寄出 2 封邀請信");
            browser.waitForText(By.id("staff-list"), "desk.journey.970301");
            browser.screenshot("staff-import-done");
        }

        // At a desk: the link from the mail, the password, then login.
        MimeMessage desk = Mailbox.await("desk.journey@staff-it.example.tw", 1).get(0);
        try (Browser browser = new Browser()) {
            browser.resize(1400, 900);
            setPasswordAndLogIn(browser, Mailbox.passwordPath(desk), "desk.journey.970301", "invitation-desk");
        }
        // On a phone.
        MimeMessage phone = Mailbox.await("phone.journey@staff-it.example.tw", 1).get(0);
        try (Browser browser = new Browser()) {
            browser.resize(390, 844);
            setPasswordAndLogIn(browser, Mailbox.passwordPath(phone), "phone.journey.970301", "invitation-phone");
            assertEquals(0, browser.sidewaysScroll(), "the page fits the phone");
            // The link is spent: opening it again says so, in Chinese.
            browser.open(Mailbox.passwordPath(phone));
            browser.waitForText(By.id("password-refused"), "已經使用過");
            browser.screenshot("invitation-phone-4-used");
        }
    }

    private static void setPasswordAndLogIn(Browser browser, String path, String username, String shots) {
        browser.open(path);
        browser.waitForText(By.id("password-account"), username);
        browser.screenshot(shots + "-1-link");
        String password = "校園的早晨很安靜 115";
        browser.driver.findElement(By.cssSelector("#new-password input")).sendKeys("short");
        browser.driver.findElement(By.cssSelector("#new-password-again input")).sendKeys("short");
        browser.driver.findElement(By.id("password-save")).click();
        browser.waitForText(By.id("new-password"), "至少 12 個字元");
        browser.driver.findElement(By.cssSelector("#new-password input")).clear();
        browser.driver.findElement(By.cssSelector("#new-password-again input")).clear();
        browser.driver.findElement(By.cssSelector("#new-password input")).sendKeys(password);
        browser.driver.findElement(By.cssSelector("#new-password-again input")).sendKeys(password);
        browser.driver.findElement(By.id("password-save")).click();
        browser.waitForText(By.id("password-done"), username);
        browser.screenshot(shots + "-2-done");
        browser.driver.findElement(By.id("password-to-login")).click();
        browser.waitFor(By.cssSelector("vaadin-login-form"));
        browser.login(username, password);
        browser.waitForText(By.id("header-user"), "○");
        browser.screenshot(shots + "-3-logged-in");
    }

    private static WebElement fileInput(Browser browser) {
        return browser.waitFor(By.id("staff-upload")).getShadowRoot().findElement(By.cssSelector("input[type=file]"));
    }

    private static Path write(String name, String text, Charset charset) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "staff-import-journey"));
            return Files.write(dir.resolve(name), text.getBytes(charset));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
