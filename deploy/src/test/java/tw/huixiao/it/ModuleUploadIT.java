package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: a bureau deploys its own county module on the hosted service. The test makes its
 * own PKI (keytool) as the platform's trust anchor, registers the Yunlin bureau's signer, and
 * uploads jars signed with jarsigner: every refusal is named (problem+json {@code reason}) and
 * keeps nothing; a good upload is VERIFIED, approved by the platform administrator, activated
 * by the bureau (new cases use it, open cases stay pinned) and rolled back (the previous version
 * serves new cases again; cases opened under the withdrawn one keep it).
 */
class ModuleUploadIT {

    private static final Api ADMIN = Api.as("platform-admin");
    private static final Api BUREAU = Api.as("yl-bureau");
    private static final String JAR = "application/java-archive";
    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    private static ModuleSigning.Signer registered;
    private static ModuleSigning.Signer unregistered;
    private static ModuleSigning.Signer stranger;

    @BeforeAll
    static void pki() {
        ModuleSigning.Shared pki = ModuleSigning.shared();
        registered = pki.registered();
        unregistered = pki.unregistered();
        stranger = pki.stranger();
        // Effective dates are the service's days: start from the real date.
        ADMIN.delete("/api/v1/admin/clock");
        Api.Reply signers = BUREAU.get("/api/v1/module-signers");
        assertEquals(200, signers.status(), signers.toString());
        assertTrue(signers.body().contains("Yunlin Module Signer"), signers.toString());
    }

    @AfterAll
    static void resetClock() {
        ADMIN.delete("/api/v1/admin/clock");
    }

    // ---- refusals: each named, nothing kept --------------------------------------------------

    @Test
    void onlyTheCountysBureauUploadsAndOnlyAnAdministratorRegistersSigners() {
        byte[] jar = signed("yunlin", nextVersion(), "YUNLIN", registered);
        assertEquals(403, BUREAU.raw("POST", "/api/v1/modules?county=TAINAN", JAR, jar).status(),
                "a bureau uploads for its own county only");
        assertEquals(403, Api.as("yl-principal").raw("POST", "/api/v1/modules", JAR, jar).status());
        assertEquals(403, ADMIN.raw("POST", "/api/v1/modules", JAR, jar).status(), "uploads are the bureau's");
        assertEquals(403, BUREAU.post("/api/v1/admin/module-signers", json("county", "YUNLIN", "certificate",
                unregistered.certificatePem())).status());
        Api.Reply untrusted = ADMIN.post("/api/v1/admin/module-signers", json("county", "YUNLIN", "certificate",
                stranger.certificatePem()));
        assertRefused(untrusted, 422, "UNTRUSTED_SIGNER");
    }

    @Test
    void notAJarIsRefused() {
        assertRefusedKeepingNothing("hello, not a jar".getBytes(StandardCharsets.UTF_8), "NOT_A_JAR");
    }

    @Test
    void aBadDescriptorIsRefused() {
        String version = nextVersion();
        byte[] jar = signed("yunlin", version, "YUNLIN",
                "id=yunlin\nversion=" + version + "\nspi=[1.0,2.0)\ncounty=YUNLIN\n", registered);
        assertRefusedKeepingNothing(jar, "BAD_DESCRIPTOR");
    }

    @Test
    void aModuleForAnotherSpiIsRefused() {
        String version = nextVersion();
        byte[] jar = signed("yunlin", version, "YUNLIN", "id=yunlin\nversion=" + version + "\nspi=[9.0,10.0)\n",
                registered);
        assertRefusedKeepingNothing(jar, "SPI_RANGE");
    }

    @Test
    void anUnsignedJarIsRefused() {
        String version = nextVersion();
        byte[] jar = ModuleSigning.bytes(module("yunlin", version, "YUNLIN", ModuleJarBuilder.descriptor("yunlin",
                version)));
        assertRefusedKeepingNothing(jar, "UNSIGNED");
    }

