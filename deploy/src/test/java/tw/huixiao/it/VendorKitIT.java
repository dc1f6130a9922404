package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Policy SPI, vendor kit: a module generated from the template by the copy script — reusing the
 * national rules, shaded into its jar by the template's build alone — builds and passes the
 * compatibility kit with Maven (whose first check loads the packaged jar as the host does), is
 * picked up by the running server from its plugin directory, and serves a school of its (new)
 * county with the national steps.
 */
class VendorKitIT {

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

        Files.createDirectories(POLICY_DIR);
        Files.copy(jar, POLICY_DIR.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        Api admin = Api.as("platform-admin");
        assertEquals(200, admin.post("/api/v1/admin/policies/reload", "").status());
        JsonArray modules = (JsonArray) admin.get("/api/v1/policies").structure();
        JsonObject chiayi = modules.stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getString("id").equals("chiayi")).findFirst().orElseThrow();
        assertEquals("ACTIVE", chiayi.getString("status"), chiayi.toString());
        assertEquals(List.of("CHIAYI_COUNTY"), chiayi.getJsonArray("counties").getValuesAs(
                jakarta.json.JsonString::getString));

        Api staff = Onboarding.schoolWithStaff("CHIAYI_COUNTY", "cy-registrar");
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
    }
}
