package tw.huixiao.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.Keys;

/** Test helpers shared by integration tests (issue 25: none lives in another IT). */
final class BrowserSteps {

    private BrowserSteps() {
    }

    /** A value set on a Vaadin field (ISO dates for date pickers) and committed as a user's entry is. */
    static void setValue(Browser browser, String id, String value) {
        setValue(browser, By.id(id), value);
    }

    static void setValue(Browser browser, By field, String value) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1]; "
                + "arguments[0].dispatchEvent(new CustomEvent('change', {bubbles: true}));", browser.waitFor(field),
                value);
    }

    /** Picks the radio button (or checkbox) of a group whose label contains the text. */
    static void choose(Browser browser, String groupId, String label) {
        choose(browser, By.id(groupId), label);
    }

    static void choose(Browser browser, By groupBy, String label) {
        WebElement group = browser.waitFor(groupBy);
        WebElement option = group.findElements(By.cssSelector("vaadin-radio-button, vaadin-checkbox")).stream()
                .filter(o -> o.getText().contains(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no option " + label + " in " + group.getText()));
        ((JavascriptExecutor) browser.driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();",
                option.findElement(By.tagName("input")));
    }

    static void click(Browser browser, String id) {
        ((JavascriptExecutor) browser.driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", browser.waitFor(By.id(id)));
    }

    static void type(Browser browser, By field, String text) {
        WebElement input = browser.waitFor(field);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
    }

    static void scrollTo(Browser browser, By by) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'start'});",
                browser.waitFor(by));
    }

    /** Below the fold of the 900-pixel window too: scrolled into view, then clicked. */
    static void click(Browser browser, By by) {
        WebElement element = browser.waitFor(by);
        ((JavascriptExecutor) browser.driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
    }
}