    @Test
    void anEntryChangedAfterSigningIsRefused() {
        String version = nextVersion();
        byte[] jar = signed("yunlin", version, "YUNLIN", registered);
        byte[] tampered = ModuleSigning.rewrite(jar, "META-INF/services/tw.huixiao.policy.spi.CountyPolicy",
                "tw.example.yunlin.Other".getBytes(StandardCharsets.UTF_8));
        assertRefusedKeepingNothing(tampered, "SIGNATURE_INVALID");
    }

    @Test
    void anEntryAddedAfterSigningIsRefused() {
        String version = nextVersion();
        byte[] jar = signed("yunlin", version, "YUNLIN", registered);
        byte[] extended = ModuleSigning.rewrite(jar, "tw/example/yunlin/Extra.class", new byte[] {(byte) 0xCA, 0x0F});
        Api.Reply reply = assertRefusedKeepingNothing(extended, "UNSIGNED");
        assertTrue(reply.json().getString("detail").contains("tw/example/yunlin/Extra.class"), reply.toString());
    }

    @Test
    void aSignerOutsideThePlatformsTrustIsRefused() {
        assertRefusedKeepingNothing(signed("yunlin", nextVersion(), "YUNLIN", stranger), "UNTRUSTED_SIGNER");
    }

    @Test
    void aSignerNotRegisteredForTheCountyIsRefused() {
        assertRefusedKeepingNothing(signed("yunlin", nextVersion(), "YUNLIN", unregistered), "SIGNER_NOT_REGISTERED");
    }

    @Test
    void aModuleForAnotherCountyIsRefused() {
        assertRefusedKeepingNothing(signed("yunlin", nextVersion(), "TAINAN", registered), "WRONG_COUNTY");
    }

    @Test
    void aStoredOrOlderVersionIsRefused() {
        assertRefusedKeepingNothing(signed("yunlin", "1.0.0", "YUNLIN", registered), "DUPLICATE_VERSION");
        assertRefusedKeepingNothing(signed("yunlin", "0.9.0", "YUNLIN", registered), "VERSION_NOT_NEWER");
    }

    @Test
    void aModuleFailingThePlatformsChecksIsRefused() {
        // The descriptor and the module's own identity disagree (descriptor = identity, checked on the loaded jar).
        String version = nextVersion();
        String other = version.replace(".0.0", ".0.1");
        assertRefusedKeepingNothing(signed("yunlin", other, "YUNLIN", ModuleJarBuilder.descriptor("yunlin", version),
                registered), "CHECKS_FAILED");
    }

    // ---- the journey -------------------------------------------------------------------------

