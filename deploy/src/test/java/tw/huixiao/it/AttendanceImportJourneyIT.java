package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A registrar imports a school system's file in a real browser: a file with a Saturday and an
 * unknown class is refused with each bad line named and nothing written; a Big5 file (as
 * Taiwanese school systems export) is previewed, then imported whole.
 */
class AttendanceImportJourneyIT {

    private static final Api ADMIN = Api.as("platform-admin");

    @AfterAll
    static void systemClock() {
        ADMIN.delete("/api/v1/admin/clock");
    }

    @Test
    void aBadFileIsRefusedLineByLineAndABig5FileIsImportedWhole() throws IOException {
        // Wednesday 2026-03-18 at the Taoyuan demo school.
        assertEquals(200, ADMIN.put("/api/v1/admin/clock", "{\"instant\":\"2026-03-18T10:00:00+08:00\"}").status());
        Path dir = Files.createTempDirectory("huixiao-import");
        Path bad = write(dir.resolve("bad.csv"), "日期,班級,座號,狀態\n2026-03-18,802,3,病假\n2026-03-14,802,4,曠課\n"
                + "2026-03-18,899,1,曠課\n", StandardCharsets.UTF_8);
        Path good = write(dir.resolve("big5.csv"), "日期,班級,座號,狀態,假單數\n2026-03-18,802,3,病假,1\n"
                + "2026-03-18,802,4,曠課,\n", Charset.forName("x-windows-950"));
        try (Browser browser = new Browser()) {
            browser.login("ty-registrar", Api.DEMO_PASSWORD);
            browser.waitFor(By.id("header-school"));
            browser.open("/attendance/import");
            browser.waitFor(By.id("attendance-upload"));
            fileInput(browser).sendKeys(bad.toAbsolutePath().toString());
            browser.waitForText(By.id("import-summary"), "無法匯入");
            String listed = browser.driver.findElement(By.id("import-errors")).getText();
            assertTrue(listed.contains("第 3 行") && listed.contains("不是本校上課日"), listed);
            assertTrue(listed.contains("第 4 行"), listed);
            assertFalse(listed.contains("第 2 行"), "line 2 is fine: " + listed);
            assertTrue(browser.driver.findElement(By.id("import-run")).getAttribute("disabled") != null, "nothing to import");
            browser.screenshot("10-import-refused");

            browser.open("/attendance/import");
            browser.waitFor(By.id("attendance-upload"));
            fileInput(browser).sendKeys(good.toAbsolutePath().toString());
            browser.waitForText(By.id("import-summary"), "Big5");
            browser.waitForText(By.id("import-preview"), "病假");
            browser.screenshot("11-import-preview");
            browser.driver.findElement(By.id("import-run")).click();
            browser.waitForText(By.id("import-summary"), "已匯入 2 行");
        }
    }

    /** vaadin-upload keeps its file input in its shadow root. */
    private static WebElement fileInput(Browser browser) {
        return browser.waitFor(By.id("attendance-upload")).getShadowRoot().findElement(By.cssSelector("input[type=file]"));
    }

    private static Path write(Path file, String text, Charset charset) {
        try {
            return Files.write(file, text.getBytes(charset));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
