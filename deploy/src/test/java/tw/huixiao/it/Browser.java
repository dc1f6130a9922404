package tw.huixiao.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (never a downloaded
 * browser). Screenshots go to deploy/target/screenshots as test artefacts.
 */
final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of(System.getProperty("huixiao.it.screenshots", "target/screenshots"));

    final WebDriver driver;
    private final Path profile;

    Browser() {
        try {
            profile = Files.createTempDirectory("huixiao-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1366,900", "--lang=zh-TW", "--user-data-dir=" + profile,
                // The test server's self-signed certificate, and only it (TestTls).
                "--ignore-certificate-errors-spki-list=" + TestTls.spkiHash());
        // The console, so a test can see Content-Security-Policy violations (consoleErrors).
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
        driver = new ChromeDriver(service, options);
    }

    void open(String path) {
        driver.get(Api.BASE + path);
    }

    /**
     * Up to 30 seconds for a condition, asked every 50 ms: Selenium's default asks every 500 ms, and a
     * page that is ready a moment after the first look would wait half a second for nothing.
     */
    WebDriverWait await() {
        return await(Duration.ofSeconds(30));
    }

    WebDriverWait await(Duration timeout) {
        WebDriverWait wait = new WebDriverWait(driver, timeout);
        wait.pollingEvery(POLL);
        return wait;
    }

    private static final Duration POLL = Duration.ofMillis(50);

    WebElement waitFor(By by) {
        return await().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void waitForText(By by, String text) {
        await().until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    void waitForUrlEnding(String suffix) {
        await().until(d -> d.getCurrentUrl().endsWith(suffix));
    }

    /** Until Vaadin has no request in flight (lazy grids have fetched their first page). */
    void waitForVaadin() {
        await().until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "const c = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;"
                        + " return !!c && Object.values(c).every(x => !x.isActive());")));
    }

    /** Types an item's whole label into a (multi-select) combo box and takes it with Enter. */
    void pick(String comboId, String label) {
        WebElement input = waitFor(By.cssSelector("#" + comboId + " input"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), label);
        WebDriverWait wait = await();
        wait.until(d -> comboItems().stream().anyMatch(item -> label.equals(item.getText().trim())));
        // Enter takes the item; Tab closes a multi-select's list, which stays open for more.
        input.sendKeys(Keys.ENTER);
        input.sendKeys(Keys.TAB);
        wait.until(d -> comboItems().stream().noneMatch(WebElement::isDisplayed));
    }

    private List<WebElement> comboItems() {
        return driver.findElements(By.cssSelector("vaadin-combo-box-item, vaadin-multi-select-combo-box-item"));
    }

    /**
     * Signed out by forgetting the session's cookie and what the page stored (a new session next, in zh-TW
     * again), for a test that signs in several accounts one after the other; a new browser has none.
     */
    void signOut() {
        if (driver.getCurrentUrl().startsWith("http")) {
            ((JavascriptExecutor) driver).executeScript("window.localStorage.clear(); window.sessionStorage.clear();");
            driver.manage().deleteAllCookies();
        }
    }

    void login(String username, String password) {
        open("/login");
        waitFor(By.cssSelector("vaadin-login-form input[name='username']")).sendKeys(username);
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
    }

    /**
     * Until Vaadin has no request in flight and the page stopped moving: fonts loaded, no finite
     * animation running, and the document's size and markup the same over three frames in a row.
     */
    void settle() {
        waitForVaadin();
        ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const until = performance.now() + 10000;
                const shape = () => [document.documentElement.scrollWidth, document.documentElement.scrollHeight,
                    document.body.getElementsByTagName('*').length].join();
                const moving = () => document.getAnimations().some(a => a.playState === 'running'
                    && a.effect && a.effect.getComputedTiming().iterations !== Infinity);
                document.fonts.ready.then(() => {
                  let last = shape(), still = 0;
                  const frame = () => {
                    const now = shape();
                    still = now === last && !moving() ? still + 1 : 0;
                    last = now;
                    if (still >= 3 || performance.now() > until) { done(true); } else { requestAnimationFrame(frame); }
                  };
                  requestAnimationFrame(frame);
                });""");
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"),
                    ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a confirm dialog is open (asked by its {@code opened} property). */
    boolean confirmOpen() {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return [...document.querySelectorAll('vaadin-confirm-dialog')].some(c => c.opened);"));
    }

    /** Takes the open confirm dialog's confirming button (signing a stage, leaving unsaved edits). */
    void confirm() {
        WebDriverWait wait = await();
        WebElement button = wait.until(d -> (WebElement) ((JavascriptExecutor) d).executeScript("""
                const c = [...document.querySelectorAll('vaadin-confirm-dialog')].find(c => c.opened);
                if (!c) return null;
                const o = document.querySelector('vaadin-confirm-dialog-overlay');
                return c.querySelector("[slot='confirm-button']")
                    || (o && (o.querySelector("[slot='confirm-button']")
                        || (o.shadowRoot && o.shadowRoot.querySelector("[part='confirm-button'], [slot='confirm-button']"))));"""));
        ((JavascriptExecutor) driver).executeScript("arguments[0].click();", button);
        wait.until(d -> !confirmOpen());
    }

    /** The console's errors since the last call (CSP violations, failed scripts), as text. */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
    }

    /** The window's size, e.g. 390×844 for a phone. */
    void resize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    }

    /** How far the page scrolls sideways (0: it fits the window). */
    long sidewaysScroll() {
        return ((Number) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).longValue();
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary profile is harmless
        }
    }
}