    @Test
    void uploadApproveActivateThenRollBack() throws Exception {
        Api staff = Onboarding.schoolWithStaff("YUNLIN", "ylm-registrar");
        // The second student's name is masked in the bureau's list of cases on a withdrawn version.
        long[] students = {Onboarding.student(staff, "P10000001"), Onboarding.student(staff, "P10000002", "歐陽○華"),
                Onboarding.student(staff, "P10000003")};
        String before = servedVersion(staff);
        long earlierCase = openCase(staff, students[0], before);

        String version = nextVersion();
        byte[] jar = signed("yunlin", version, "YUNLIN", ModuleJarBuilder.descriptor("yunlin", version), registered,
                "新版：第 3 日寄發限時掛號並家訪");
        Api.Reply uploaded = BUREAU.raw("POST", "/api/v1/modules", JAR, jar);
        assertEquals(201, uploaded.status(), uploaded.toString());
        JsonObject module = uploaded.json();
        long id = module.getJsonNumber("id").longValue();
        assertEquals("VERIFIED", module.getString("state"));
        assertEquals("UPLOAD", module.getString("origin"));
        assertEquals(sha256(jar), module.getString("sha256"), "the digest is the jar's");
        assertTrue(module.getString("signerSubject").contains("Yunlin Module Signer"), module.toString());
        assertFalse(module.getJsonArray("checks").isEmpty(), "the checks' findings are kept for the approver");
        assertEquals(List.of("YUNLIN"), module.getJsonArray("counties").getValuesAs(jakarta.json.JsonString::getString));
        assertTrue(module.getString("uploadedByName").contains("雲林縣"), module.toString());
        assertTrue(module.containsKey("verifiedAt"));

        assertEquals(403, BUREAU.post("/api/v1/modules/" + id + "/approval", "{}").status(),
                "the bureau does not approve its own code");
        assertEquals(409, BUREAU.post("/api/v1/modules/" + id + "/activation", "{}").status(), "not approved yet");
        assertEquals(404, Api.as("tn-bureau").get("/api/v1/modules/" + id).status(), "another county's bureau");
        JsonObject listed = listed(ADMIN, id);
        assertEquals(sha256(jar), listed.getString("sha256"), "the administrator sees the digest");
        assertEquals(module.getString("signerSha256"), listed.getString("signerSha256"));

        Api.Reply approved = ADMIN.post("/api/v1/modules/" + id + "/approval",
                json("note", "已檢視簽章者、摘要值與檢查結果"));
        assertEquals(200, approved.status(), approved.toString());
        assertEquals("APPROVED", approved.json().getString("state"));
        assertTrue(approved.json().containsKey("approvedAt"));
        assertEquals(409, ADMIN.post("/api/v1/modules/" + id + "/approval", "{}").status(), "approved once");
        assertEquals(servedVersion(staff), before, "approval alone changes nothing for the schools");

        assertEquals(404, Api.as("tn-bureau").post("/api/v1/modules/" + id + "/activation", "{}").status());
        Api.Reply past = BUREAU.post("/api/v1/modules/" + id + "/activation",
                json("effectiveFrom", today().minusDays(1).toString()));
        assertEquals(400, past.status(), past.toString());
        Api.Reply active = BUREAU.post("/api/v1/modules/" + id + "/activation", "{}");
        assertEquals(200, active.status(), active.toString());
        assertEquals("ACTIVE", active.json().getString("state"));
        assertEquals(today().toString(), active.json().getString("effectiveFrom"));

        awaitServed(staff, version);
        long newCase = openCase(staff, students[1], version);
        assertEquals("新版：第 3 日寄發限時掛號並家訪", dayThreeDuty(staff, newCase), "new cases follow the new version");
        assertEquals(before, casePolicy(staff, earlierCase).getString("version"), "an open case stays pinned");

        Api.Reply noReason = BUREAU.post("/api/v1/modules/" + id + "/rollback", "{}");
        assertEquals(400, noReason.status(), noReason.toString());
        Api.Reply rolledBack = BUREAU.post("/api/v1/modules/" + id + "/rollback", json("reason", "新版家訪步驟待修正"));
        assertEquals(200, rolledBack.status(), rolledBack.toString());
        assertEquals("RETIRED", rolledBack.json().getJsonObject("retired").getString("state"));
        assertEquals(before, rolledBack.json().getJsonObject("nowServing").getString("version"));
        awaitServed(staff, before);
        assertEquals(version, casePolicy(staff, newCase).getString("version"), "a case opened under it keeps it");
        assertTrue(casePolicy(staff, newCase).getBoolean("available"));
        assertEquals("新版：第 3 日寄發限時掛號並家訪", dayThreeDuty(staff, newCase));
        openCase(staff, students[2], before);

        // The bureau sees the open cases that still follow the withdrawn version: a count, and the cases.
        JsonObject withdrawn = ((JsonArray) BUREAU.get("/api/v1/modules/withdrawn").structure()).stream()
                .map(JsonValue::asJsonObject).filter(w -> w.getJsonNumber("id").longValue() == id).findFirst()
                .orElseThrow(() -> new AssertionError("the withdrawn version is listed"));
        assertEquals(version, withdrawn.getString("version"));
        assertTrue(withdrawn.getInt("openCases") >= 1 && withdrawn.getInt("schools") >= 1, withdrawn.toString());
        Api.Reply pinned = BUREAU.get("/api/v1/modules/" + id + "/open-cases");
        assertEquals(200, pinned.status(), pinned.toString());
        List<JsonObject> cases = ((JsonArray) pinned.structure()).getValuesAs(JsonObject.class);
        assertEquals(withdrawn.getInt("openCases"), cases.size());
        JsonObject pinnedCase = cases.stream().filter(c -> c.getJsonNumber("caseId").longValue() == newCase)
                .findFirst().orElseThrow(() -> new AssertionError("the case opened under it: " + cases));
        assertEquals("歐○○華", pinnedCase.getString("maskedName"), "the name masked (NameMask)");
        assertTrue(cases.stream().noneMatch(c -> c.getJsonNumber("caseId").longValue() == earlierCase),
                "a case on another version is not listed");
        assertEquals(404, Api.as("tn-bureau").get("/api/v1/modules/" + id + "/open-cases").status());
        assertEquals(403, staff.get("/api/v1/modules/withdrawn").status(), "the bureau's list");

        // The version now serving is the county's only one: it cannot be rolled back.
        JsonObject serving = listedVersion(BUREAU, "yunlin", before);
        if (serving.getString("origin").equals("BUNDLED")) {
            Api.Reply last = BUREAU.post("/api/v1/modules/" + serving.getJsonNumber("id") + "/rollback",
                    json("reason", "測試"));
            assertEquals(409, last.status(), last.toString());
        }
    }

