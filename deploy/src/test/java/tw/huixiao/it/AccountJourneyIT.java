package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Issue 18 §6 in a real browser, zh-TW, at a desk (1400 px) and on a phone (390×844): a school's
 * staff member opens 我的帳號, changes the password (a common one is refused on the field, a good
 * one is taken; the person's session on another device ends, this one goes on), then creates an API token for a school system, sees it once, and the token
 * works on the API; on the phone the page fits without scrolling sideways.
 */
class AccountJourneyIT {

    private static final String NEW_PASSWORD = "木棉花開的三月 plum";

    @Test
    void profileChangePasswordThenCreateAToken() {
        Api staff = Onboarding.schoolWithStaff("TAOYUAN", "acct-walk");
        try (Browser browser = new Browser()) {
            browser.resize(1400, 900);
            // The same person is also logged in on another device (ASVS 3.3.3: that session ends with the change).
            String otherDevice = Sessions.login(staff.username(), Onboarding.PASSWORD);
            assertEquals(200, Sessions.get(otherDevice, "/api/v1/me").statusCode());
            browser.login(staff.username(), Onboarding.PASSWORD);
            browser.waitFor(By.tagName("vaadin-side-nav"));
            browser.open("/profile");
            type(browser, "current-password", Onboarding.PASSWORD);
            type(browser, "new-password", "1qaz2wsx3edc");
            type(browser, "new-password-again", "1qaz2wsx3edc");
            click(browser, By.id("change-password-button"));
            browser.waitForText(By.id("change-password"), "外洩密碼清單");
            browser.screenshot("account-01-password-refused");

            type(browser, "new-password", NEW_PASSWORD);
            type(browser, "new-password-again", NEW_PASSWORD);
            click(browser, By.id("change-password-button"));
            browser.waitForText(By.tagName("vaadin-notification-card"), "密碼已變更");
            browser.screenshot("account-02-password-changed");
            assertEquals(200, Api.as(staff.username(), NEW_PASSWORD).get("/api/v1/me").status());
            assertEquals(401, Sessions.get(otherDevice, "/api/v1/me").statusCode(),
                    "the session on the other device, opened under the old password, is over");
            // This browser's session goes on: the token below is issued in it, after a page load.
            browser.open("/profile");

            type(browser, "token-name", "校務行政系統（出缺席同步）");
            for (String scope : new String[] {"讀取出缺席", "登錄出缺席"}) {
                WebElement box = browser.waitFor(By.xpath("//vaadin-checkbox[.//label[text()='" + scope + "']]"));
                click(browser, box);
            }
            click(browser, By.id("issue-token-button"));
            WebElement issued = browser.waitFor(By.cssSelector("#issued-token-value input"));
            String token = issued.getAttribute("value");
            assertTrue(token.startsWith("hx1_"), token);
            browser.waitForText(By.id("token-list"), "校務行政系統（出缺席同步）");
            scrollTo(browser, By.id("api-tokens"));
            browser.screenshot("account-03-token-created");
            assertEquals(staff.username(), Api.bearer(token).get("/api/v1/me").json().getString("username"));
            assertEquals(403, Api.bearer(token).get("/api/v1/cases").status(), "attendance only");

            browser.resize(390, 844);
            browser.open("/profile");
            browser.waitForText(By.id("token-list"), "校務行政系統（出缺席同步）");
            browser.screenshot("account-04-profile-phone");
            scrollTo(browser, By.id("api-tokens"));
            browser.screenshot("account-05-tokens-phone");
            assertEquals(0, browser.sidewaysScroll(), "the profile fits a phone");
        }
    }

    private static void type(Browser browser, String id, String text) {
        WebElement input = browser.waitFor(By.cssSelector("#" + id + " input"));
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
        input.clear();
        input.sendKeys(text);
    }

    private static void click(Browser browser, By by) {
        click(browser, browser.waitFor(by));
    }

    private static void click(Browser browser, WebElement element) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private static void scrollTo(Browser browser, By by) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'start'});",
                browser.waitFor(by));
    }
}
