package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * Issue 21 in the browser: the Yunlin bureau uploads its module on its console page (an unsigned
 * file is refused with the reason named, a signed one is verified), dry-runs it on the county's
 * November attendance (試運行: totals, the schools' table, one school's differences), the platform administrator
 * approves it in the platform console seeing signer, digest and the dry-run, the bureau activates it and rolls
 * it back; a case opened under the withdrawn version is listed for the bureau (its name masked); the
 * bureau grants a module vendor and revokes it. Screenshots at 1400 px and on a phone (390×844).
 */
class ModuleJourneyIT {

    private static final Api ADMIN = Api.as("platform-admin");

    @Test
    void theBureauUploadsTheAdministratorApprovesTheBureauActivatesAndRollsBack() throws Exception {
        ModuleSigning.Shared pki = ModuleSigning.shared();
        ADMIN.delete("/api/v1/admin/clock");
        String version = nextVersion();
        Path staging = Files.createTempDirectory("journey");
        Path unsigned = ModuleJarBuilder.countyModule(staging, "yunlin", version, "YUNLIN",
                ModuleJarBuilder.descriptor("yunlin", version), "第 3 日寄發限時掛號並家訪");
        Path signed = pki.registered().sign(unsigned);

        try (Browser bureau = new Browser()) {
            bureau.resize(1400, 900);
            bureau.login("yl-bureau", Api.DEMO_PASSWORD);
            bureau.waitFor(By.id("landing"));
            bureau.open("/bureau/modules");
            bureau.waitFor(By.id("modules-upload"));
            fileInput(bureau).sendKeys(unsigned.toAbsolutePath().toString());
            bureau.waitForText(By.id("modules-refusal"), "未簽章");
            assertEquals("UNSIGNED", bureau.driver.findElement(By.id("modules-refusal-reason"))
                    .getAttribute("data-reason"));
            bureau.screenshot("21-module-upload-refused");

            bureau.open("/bureau/modules");
            bureau.waitFor(By.id("modules-upload"));
            fileInput(bureau).sendKeys(signed.toAbsolutePath().toString());
            bureau.waitForText(By.id("modules-cards"), "已驗證，待平台核准");
            long id = idOf(version);
            String card = bureau.driver.findElement(By.id("module-" + id)).getText();
            assertTrue(card.contains("Yunlin Module Signer") && card.contains(version), card);
            assertTrue(bureau.driver.findElements(By.id("modules-refusal-reason")).isEmpty(), "no refusal shown");
            bureau.screenshot("21-module-uploaded");

            // 試運行 (issue 21 §3): the county's attendance of the semester so far, replayed under the upload
            // beside the active version; the service's day is Tue 2026-12-01, so November's absences are in it.
            DryRuns.AbsentSchool absent = DryRuns.yunlinSchoolWithAbsences("ylj-registrar");
            try {
                bureau.open("/bureau/modules");
                click(bureau, By.id("module-dryrun-start-" + id));
                bureau.waitFor(By.id("module-dryrun-from"));
                bureau.screenshot("21-module-dryrun-period");
                click(bureau, By.id("module-dryrun-send"));
                bureau.await(Duration.ofSeconds(120)).ignoring(StaleElementReferenceException.class)
                        .until(d -> "DONE".equals(d.findElement(By.id("module-dryrun-state-" + id))
                                .getAttribute("data-state")));
            } finally {
                ADMIN.delete("/api/v1/admin/clock");
            }
            String totals = bureau.waitFor(By.id("module-dryrun-totals-" + id)).getText();
            assertTrue(totals.contains("個案") && totals.contains("期限變更"), totals);
            WebElement schools = bureau.waitFor(By.id("module-dryrun-schools-" + id));
            ((JavascriptExecutor) bureau.driver).executeScript("arguments[0].scrollIntoView({block: 'start'});",
                    bureau.driver.findElement(By.id("module-dryrun-" + id)));
            bureau.screenshot("21-module-dryrun");
            String ours = absent.staff().get("/api/v1/me").json().getJsonObject("school").getString("name");
            WebElement row = bureau.await(Duration.ofSeconds(10)).until(d -> schools
                    .findElements(By.xpath(".//vaadin-grid-cell-content[.//span[text()='" + ours + "']]")).stream()
                    .findFirst().orElse(null));
            ((JavascriptExecutor) bureau.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", row);
            row.click();
            bureau.waitFor(By.id("module-dryrun-changes"));
            String changes = (String) ((JavascriptExecutor) bureau.driver).executeScript(
                    "return Array.from(document.querySelectorAll('#module-dryrun-changes vaadin-grid-cell-content'))"
                            + ".map(c => c.textContent).join('|');");
            assertTrue(changes.contains("陳○安") && changes.contains("移除職責"), changes);
            bureau.screenshot("21-module-dryrun-school");
            click(bureau, By.id("module-dryrun-school-close"));

            try (Browser admin = new Browser()) {
                admin.resize(1400, 900);
                admin.login("platform-admin", Api.DEMO_PASSWORD);
                admin.waitFor(By.id("landing-console"));
                admin.open("/admin/console");
                admin.waitForText(By.id("console-counties"), "桃園市");
                admin.driver.findElement(By.xpath("//vaadin-tab[contains(., '政策模組')]")).click();
                admin.waitFor(By.id("pending-module-" + id));
                String pending = admin.driver.findElement(By.id("pending-module-" + id)).getText();
                assertTrue(pending.contains("Yunlin Module Signer") && pending.contains("雲林縣"), pending);
                assertTrue(pending.contains(ADMIN.get("/api/v1/modules/" + id).json().getString("sha256")),
                        "the approver sees the digest: " + pending);
                String dryRun = admin.driver.findElement(By.id("module-dryrun-" + id)).getText();
                assertTrue(dryRun.contains("試運行完成"), "the approver sees the dry-run: " + dryRun);
                admin.screenshot("21-module-approval");
                click(admin, By.id("pending-module-approve-" + id));
                admin.waitFor(By.id("module-approve-note")).findElement(By.cssSelector("textarea"))
                        .sendKeys("已檢視簽章者、摘要值與檢查結果");
                click(admin, By.id("module-approve-send"));
                // Its row leaves the pending list (another test's upload may still be waiting there).
                admin.await().until(d -> d.findElements(By.id("pending-module-approve-" + id)).isEmpty());
            }
            assertEquals("APPROVED", ADMIN.get("/api/v1/modules/" + id).json().getString("state"));

            // The dry-run's result on a phone: totals and the schools' table fit the screen.
            bureau.resize(390, 844);
            bureau.open("/bureau/modules");
            WebElement panel = bureau.waitFor(By.id("module-dryrun-" + id));
            ((JavascriptExecutor) bureau.driver).executeScript("arguments[0].scrollIntoView({block: 'start'});", panel);
            assertEquals(0, bureau.sidewaysScroll(), "the dry-run fits a phone");
            bureau.screenshot("21-module-dryrun-phone");
            bureau.resize(1400, 900);

            bureau.open("/bureau/modules");
            click(bureau, By.id("module-activate-" + id));
            bureau.waitFor(By.id("module-activate-from"));
            bureau.screenshot("21-module-activate");
            click(bureau, By.id("module-activate-send"));
            bureau.waitFor(By.id("module-rollback-" + id));
            assertEquals("ACTIVE", ADMIN.get("/api/v1/modules/" + id).json().getString("state"));
            bureau.screenshot("21-module-active");

            // A case opened under the new version keeps it after the rollback: the bureau sees it listed.
            Api staff = Onboarding.schoolWithStaff("YUNLIN", "ylj-registrar");
            long student = Onboarding.student(staff, "Q1" + Unique.sevenDigits(), "歐陽○華");
            ModuleDeployments.awaitServed(staff, version);
            Api.Reply opened = staff.post("/api/v1/cases", "{\"studentId\":" + student + ",\"categoryId\":\"TW-DROPOUT\"}");
            assertEquals(201, opened.status(), opened.toString());
            assertEquals(version, opened.json().getJsonObject("policy").getString("version"));
            long caseId = opened.json().getJsonNumber("id").longValue();

            bureau.resize(390, 844);
            bureau.open("/bureau/modules");
            bureau.waitFor(By.id("module-" + id));
            assertEquals(0, bureau.sidewaysScroll(), "the page fits a phone");
            bureau.screenshot("21-module-phone");

            click(bureau, By.id("module-rollback-" + id));
            bureau.waitFor(By.id("module-rollback-reason")).findElement(By.cssSelector("textarea"))
                    .sendKeys("家訪步驟待修正");
            bureau.screenshot("21-module-rollback-phone");
            click(bureau, By.id("module-rollback-send"));
            // The page keeps its scroll position: the card's head may be above the view (not "displayed").
            bureau.await().ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("module-" + id)).getAttribute("textContent").contains("已撤回"));
            assertEquals("RETIRED", ADMIN.get("/api/v1/modules/" + id).json().getString("state"));
            bureau.resize(1400, 900);
            ((JavascriptExecutor) bureau.driver).executeScript("arguments[0].scrollIntoView({block: 'start'});",
                    bureau.driver.findElement(By.id("module-" + id)));
            bureau.screenshot("21-module-rolled-back");

            // The withdrawn version's open cases: a count, and opened, the cases with masked names.
            bureau.open("/bureau/modules");
            WebElement count = bureau.waitFor(By.cssSelector("#module-pinned-" + id + " .module-pinned-count"));
            assertTrue(Integer.parseInt(count.getAttribute("data-open-cases")) >= 1, count.getText());
            click(bureau, By.id("module-pinned-" + id));
            WebElement pinnedRow = bureau.waitFor(By.cssSelector("#module-pinned-cases-" + id
                    + " .pinned-case[data-case='" + caseId + "']"));
            assertTrue(pinnedRow.getText().contains("歐○○華"), "the name masked: " + pinnedRow.getText());
            assertTrue(pinnedRow.getText().contains("開案列管"), pinnedRow.getText());
            ((JavascriptExecutor) bureau.driver).executeScript("arguments[0].scrollIntoView({block: 'start'});",
                    bureau.driver.findElement(By.id("modules-withdrawn")));
            bureau.screenshot("21-module-withdrawn-cases");
            bureau.resize(390, 844);
            ((JavascriptExecutor) bureau.driver).executeScript("arguments[0].scrollIntoView({block: 'start'});",
                    bureau.driver.findElement(By.id("modules-withdrawn")));
            assertEquals(0, bureau.sidewaysScroll(), "the list fits a phone");
            bureau.screenshot("21-module-withdrawn-cases-phone");

            // Vendor accounts (issue 21 §2): the bureau grants a vendor on its module page, and revokes it.
            String vendor = "yl-vendor-" + Unique.suffix();
            Api.Reply account = ADMIN.post("/api/v1/admin/vendor-accounts", """
                    {"username":"%s","displayName":"範例資訊股份有限公司 林○宏","password":"%s"}"""
                    .formatted(vendor, Onboarding.PASSWORD));
            assertEquals(201, account.status(), account.toString());
            bureau.resize(1400, 900);
            bureau.open("/bureau/modules");
            WebElement username = bureau.waitFor(By.id("module-vendor-username")).findElement(By.cssSelector("input"));
            ((JavascriptExecutor) bureau.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                    username);
            username.sendKeys("platform-admin", Keys.TAB);
            click(bureau, By.id("module-vendor-grant"));
            bureau.waitForText(By.id("module-vendors"), "不是規範模組廠商帳號");
            username = bureau.driver.findElement(By.id("module-vendor-username")).findElement(By.cssSelector("input"));
            username.sendKeys(Keys.chord(Keys.CONTROL, "a"), vendor, Keys.TAB);
            click(bureau, By.id("module-vendor-grant"));
            WebElement granted = bureau.waitFor(By.cssSelector(".module-vendor[data-vendor='" + vendor
                    + "'][data-standing='true']"));
            assertTrue(granted.getText().contains("範例資訊股份有限公司 林○宏") && granted.getText().contains("授權中"),
                    granted.getText());
            ((JavascriptExecutor) bureau.driver).executeScript("arguments[0].scrollIntoView({block: 'start'});",
                    bureau.driver.findElement(By.id("module-vendors")));
            bureau.screenshot("21-module-vendors");
            bureau.resize(390, 844);
            ((JavascriptExecutor) bureau.driver).executeScript("arguments[0].scrollIntoView({block: 'start'});",
                    bureau.driver.findElement(By.id("module-vendors")));
            assertEquals(0, bureau.sidewaysScroll(), "the vendors fit a phone");
            bureau.screenshot("21-module-vendors-phone");
            long grant = ((JsonArray) Api.as("yl-bureau").get("/api/v1/module-vendors").structure()).stream()
                    .map(JsonValue::asJsonObject).filter(g -> g.getString("vendorUsername").equals(vendor))
                    .findFirst().orElseThrow().getJsonNumber("id").longValue();
            // The grant's notification sits at the bottom of a phone's screen, over the button: let it go first.
            bureau.await(Duration.ofSeconds(15))
                    .until(d -> d.findElements(By.tagName("vaadin-notification-card")).isEmpty());
            click(bureau, By.id("module-vendor-revoke-" + grant));
            bureau.await().ignoring(StaleElementReferenceException.class)
                    .until(d -> !d.findElements(By.cssSelector(".module-vendor[data-vendor='" + vendor
                            + "'][data-standing='false']")).isEmpty());
            assertTrue(bureau.driver.findElements(By.id("module-vendor-revoke-" + grant)).isEmpty(), "revoked once");
            bureau.screenshot("21-module-vendors-revoked-phone");
        }
    }

    private static void click(Browser browser, By by) {
        WebElement element = browser.waitFor(by);
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private static long idOf(String version) {
        return ((JsonArray) ADMIN.get("/api/v1/modules").structure()).stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getString("moduleId").equals("yunlin") && m.getString("version").equals(version))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private static String nextVersion() {
        int major = ((JsonArray) ADMIN.get("/api/v1/modules").structure()).stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getString("moduleId").equals("yunlin"))
                .mapToInt(m -> Integer.parseInt(m.getString("version").split("\\.")[0])).max().orElse(1);
        return (major + 1) + ".0.0";
    }

    /** vaadin-upload keeps its file input in its shadow root. */
    private static WebElement fileInput(Browser browser) {
        return browser.waitFor(By.id("modules-upload")).getShadowRoot().findElement(By.cssSelector("input[type=file]"));
    }
}
