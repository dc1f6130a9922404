package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Issue 21 §3 over the API: the Yunlin bureau dry-runs an uploaded version of its module whose
 * TW-DROPOUT threshold is 4 consecutive school days instead of 3, over its county's attendance of
 * November 2026, beside the active version. A student away 3 days (Mon 11-16 to Wed 11-18) would
 * not get a case; one away 4 days (Mon 11-23 to Thu 11-26) would get it a day later. Nothing is
 * written but the run's result; another county's bureau does not see it; the administrator reads it.
 */
class ModuleDryRunIT {

    private static final Api ADMIN = Api.as("platform-admin");
    private static final Api BUREAU = Api.as("yl-bureau");
    private static final String JAR = "application/java-archive";

    @Test
    void aHigherThresholdWouldNotOpenTheThreeDayCaseAndWouldOpenTheFourDayCaseLater() throws Exception {
        try {
            DryRuns.AbsentSchool school = DryRuns.yunlinSchoolWithAbsences("yld-registrar");
            Api staff = school.staff();
            long threeDays = school.threeDays();
            long fourDays = school.fourDays();
            List<String> casesBefore = cases(staff, threeDays, fourDays);

            String version = nextVersion();
            byte[] jar = ModuleSigning.bytes(ModuleSigning.shared().registered().sign(ModuleJarBuilder.countyModule(
                    Files.createTempDirectory("dryrun"), "yunlin", version, "YUNLIN",
                    ModuleJarBuilder.descriptor("yunlin", version), "第 4 日寄發限時掛號", 4)));
            Api.Reply uploaded = BUREAU.raw("POST", "/api/v1/modules", JAR, jar);
            assertEquals(201, uploaded.status(), uploaded.toString());
            long id = uploaded.json().getJsonNumber("id").longValue();
            assertEquals(0, ((JsonArray) BUREAU.get("/api/v1/modules/" + id + "/dry-runs").structure()).size());

            // Who may start it, and which periods.
            String period = "{\"from\":\"2026-11-02\",\"to\":\"2026-11-30\"}";
            assertEquals(403, ADMIN.post("/api/v1/modules/" + id + "/dry-runs", period).status(), "the bureau's act");
            assertEquals(404, Api.as("tn-bureau").post("/api/v1/modules/" + id + "/dry-runs", period).status());
            Api.Reply future = BUREAU.post("/api/v1/modules/" + id + "/dry-runs", "{\"to\":\"2026-12-01\"}");
            assertEquals(400, future.status(), future.toString());
            assertTrue(future.contentType().startsWith("application/problem+json"), future.toString());
            assertTrue(future.body().contains("\"to\""), future.toString());

            Api.Reply started = BUREAU.post("/api/v1/modules/" + id + "/dry-runs", period);
            assertEquals(202, started.status(), started.toString());
            long run = started.json().getJsonNumber("id").longValue();
            JsonObject done = awaitDone(id, run);
            assertEquals("DONE", done.getString("state"), done.toString());
            assertEquals("2026-11-02", done.getString("periodFrom"));
            assertEquals(done.getInt("schoolsTotal"), done.getInt("schoolsDone"));
            assertTrue(done.getString("activeModule").startsWith("yunlin "), done.toString());

            JsonObject ours = done.getJsonArray("schools").stream().map(JsonValue::asJsonObject)
                    .filter(s -> s.getJsonNumber("schoolId").longValue() == schoolId(staff)).findFirst()
                    .orElseThrow(() -> new AssertionError("our school differs: " + done));
            JsonObject totals = ours.getJsonObject("totals");
            assertEquals(2, totals.getInt("casesActive"), ours.toString());
            assertEquals(1, totals.getInt("casesCandidate"), ours.toString());
            assertEquals(1, totals.getInt("casesNotOpened"), ours.toString());
            assertEquals(1, totals.getInt("casesMoved"), ours.toString());
            List<String> caseChanges = ours.getJsonArray("changes").stream().map(JsonValue::asJsonObject)
                    .filter(c -> c.getString("kind").startsWith("CASE"))
                    .map(c -> c.getString("kind") + " " + c.getJsonNumber("studentId") + " "
                            + c.getString("activeArose", "-") + " " + c.getString("candidateArose", "-"))
                    .sorted().collect(Collectors.toList());
            assertEquals(List.of("CASE_NOT_OPENED " + threeDays + " 2026-11-18 -",
                    "CASE_OPENS_ON_OTHER_DAY " + fourDays + " 2026-11-25 2026-11-26"), caseChanges);
            assertTrue(ours.getJsonArray("changes").stream().map(JsonValue::asJsonObject)
                    .allMatch(c -> c.getString("student").equals("陳○安")), "names as the data has them");
            JsonObject all = done.getJsonObject("totals");
            assertTrue(all.getInt("casesNotOpened") >= 1 && all.getInt("schools") == done.getInt("schoolsTotal"));

            // Nothing of it is case data.
            assertEquals(casesBefore, cases(staff, threeDays, fourDays), "the dry-run wrote no case");
            assertEquals(2, casesBefore.size(), "the active version opened both cases: " + casesBefore);
            // Reads: the county's bureau and the administrator; not another county.
            assertEquals(200, ADMIN.get("/api/v1/modules/" + id + "/dry-runs/" + run).status());
            assertEquals(1, ((JsonArray) ADMIN.get("/api/v1/modules/" + id + "/dry-runs").structure()).size());
            assertEquals(404, Api.as("tn-bureau").get("/api/v1/modules/" + id + "/dry-runs/" + run).status());
            assertEquals(403, Api.as("yl-principal").get("/api/v1/modules/" + id + "/dry-runs").status());
            // An active module is not dry-run (it already serves).
            long bundled = ((JsonArray) BUREAU.get("/api/v1/modules").structure()).stream()
                    .map(JsonValue::asJsonObject).filter(m -> m.getString("state").equals("ACTIVE")).findFirst()
                    .orElseThrow().getJsonNumber("id").longValue();
            Api.Reply active = BUREAU.post("/api/v1/modules/" + bundled + "/dry-runs", period);
            assertEquals(409, active.status(), active.toString());
        } finally {
            ADMIN.delete("/api/v1/admin/clock");
        }
    }

    private static JsonObject awaitDone(long id, long run) throws InterruptedException {
        long until = System.nanoTime() + 120_000_000_000L;
        JsonObject report;
        do {
            Api.Reply reply = BUREAU.get("/api/v1/modules/" + id + "/dry-runs/" + run);
            assertEquals(200, reply.status(), reply.toString());
            report = reply.json();
            if (!report.getString("state").equals("RUNNING")) {
                return report;
            }
            Thread.sleep(250);
        } while (System.nanoTime() < until);
        return report;
    }

    private static List<String> cases(Api staff, long... students) {
        List<String> all = new java.util.ArrayList<>();
        for (long student : students) {
            Escalations.openCases(staff, student).forEach(c -> all.add(student + " " + c));
        }
        return all;
    }

    private static long schoolId(Api staff) {
        return staff.get("/api/v1/me").json().getJsonObject("school").getJsonNumber("id").longValue();
    }

    private static String nextVersion() {
        int major = ((JsonArray) ADMIN.get("/api/v1/modules").structure()).stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getString("moduleId").equals("yunlin"))
                .mapToInt(m -> Integer.parseInt(m.getString("version").split("\\.")[0])).max().orElse(1);
        return (major + 1) + ".0.0";
    }
}
