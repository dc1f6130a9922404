package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The deployed policy modules: listed and reviewable over the API; a jar dropped into the
 * running server's policy directory is loaded without a restart; a broken jar is refused
 * with a named error and breaks nothing else.
 */
class PolicyIT {

    private static final Path POLICY_DIR = Path.of("target/liberty/wlp/usr/servers/huixiao-it/policies");
    private static final Api ADMIN = Api.as("platform-admin");

    private static Optional<JsonObject> listed(JsonArray modules, String id, String version) {
        return modules.stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getString("id").equals(id) && version.equals(m.getString("version", null)))
                .findFirst();
    }

    @Test
    void theFourCountyModulesAreActive() {
        JsonArray modules = (JsonArray) Api.as("tn-counseling").get("/api/v1/policies").structure();
        for (String id : new String[] {"taoyuan", "new-taipei", "yunlin", "tainan"}) {
            JsonObject module = listed(modules, id, "1.0.0").orElseThrow(() -> new AssertionError(id + " not listed"));
            assertEquals("ACTIVE", module.getString("status"), module.toString());
        }
    }

    @Test
    void tainansFundingRulesAndYunlinsNoFundingAreReviewable() {
        JsonObject tainan = Api.as("tn-bureau").get("/api/v1/policies/tainan").json();
        JsonObject funding = tainan.getJsonObject("funding");
        assertEquals("RULES", funding.getString("type"));
        JsonObject cap = funding.getJsonArray("rules").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("ruleId").equals("TN-F-CAP")).findFirst().orElseThrow();
        assertTrue(cap.getJsonObject("description").getString("zhTw").contains("2 萬元"), cap.toString());
        JsonObject yunlin = Api.as("yl-bureau").get("/api/v1/policies/yunlin").json().getJsonObject("funding");
        assertEquals("NO_PER_CASE_FUNDING", yunlin.getString("type"));
        assertEquals("YL-FUNDING", yunlin.getString("ruleId"));
        assertEquals(404, Api.as("yl-bureau").get("/api/v1/policies/kaohsiung").status());
    }

    /** Each county's module shows its ladder, forms and funding with the documents' own words. */
    @Test
    void eachCountysLadderFormsAndFundingAreReviewableWithTheDocumentsWords() {
        Object[][] counties = {
                {"taoyuan", "TY-D4-REPORT", "TY-CONTACT-RECORD-B", "限時掛號", "NO_PER_CASE_FUNDING"},
                {"new-taipei", "NT-D3-MAIL", "NT-CASE-CARE-CARD", "個案關懷卡", "NO_PER_CASE_FUNDING"},
                {"yunlin", "YL-PROTECT", "YL-T1-ASSESSMENT", "高關懷學生評估指標及輔導表", "NO_PER_CASE_FUNDING"},
                {"tainan", "TN-EVAL", "TN-ISP", "個別化支持計畫", "RULES"}};
        for (Object[] county : counties) {
            JsonObject policy = Api.as("yl-bureau").get("/api/v1/policies/" + county[0]).json();
            assertTrue(policy.getJsonArray("timeline").stream().map(JsonValue::asJsonObject)
                    .anyMatch(s -> s.getString("ruleId").equals(county[1]) && s.containsKey("source")),
                    county[0] + " shows " + county[1] + " with the document's words");
            assertTrue(policy.getJsonArray("forms").stream().map(JsonValue::asJsonObject)
                    .anyMatch(f -> f.getString("id").equals(county[2]) && !f.getJsonArray("signOff").isEmpty()),
                    county[0] + " shows form " + county[2] + " with its sign-off chain");
            assertTrue(policy.toString().contains((String) county[3]), county[0] + " quotes " + county[3]);
            assertEquals(county[4], policy.getJsonObject("funding").getString("type"));
            assertTrue(policy.getJsonArray("encodedRules").size() > 15, county[0] + " lists its rule ids");
        }
    }

    @Test
    void onlyPlatformAdministratorsReload() {
        assertEquals(403, Api.as("ty-principal").post("/api/v1/admin/policies/reload", "").status());
    }

    @Test
    void aDroppedJarIsLoadedAndABrokenOneRefusedWithoutHarm() throws Exception {
        Files.createDirectories(POLICY_DIR);
        Path staging = Files.createTempDirectory("staging");
        // Modules live in the database now (issue 21) and a stored id and version never changes its
        // content; the directory outlives a run and its jars are imported at start: each run drops
        // a version newer than any stored.
        String version = (1 + ((JsonArray) ADMIN.get("/api/v1/policies").structure()).stream()
                .map(JsonValue::asJsonObject).filter(m -> m.getString("id").equals("kinmen") && m.containsKey("version"))
                .mapToInt(m -> Integer.parseInt(m.getString("version").split("\\.")[0])).max().orElse(0)) + ".0.0";
        Path good = ModuleJarBuilder.countyModule(staging, "kinmen", version, "KINMEN",
                ModuleJarBuilder.descriptor("kinmen", version));
        Path broken = ModuleJarBuilder.countyModule(staging, "lienchiang", "1.0.0", "LIENCHIANG",
                "id=lienchiang\nversion=1.0.0\nspi=[1.0,2.0)\ncounty=LIENCHIANG\n");
        Files.copy(good, POLICY_DIR.resolve(good.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(broken, POLICY_DIR.resolve(broken.getFileName()), StandardCopyOption.REPLACE_EXISTING);

        Api.Reply reload = ADMIN.post("/api/v1/admin/policies/reload", "");
        assertEquals(200, reload.status(), reload.toString());

        JsonArray modules = (JsonArray) ADMIN.get("/api/v1/policies").structure();
        JsonObject kinmen = listed(modules, "kinmen", version).orElseThrow();
        assertEquals("ACTIVE", kinmen.getString("status"), kinmen.toString());
        assertEquals("KINMEN", kinmen.getJsonArray("counties").getString(0));
        // A jar whose descriptor cannot be read is listed by its file.
        JsonObject lienchiang = modules.stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getString("source").endsWith("lienchiang-1.0.0.jar")).findFirst().orElseThrow();
        assertEquals("FAILED", lienchiang.getString("status"));
        assertTrue(lienchiang.getJsonArray("errors").getString(0).contains("unknown keys [county]"),
                lienchiang.toString());
        assertEquals("ACTIVE", listed(modules, "taoyuan", "1.0.0").orElseThrow().getString("status"));
        assertEquals("kinmen", ADMIN.get("/api/v1/policies/kinmen").json().getString("id"));
        assertEquals("taoyuan", Api.as("ty-homeroom-701").get("/api/v1/me").json()
                .getJsonObject("policy").getString("id"), "other counties keep their module");

        // The administrator's console lists the refused jar (it has no version) beside the served modules.
        try (Browser browser = new Browser()) {
            browser.resize(1400, 900);
            browser.login("platform-admin", Api.DEMO_PASSWORD);
            browser.waitFor(By.id("landing-console"));
            browser.open("/admin/console");
            browser.waitForText(By.id("console-counties"), "桃園市");
            browser.driver.findElement(By.xpath("//vaadin-tab[contains(., '政策模組')]")).click();
            browser.waitForText(By.id("console-modules"), "lienchiang-1.0.0.jar");
            browser.waitForText(By.id("console-modules"), "載入失敗");
        }
    }
}
