package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Policy SPI, vendor kit: a module generated from the template by the copy script — reusing the
 * national rules, shaded into its jar by the template's build alone — builds and passes the
 * compatibility kit with Maven (whose first check loads the packaged jar as the host does), is
 * signed with the county's registered certificate and deployed through the module store's upload
 * (the vendor uploads once the new county's bureau granted it, the administrator approves, the
 * bureau activates; ungranted and revoked uploads are refused, named), and serves a
 * school of its (new) county with the national steps.
 */
class VendorKitIT {

    private static final String JAR = "application/java-archive";

    /** The operator's import path, which the upload does not use. */
    private static final Path POLICY_DIR = Path.of("target/liberty/wlp/usr/servers/huixiao-it/policies");

    private static String run(Path directory, String... command) throws IOException, InterruptedException {
        Path log = Files.createTempFile("vendor-kit", ".log");
        Process process = new ProcessBuilder(command).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "timed out: " + String.join(" ", command));
        String output = Files.readString(log);
        assertEquals(0, process.exitValue(), String.join(" ", command) + " failed:\n" + output);
        return output;
    }

    @Test
    void aGeneratedModuleBuildsDeploysAndServesItsCounty() throws Exception {
        Path work = Files.createDirectories(Path.of("target/vendor-kit").toAbsolutePath());
        Path module = work.resolve("chiayi-" + System.nanoTime());
        Path script = Path.of("../policies/new-county-module").toAbsolutePath().normalize();
        run(work, script.toString(), "--id", "chiayi", "--county", "CHIAYI_COUNTY", "--name-zh", "嘉義縣",
                "--name-en", "Chiayi County", "--package", "tw.example.chiayi", "--into", module.toString());

        // The vendor's build: compile, the compatibility kit and the rule tests, the jar.
        String build = run(module, System.getProperty("huixiao.it.maven", "mvn"), "-B", "-o",
                "-Dmaven.repo.local=" + System.getProperty("huixiao.it.maven.repo",
                        System.getProperty("user.home") + "/.m2/repository"), "package");
        // The compatibility kit and the generated rule tests ran, and none failed.
        assertTrue(build.contains("in tw.example.chiayi.ChiayiPolicyTckTest")
                && build.contains("in tw.example.chiayi.ChiayiPolicyRulesTest")
                && java.util.regex.Pattern.compile("Tests run: \\d+, Failures: 0, Errors: 0, Skipped: 0\\s*$",
                        java.util.regex.Pattern.MULTILINE).matcher(build).find()
                && build.contains("BUILD SUCCESS"), "the kit ran:\n" + build);
        assertTrue(build.contains("Including tw.huixiao:huixiao-policy-national:jar"), "national shaded in:\n" + build);
        assertTrue(build.contains("(kit-on-the-packaged-jar)"), "the kit ran on the packaged jar:\n" + build);
        Path jar = module.resolve("target/huixiao-policy-chiayi-1.0.0.jar");
        assertTrue(Files.isRegularFile(jar));
        try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
            assertTrue(file.getJarEntry("tw/huixiao/policy/national/NationalRules.class") != null,
                    "the deployable jar carries the national rules it reuses");
            assertEquals(null, file.getJarEntry("tw/huixiao/policy/spi/CountyPolicy.class"), "the SPI is the host's");
        }

        // Into the service as a county deploys it (issue 21): signed with the county's registered
        // certificate, uploaded by its bureau, approved by the administrator, activated by the bureau.
        Api admin = Api.as("platform-admin");
        ModuleSigning.Signer signer = ModuleSigning.shared().platform().issue("Chiayi Module Signer");
        Api.Reply registered = admin.post("/api/v1/admin/module-signers", jakarta.json.Json.createObjectBuilder()
                .add("county", "CHIAYI_COUNTY").add("certificate", signer.certificatePem()).build().toString());
        assertEquals(201, registered.status(), registered.toString());
        String officer = "cy-bureau-" + Unique.suffix();
        Api.Reply account = admin.post("/api/v1/admin/bureau-accounts", """
                {"county":"CHIAYI_COUNTY","username":"%s","displayName":"嘉義縣政府教育處 陳○安","password":"%s"}"""
                .formatted(officer, Onboarding.PASSWORD));
        assertEquals(201, account.status(), account.toString());
        Api bureau = Api.as(officer, Onboarding.PASSWORD);

        // The vendor who built it uploads it (issue 21 §2): a platform-level account the county grants.
        String vendorName = "cy-vendor-" + Unique.suffix();
        Api.Reply vendorAccount = admin.post("/api/v1/admin/vendor-accounts", """
                {"username":"%s","displayName":"範例資訊股份有限公司 林○宏","password":"%s"}"""
                .formatted(vendorName, Onboarding.PASSWORD));
        assertEquals(201, vendorAccount.status(), vendorAccount.toString());
        Api vendor = Api.as(vendorName, Onboarding.PASSWORD);
        byte[] signed = ModuleSigning.bytes(signer.sign(jar));
        Api.Reply ungranted = vendor.raw("POST", "/api/v1/modules?county=CHIAYI_COUNTY", JAR, signed);
        assertEquals(403, ungranted.status(), ungranted.toString());
        assertTrue(ungranted.toString().contains("CHIAYI_COUNTY") && ungranted.toString().contains(vendorName),
                "the refusal names the county and the vendor: " + ungranted);
        Api.Reply granted = bureau.post("/api/v1/module-vendors", "{\"username\":\"" + vendorName + "\"}");
        assertEquals(201, granted.status(), granted.toString());
        long grant = granted.json().getJsonNumber("id").longValue();
        assertEquals(409, bureau.post("/api/v1/module-vendors", "{\"username\":\"" + vendorName + "\"}").status(),
                "one standing grant per vendor");
        Api.Reply notVendor = bureau.post("/api/v1/module-vendors", "{\"username\":\"platform-admin\"}");
        assertEquals(400, notVendor.status(), notVendor.toString());
        assertTrue(notVendor.toString().contains("不是規範模組廠商帳號"), notVendor.toString());
        // Granted by Chiayi only: Yunlin's module is refused to it, named.
        Api.Reply elsewhere = vendor.raw("POST", "/api/v1/modules?county=YUNLIN", JAR, signed);
        assertEquals(403, elsewhere.status(), elsewhere.toString());
        assertTrue(elsewhere.toString().contains("YUNLIN"), elsewhere.toString());
        assertEquals(400, vendor.raw("POST", "/api/v1/modules", JAR, signed).status(), "a vendor names the county");

        long id = ModuleDeployments.deploy(vendor, "CHIAYI_COUNTY", bureau, signed);
        assertEquals(vendor.get("/api/v1/modules/" + id).json().getString("uploadedByName"),
                "範例資訊股份有限公司 林○宏", "the vendor follows its upload");
        JsonObject stored = admin.get("/api/v1/modules/" + id).json();
        assertEquals("UPLOAD", stored.getString("origin"));
        assertEquals("ACTIVE", stored.getString("state"));
        assertTrue(stored.getString("signerSubject").contains("Chiayi Module Signer"), stored.toString());
        assertTrue(Files.notExists(POLICY_DIR.resolve(jar.getFileName())), "nothing copied to a server's disk");

        Api staff = Onboarding.schoolWithStaff("CHIAYI_COUNTY", "cy-registrar");
        ModuleDeployments.awaitServed(staff, "1.0.0");
        JsonArray modules = (JsonArray) admin.get("/api/v1/policies").structure();
        JsonObject chiayi = modules.stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getString("id").equals("chiayi")).findFirst().orElseThrow();
        assertEquals("ACTIVE", chiayi.getString("status"), chiayi.toString());
        assertEquals(List.of("CHIAYI_COUNTY"), chiayi.getJsonArray("counties").getValuesAs(
                jakarta.json.JsonString::getString));

        JsonObject policy = staff.get("/api/v1/me").json().getJsonObject("policy");
        assertEquals("chiayi", policy.getString("id"));
        assertEquals("嘉義縣", policy.getString("zhTw"));

        long student = Onboarding.student(staff, "Q10000001");
        Api.Reply opened = staff.post("/api/v1/cases", "{\"studentId\":" + student + ",\"categoryId\":\"TW-DROPOUT\"}");
        assertEquals(201, opened.status(), opened.toString());
        assertEquals("chiayi", opened.json().getJsonObject("policy").getString("id"));
        JsonObject pinned = staff.get("/api/v1/cases/" + opened.json().getJsonNumber("id") + "/policy").json();
        assertEquals("TEMPLATE-CONTACT-RECORD", pinned.getJsonArray("forms").getJsonObject(0).getString("id"));
        // Its three own steps and the three national ones (TW-PENALTY, TW-ZERO-REJECT, TW-TIERS).
        assertEquals(6, pinned.getJsonArray("timeline").size(), pinned.toString());
        assertTrue(pinned.getJsonArray("timeline").stream().map(JsonValue::asJsonObject)
                .anyMatch(step -> "TW-TIERS".equals(step.getString("ruleId", null))), pinned.toString());

        // The bureau revokes the grant: kept as revoked (who, when), and the vendor's next upload is refused.
        Api.Reply revoked = bureau.delete("/api/v1/module-vendors/" + grant);
        assertEquals(200, revoked.status(), revoked.toString());
        JsonObject record = ((JsonArray) bureau.get("/api/v1/module-vendors").structure()).stream()
                .map(JsonValue::asJsonObject).filter(g -> g.getJsonNumber("id").longValue() == grant).findFirst()
                .orElseThrow();
        assertEquals("嘉義縣政府教育處 陳○安", record.getString("revokedByName"), record.toString());
        assertTrue(record.containsKey("revokedAt") && record.containsKey("grantedAt"), record.toString());
        Api.Reply afterRevoke = vendor.raw("POST", "/api/v1/modules?county=CHIAYI_COUNTY", JAR, signed);
        assertEquals(403, afterRevoke.status(), afterRevoke.toString());
        assertEquals(404, vendor.get("/api/v1/modules/" + id).status(), "no longer the vendor's to read");
    }
}
