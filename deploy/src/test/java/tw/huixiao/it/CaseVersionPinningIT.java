package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;

/**
 * Policy SPI, version pinning: a case records the module version it was opened under and
 * keeps following that version's timeline after a newer version is deployed; new cases use
 * the newest version. Runs on a county no other test uses (Penghu), with a school onboarded
 * through the administrator API.
 */
class CaseVersionPinningIT {

    private static final Path POLICY_DIR = Path.of("target/liberty/wlp/usr/servers/huixiao-it/policies");
    private static final Api ADMIN = Api.as("platform-admin");

    private static void deploy(String version, String duty) throws Exception {
        Files.createDirectories(POLICY_DIR);
        Path jar = ModuleJarBuilder.countyModule(Files.createTempDirectory("staging"), "penghu", version, "PENGHU",
                ModuleJarBuilder.descriptor("penghu", version), duty);
        Files.copy(jar, POLICY_DIR.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        Api.Reply reload = ADMIN.post("/api/v1/admin/policies/reload", "");
        assertEquals(200, reload.status(), reload.toString());
    }

    private static int newestPenghuMajor() {
        return ((jakarta.json.JsonArray) ADMIN.get("/api/v1/policies").structure()).stream()
                .map(jakarta.json.JsonValue::asJsonObject)
                .filter(m -> m.getString("id").equals("penghu") && m.getString("status").equals("ACTIVE"))
                .mapToInt(m -> Integer.parseInt(m.getString("version").split("\\.")[0]))
                .max().orElse(0);
    }

    private static String dayThreeDuty(Api staff, long caseId) {
        JsonObject policy = staff.get("/api/v1/cases/" + caseId + "/policy").json();
        return policy.getJsonArray("timeline").getJsonObject(0).getJsonObject("duty").getString("zhTw");
    }

    @Test
    void aCaseKeepsItsModuleVersionAfterANewerOneIsDeployed() throws Exception {
        // Loaded modules stay loaded while the server runs (pinned cases need them), and the
        // plugin directory outlives a test run: each run deploys versions newer than the last.
        int major = 1 + newestPenghuMajor();
        String first = major + ".0.0";
        String second = major + ".1.0";
        deploy(first, "第一版：第 3 日寄發限時掛號");
        Api staff = Onboarding.schoolWithStaff("PENGHU", "ph-registrar");
        long firstStudent = Onboarding.student(staff, "X10000001");
        long secondStudent = Onboarding.student(staff, "X10000002");

        Api.Reply opened = staff.post("/api/v1/cases",
                "{\"studentId\":" + firstStudent + ",\"categoryId\":\"TW-DROPOUT\"}");
        assertEquals(201, opened.status(), opened.toString());
        long oldCase = opened.json().getJsonNumber("id").longValue();
        assertEquals(first, opened.json().getJsonObject("policy").getString("version"));

        deploy(second, "第二版：第 3 日寄發限時掛號並電話聯繫");
        assertEquals(second, staff.get("/api/v1/me").json().getJsonObject("policy").getString("version"),
                "the school now works under the newest version");

        JsonObject old = staff.get("/api/v1/cases/" + oldCase).json();
        assertEquals("penghu", old.getJsonObject("policy").getString("id"));
        assertEquals(first, old.getJsonObject("policy").getString("version"), "the open case stays pinned");
        assertTrue(old.getJsonObject("policy").getBoolean("available"));
        assertEquals("第一版：第 3 日寄發限時掛號", dayThreeDuty(staff, oldCase), "and follows its own timeline");

        Api.Reply newer = staff.post("/api/v1/cases",
                "{\"studentId\":" + secondStudent + ",\"categoryId\":\"TW-DROPOUT\"}");
        assertEquals(201, newer.status(), newer.toString());
        long newCase = newer.json().getJsonNumber("id").longValue();
        assertEquals(second, newer.json().getJsonObject("policy").getString("version"));
        assertEquals("第二版：第 3 日寄發限時掛號並電話聯繫", dayThreeDuty(staff, newCase));

        Api.Reply closed = staff.post("/api/v1/cases/" + oldCase + "/close",
                "{\"note\":\"學生已返校穩定\",\"version\":" + old.getJsonNumber("version").longValue() + "}");
        assertEquals(200, closed.status(), closed.toString());
        assertEquals("CLOSED", closed.json().getString("status"));
        assertEquals(first, closed.json().getJsonObject("policy").getString("version"));
    }

    @Test
    void openingACaseChecksTheCategoryAndOneOpenCasePerCategory() {
        Api staff = Onboarding.schoolWithStaff("TAOYUAN", "ty-onboarded");
        long student = Onboarding.student(staff, "X10000003");

        Api.Reply wrong = staff.post("/api/v1/cases", "{\"studentId\":" + student + ",\"categoryId\":\"NT-CAT1\"}");
        assertEquals(400, wrong.status(), wrong.toString());
        assertTrue(wrong.body().contains("TY-AT-RISK"), "the error lists the county's categories: " + wrong);

        assertEquals(201, staff.post("/api/v1/cases", "{\"studentId\":" + student + ",\"categoryId\":\"TW-DROPOUT\"}")
                .status());
        Api.Reply again = staff.post("/api/v1/cases", "{\"studentId\":" + student + ",\"categoryId\":\"TW-DROPOUT\"}");
        assertEquals(409, again.status(), again.toString());
        assertEquals(409, staff.delete("/api/v1/students/" + student).status(), "a student with cases is kept");
    }

    @Test
    void onlyPlatformAdministratorsOnboardSchools() {
        Api.Reply reply = Api.as("ty-principal").post("/api/v1/admin/schools", """
                {"moeCode":"123456","name":"x","county":"PENGHU","level":"JUNIOR_HIGH","district":"x","address":"x"}""");
        assertEquals(403, reply.status(), reply.toString());
        Api.Reply invalid = ADMIN.post("/api/v1/admin/schools", """
                {"moeCode":"12","name":"","county":"penghu","level":"HIGH","district":"x","address":"x"}""");
        assertEquals(400, invalid.status(), invalid.toString());
        assertEquals(4, invalid.json().getJsonArray("errors").size(), invalid.toString());
    }
}
