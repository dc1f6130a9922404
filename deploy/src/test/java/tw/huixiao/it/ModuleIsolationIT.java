package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A county module that throws or hangs in the daily run (issue 21 §5): every call into module
 * code runs under a time budget ({@code huixiao.modules.call-budget-ms}, 2 s on the test server),
 * so the county's schools are reported failed naming the module — in the run's report and in the
 * run ledger the platform administrator and that county's bureau read — while another county's
 * duties of the day are laid out as always and the run's time stays bounded. The test modules
 * are real signed uploads that pass the upload checks and misbehave once the test arms them.
 */
class ModuleIsolationIT {

    private static final Api ADMIN = Api.as("platform-admin");
    private static final Api BUREAU = Api.as("yl-bureau");
    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
    private static final long BUDGET_MILLIS = 2000;

    private static ModuleSigning.Signer signer;
    private static Path armed;

    @BeforeAll
    static void pki() throws IOException {
        signer = ModuleSigning.shared().registered();
        armed = Files.createTempDirectory("module-armed").resolve("armed");
        ADMIN.delete("/api/v1/admin/clock");
    }

    @AfterAll
    static void disarmAndResetClock() throws IOException {
        Files.deleteIfExists(armed);
        ADMIN.delete("/api/v1/admin/clock");
    }

    @Test
    void aModuleThatThrowsFailsOnlyItsCountysSchoolsNamingTheModule() throws Exception {
        LocalDate monday = LocalDate.now(TAIPEI).plusDays(7).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        Day day = misbehavingDay(monday, false);

        JsonArray failed = day.report().getJsonArray("failed");
        for (JsonObject f : failed.getValuesAs(JsonObject.class)) {
            assertEquals("THREW", f.getString("kind"), f.toString());
            assertTrue(f.getString("message").contains("categories") || f.getString("message").contains("timeline"),
                    "the failing method is named: " + f);
        }
    }

    @Test
    void aModuleThatHangsIsCutOffByItsBudgetAndTheRunStaysBounded() throws Exception {
        LocalDate monday = LocalDate.now(TAIPEI).plusDays(14).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        Day day = misbehavingDay(monday, true);

        List<String> kinds = day.report().getJsonArray("failed").getValuesAs(JsonObject.class).stream()
                .map(f -> f.getString("kind")).toList();
        assertTrue(kinds.contains("TIMED_OUT"), "the first calls ran out their budget: " + kinds);
        assertTrue(kinds.stream().allMatch(k -> k.equals("TIMED_OUT") || k.equals("OVERLOADED")), kinds.toString());
        // The looping threads hold the module's own pool only: once all are stuck, the county's
        // other schools fail at once instead of each waiting a budget. Against the same date run
        // again with the module disarmed (same schools, same server), the hang adds about one budget.
        long hung = day.report().getJsonNumber("millis").longValue();
        long baseline = day.rerun().getJsonNumber("millis").longValue();
        assertTrue(hung <= baseline + 3 * BUDGET_MILLIS + 5000,
                "the hang cost " + hung + " ms against " + baseline + " ms without it");
    }

    /** A run's report and the same date's re-run once the module is disarmed. */
    private record Day(JsonObject report, JsonObject rerun) {
    }