    @Test
    void anActivationFromALaterDateServesNewCasesFromThatDate() {
        Api staff = Onboarding.schoolWithStaff("YUNLIN", "ylf-registrar");
        String before = servedVersion(staff);
        String version = nextVersion();
        Api.Reply uploaded = BUREAU.raw("POST", "/api/v1/modules", JAR, signed("yunlin", version, "YUNLIN", registered));
        assertEquals(201, uploaded.status(), uploaded.toString());
        long id = uploaded.json().getJsonNumber("id").longValue();
        assertEquals(200, ADMIN.post("/api/v1/modules/" + id + "/approval", "{}").status());
        LocalDate from = today().plusDays(30);
        Api.Reply scheduled = BUREAU.post("/api/v1/modules/" + id + "/activation", json("effectiveFrom", from.toString()));
        assertEquals(200, scheduled.status(), scheduled.toString());
        assertEquals(from.toString(), scheduled.json().getString("effectiveFrom"));
        try {
            assertEquals(before, servedVersion(staff), "not before its date");
            assertEquals(200, ADMIN.put("/api/v1/admin/clock", json("instant", from + "T08:00:00+08:00")).status());
            assertEquals(version, servedVersion(staff), "from its date, new cases use it");
        } finally {
            ADMIN.delete("/api/v1/admin/clock");
        }
        assertEquals(before, servedVersion(staff));
        // A scheduled activation is withdrawn the same way.
        Api.Reply withdrawn = BUREAU.post("/api/v1/modules/" + id + "/rollback", json("reason", "延後上線"));
        assertEquals(200, withdrawn.status(), withdrawn.toString());
        assertEquals("RETIRED", withdrawn.json().getJsonObject("retired").getString("state"));
    }

    @Test
    void theBundledModulesAreInTheStore() {
        JsonArray all = (JsonArray) ADMIN.get("/api/v1/modules").structure();
        for (String id : new String[] {"taoyuan", "new-taipei", "yunlin", "tainan"}) {
            JsonObject bundled = all.stream().map(JsonValue::asJsonObject)
                    .filter(m -> m.getString("moduleId").equals(id) && m.getString("version").equals("1.0.0"))
                    .findFirst().orElseThrow(() -> new AssertionError(id + " not in the store"));
            assertEquals("BUNDLED", bundled.getString("origin"));
            assertEquals("ACTIVE", bundled.getString("state"));
            assertEquals(64, bundled.getString("sha256").length());
        }
        JsonArray own = (JsonArray) BUREAU.get("/api/v1/modules").structure();
        assertTrue(own.stream().map(JsonValue::asJsonObject).allMatch(m -> m.getJsonArray("counties").toString()
                .contains("YUNLIN")), "a bureau sees its county's modules only");
        assertEquals(403, Api.as("yl-principal").get("/api/v1/modules").status());
    }

    // ---- helpers -----------------------------------------------------------------------------

