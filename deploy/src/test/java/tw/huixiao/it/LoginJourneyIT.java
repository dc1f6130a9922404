package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Real-browser journeys through the login, the shell and the register. */
class LoginJourneyIT {

    @Test
    void rootServesTheLoginPageAndAWrongPasswordShowsAnError() {
        try (Browser browser = new Browser()) {
            browser.open("/");
            browser.waitFor(By.cssSelector("vaadin-login-form"));
            browser.waitForUrlEnding("/login");
            browser.screenshot("01-login");
            browser.login("nt-homeroom-701", "not-the-password");
            browser.waitForUrlEnding("/login?error");
            browser.waitFor(By.cssSelector("vaadin-login-form[error]"));
        }
    }

    @Test
    void homeroomTeacherSeesTheirSchoolPolicyAndOwnClassThenLogsOut() {
        try (Browser browser = new Browser()) {
            browser.login("ty-homeroom-701", Api.DEMO_PASSWORD);
            browser.waitForText(By.id("header-school"), "桃園市立回校示範國民中學");
            browser.waitForText(By.id("header-policy"), "桃園市");
            browser.waitFor(By.id("landing"));
            browser.screenshot("02-home-homeroom-teacher");
            // The profile (the user's name in the header) names the county's documents.
            browser.open("/profile");
            browser.waitForText(By.id("policy-documents"), "桃園市國民中小學預防中途輟學學生追蹤輔導處理 SOP 流程");

            browser.open("/students");
            browser.waitFor(By.id("students-grid"));
            // Other tests may enrol students in 701 too: the count is there, whatever it is now.
            browser.waitForText(By.tagName("body"), "名學生");
            String grid = browser.driver.findElement(By.id("students-grid")).getText();
            assertTrue(grid.contains("701"), "own class listed: " + grid);
            assertTrue(!grid.contains("702"), "another class leaked into a homeroom teacher's grid");
            browser.screenshot("03-students-homeroom-teacher");

            browser.driver.findElement(By.id("logout")).click();
            browser.waitFor(By.cssSelector("vaadin-login-form"));
            browser.open("/students");
            // The login page, remembering where the user was going (back there after logging in).
            browser.waitFor(By.cssSelector("vaadin-login-form"));
            assertTrue(browser.driver.getCurrentUrl().contains("/login?continue="), browser.driver.getCurrentUrl());
        }
    }

    @Test
    void englishSwitchAndRoleBasedNavigation() {
        try (Browser browser = new Browser()) {
            browser.login("nt-general-affairs", Api.DEMO_PASSWORD);
            browser.waitForText(By.id("header-school"), "新北市立回校示範國民中學");
            String nav = browser.driver.findElement(By.tagName("vaadin-side-nav")).getText();
            assertTrue(!nav.contains("學生名冊"), "general affairs has no register in the menu: " + nav);
            browser.open("/students");
            // A view the role may not use answers as a missing one, inside the shell, in the user's language.
            browser.waitFor(By.id("error-notFound"));
            browser.waitForText(By.tagName("body"), "查無此頁");
            browser.open("/");
            browser.waitFor(By.id("language-toggle")).click();
            browser.waitForText(By.id("logout"), "Log out");
            browser.screenshot("04-home-english");
        }
    }
}