    /**
     * Deploys a misbehaving Yunlin module, lays out a New Taipei transfer no-show (NT-CAT3) whose
     * day-1 duty the daily run of Tuesday lays out, runs Tuesday with the module armed and checks
     * what every run must show; disarms, re-runs the date and rolls the module back.
     */
    private static Day misbehavingDay(LocalDate monday, boolean hangs) throws Exception {
        LocalDate tuesday = monday.plusDays(1);
        Api yunlin = Onboarding.schoolWithStaff("YUNLIN", "yl-iso");
        long yunlinSchool = yunlin.get("/api/v1/me").json().getJsonObject("school").getJsonNumber("id").longValue();
        Api newTaipei = Onboarding.schoolWithStaff("NEW_TAIPEI", "nt-iso");
        semesterAround(newTaipei, monday);
        long student = Fixtures.student(newTaipei, false);

        String before = ModuleDeployments.servedVersion(yunlin);
        String version = ModuleDeployments.nextVersion("yunlin");
        Path jar = ModuleJarBuilder.misbehavingModule(Files.createTempDirectory("isolation"), "yunlin", version,
                "YUNLIN", armed, hangs);
        long moduleId = ModuleDeployments.deploy(BUREAU, ModuleSigning.bytes(signer.sign(jar)));
        try {
            ModuleDeployments.awaitServed(yunlin, version);

            Fixtures.clock(monday + "T15:00:00+08:00");
            assertEquals(200, newTaipei.post("/api/v1/attendance/enrolment-events", """
                    {"studentId":%d,"kind":"TRANSFERRED_OUT","date":"%s","otherSchool":"新北市立示範國民中學"}"""
                    .formatted(student, monday)).status());
            Fixtures.clock(tuesday + "T07:00:00+08:00");

            Files.createFile(armed);
            JsonObject report;
            try {
                Api.Reply run = ADMIN.post("/api/v1/admin/escalation-runs?date=" + tuesday, "");
                assertEquals(200, run.status(), run.toString());
                report = run.json();
            } finally {
                Files.deleteIfExists(armed);
            }

            // Yunlin's schools failed, each naming the module; no other county's school did.
            List<JsonObject> failed = report.getJsonArray("failed").getValuesAs(JsonObject.class);
            assertEquals(report.getInt("failures"), failed.size(), report.toString());
            assertTrue(failed.stream().anyMatch(f -> f.getJsonNumber("schoolId").longValue() == yunlinSchool),
                    "the Yunlin school is reported failed: " + failed);
            for (JsonObject f : failed) {
                assertEquals("YUNLIN", f.getString("county"), f.toString());
                assertEquals("yunlin", f.getString("moduleId"), f.toString());
                assertEquals(version, f.getString("moduleVersion"), f.toString());
                assertTrue(f.getString("message").contains("yunlin " + version), f.toString());
            }
            // New Taipei's day-1 duty of the no-show arose in the same run (NT-D1-REGISTRAR).
            assertEquals(List.of("NT-D1-REGISTRAR " + tuesday), dayOne(newTaipei, student));

            // The run ledger: the administrator sees every county, the bureau its own.
            assertTrue(ledgerSchools(ADMIN, tuesday, version).contains(yunlinSchool));
            assertTrue(ledgerSchools(BUREAU, tuesday, version).contains(yunlinSchool));
            List<JsonObject> bureauRows = ((JsonArray) BUREAU.get("/api/v1/escalation-failures").structure())
                    .getValuesAs(JsonObject.class);
            assertTrue(bureauRows.stream().allMatch(f -> f.getString("county").equals("YUNLIN")), bureauRows.toString());
            assertTrue(ledgerSchools(Api.as("tn-bureau"), tuesday, version).isEmpty(), "not another county's bureau");
            assertEquals(403, yunlin.get("/api/v1/escalation-failures").status(), "not a school's staff");

            // Disarmed (the stuck calls return), the date's re-run does the county's work: nothing fails.
            Thread.sleep(1000);
            JsonObject rerun = ADMIN.post("/api/v1/admin/escalation-runs?date=" + tuesday, "").json();
            assertEquals(0, rerun.getInt("failures"), rerun.toString());
            assertFalse(ledgerSchools(ADMIN, tuesday, version).contains(yunlinSchool), "a re-run replaces the ledger");
            return new Day(report, rerun);
        } finally {
            Files.deleteIfExists(armed);
            ADMIN.delete("/api/v1/admin/clock");
            ModuleDeployments.rollBack(BUREAU, moduleId, "測試模組停用");
            ModuleDeployments.awaitServed(yunlin, before);
        }
    }

    /** Schools in the run ledger for the date whose failure names the module version. */
    private static Set<Long> ledgerSchools(Api api, LocalDate date, String version) {
        Api.Reply reply = api.get("/api/v1/escalation-failures");
        assertEquals(200, reply.status(), reply.toString());
        return ((JsonArray) reply.structure()).stream().map(JsonValue::asJsonObject)
                .filter(f -> f.getString("businessDate").equals(date.toString()))
                .filter(f -> version.equals(f.getString("moduleVersion", null)))
                .map(f -> f.getJsonNumber("schoolId").longValue()).collect(Collectors.toSet());
    }

    /** The school's semester around the date (ROC school year: term 1 from August, term 2 from February). */
    private static void semesterAround(Api school, LocalDate day) {
        boolean first = day.getMonthValue() >= 8 || day.getMonthValue() == 1;
        int autumn = day.getMonthValue() >= 8 ? day.getYear() : day.getYear() - 1;
        String body = first
                ? """
                {"schoolYear":%d,"term":1,"firstDay":"%d-08-30","lastDay":"%d-01-20"}""".formatted(autumn - 1911,
                        autumn, autumn + 1)
                : """
                {"schoolYear":%d,"term":2,"firstDay":"%d-02-11","lastDay":"%d-06-30"}""".formatted(autumn - 1911,
                        autumn + 1, autumn + 1);
        Api.Reply reply = school.put("/api/v1/calendar/semesters", body);
        assertEquals(200, reply.status(), reply.toString());
    }

    /** The registrar's day-1 duties for the student. */
    private static List<String> dayOne(Api school, long student) {
        return school.get("/api/v1/tasks?due=open").structure().asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(t -> t.getJsonNumber("studentId").longValue() == student && t.getString("ruleId").startsWith("NT-D1"))
                .map(t -> t.getString("ruleId") + " " + t.getString("dueOn")).toList();
    }

}