    private static Api.Reply assertRefusedKeepingNothing(byte[] jar, String reason) {
        int stored = ((JsonArray) ADMIN.get("/api/v1/modules").structure()).size();
        Api.Reply reply = BUREAU.raw("POST", "/api/v1/modules", JAR, jar);
        assertRefused(reply, 422, reason);
        assertEquals(stored, ((JsonArray) ADMIN.get("/api/v1/modules").structure()).size(), "nothing kept: " + reason);
        return reply;
    }

    private static void assertRefused(Api.Reply reply, int status, String reason) {
        assertEquals(status, reply.status(), reply.toString());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.toString());
        assertEquals(reason, reply.json().getString("reason"), reply.toString());
        assertTrue(reply.json().getString("type").endsWith(reason.toLowerCase().replace('_', '-')), reply.toString());
        assertFalse(reply.json().getString("detail").isBlank());
    }

    /** A version of the Yunlin module newer than every stored one (runs may share a database). */
    private static String nextVersion() {
        int major = ((JsonArray) ADMIN.get("/api/v1/modules").structure()).stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getString("moduleId").equals("yunlin"))
                .mapToInt(m -> Integer.parseInt(m.getString("version").split("\\.")[0])).max().orElse(1);
        return (major + 1) + ".0.0";
    }

    private static Path module(String id, String version, String county, String descriptor) {
        return module(id, version, county, descriptor, "第 3 日註冊組寄發限時掛號");
    }

    private static Path module(String id, String version, String county, String descriptor, String duty) {
        try {
            return ModuleJarBuilder.countyModule(Files.createTempDirectory("upload"), id, version, county, descriptor,
                    duty);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] signed(String id, String version, String county, ModuleSigning.Signer signer) {
        return signed(id, version, county, ModuleJarBuilder.descriptor(id, version), signer);
    }

    private static byte[] signed(String id, String version, String county, String descriptor,
                                 ModuleSigning.Signer signer) {
        return signed(id, version, county, descriptor, signer, "第 3 日註冊組寄發限時掛號");
    }

    private static byte[] signed(String id, String version, String county, String descriptor,
                                 ModuleSigning.Signer signer, String duty) {
        return ModuleSigning.bytes(signer.sign(module(id, version, county, descriptor, duty)));
    }

    private static JsonObject listed(Api api, long id) {
        return ((JsonArray) api.get("/api/v1/modules").structure()).stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
    }

    private static JsonObject listedVersion(Api api, String moduleId, String version) {
        return ((JsonArray) api.get("/api/v1/modules").structure()).stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getString("moduleId").equals(moduleId) && m.getString("version").equals(version))
                .findFirst().orElseThrow();
    }

    private static String servedVersion(Api staff) {
        return staff.get("/api/v1/me").json().getJsonObject("policy").getString("version");
    }

    /** Every server follows the store within seconds; this one at once. */
    private static void awaitServed(Api staff, String version) throws InterruptedException {
        long until = System.nanoTime() + 10_000_000_000L;
        while (!servedVersion(staff).equals(version) && System.nanoTime() < until) {
            Thread.sleep(200);
        }
        assertEquals(version, servedVersion(staff));
    }

    private static long openCase(Api staff, long student, String expectedVersion) {
        Api.Reply opened = staff.post("/api/v1/cases", "{\"studentId\":" + student + ",\"categoryId\":\"TW-DROPOUT\"}");
        assertEquals(201, opened.status(), opened.toString());
        assertEquals(expectedVersion, opened.json().getJsonObject("policy").getString("version"));
        return opened.json().getJsonNumber("id").longValue();
    }

    private static JsonObject casePolicy(Api staff, long caseId) {
        return staff.get("/api/v1/cases/" + caseId).json().getJsonObject("policy");
    }

    private static String dayThreeDuty(Api staff, long caseId) {
        JsonObject policy = staff.get("/api/v1/cases/" + caseId + "/policy").json();
        return policy.getJsonArray("timeline").getJsonObject(0).getJsonObject("duty").getString("zhTw");
    }

    private static LocalDate today() {
        return LocalDate.now(TAIPEI);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static String json(String... pairs) {
        var o = jakarta.json.Json.createObjectBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            o.add(pairs[i], pairs[i + 1]);
        }
        return o.build().toString();
    }
}
