package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tw.huixiao.platform.infrastructure.persistence.SchemaMigrator;

/**
 * Issue 22 §3: a server killed (kill -9) in the middle of the daily run is taken over by another,
 * which finishes the run without doing any school twice. A second server (B, {@link SecondServer})
 * pauses 2 s after each school (a test-only setting of B alone) and works one school at a time;
 * it runs a date, and once it has done two schools its JVM is killed with SIGKILL. Its lease
 * (15 s in the IT configuration) expires by the database's clock and the IT server (A), which
 * looks for expired leases every 2 s, takes the run over. Proven by counts in the database: one
 * school row per school, each school once, some by B and the rest by A; one run recorded, by A,
 * with one takeover; the duty the date's run lays out in this test's school exists once; and a
 * fresh run of the date afterwards finds nothing left to do.
 */
class LeaseTakeoverIT {

    private static final Api ADMIN = Api.as("platform-admin");
    private static final String DATE = "2026-05-26";
    private static final String S = SchemaMigrator.SCHEMA + ".";

    @AfterAll
    static void systemClock() {
        ADMIN.delete("/api/v1/admin/clock");
    }

    @Test
    void aServerKilledMidRunIsTakenOverAndNoSchoolIsDoneTwice() throws Exception {
        // The run's work in a school of this test: a transfer out on Monday, day 1 of the no-show
        // (NT-D1-REGISTRAR) arises from Tuesday's daily run.
        Api school = Onboarding.schoolWithStaff("NEW_TAIPEI", "nt-lease");
        assertEquals(200, school.put("/api/v1/calendar/semesters", """
                {"schoolYear":114,"term":2,"firstDay":"2026-02-23","lastDay":"2026-06-30"}""").status());
        long student = Fixtures.student(school, false);
        Fixtures.clock("2026-05-25T15:00:00+08:00");
        assertEquals(200, school.post("/api/v1/attendance/enrolment-events", """
                {"studentId":%d,"kind":"TRANSFERRED_OUT","date":"2026-05-25","otherSchool":"新北市立示範國民中學"}"""
                .formatted(student)).status());
        // Enough schools for B to be killed with some left (a targeted run has only the demo's).
        for (int i = schools(); i < 8; i++) {
            Onboarding.schoolWithStaff("TAOYUAN", "lease-extra");
        }
        int schools = schools();

        // A date no other test runs: the counts below are of this test's run alone.
        assertEquals(0, count("SELECT count(*) FROM " + S + "work_lease WHERE name = 'escalation-run/" + DATE + "'"),
                "an earlier test already ran " + DATE);

        String holderB;
        try (SecondServer b = SecondServer.start(Map.of("huixiao.escalation.test.pause-after-school-ms", "2000",
                "huixiao.escalation.threads", "1"))) {
            long pid = b.pid();
            CompletableFuture<Api.Reply> onB = CompletableFuture.supplyAsync(
                    () -> ADMIN.at(b.base()).post("/api/v1/admin/escalation-runs?date=" + DATE, ""));
            holderB = awaitHolder();
            assertTrue(holderB.endsWith("/" + pid), "B holds the run: " + holderB + ", B's pid " + pid);
            await(() -> count("SELECT count(*) FROM " + S + "escalation_run_school WHERE business_date = '" + DATE
                    + "' AND holder = '" + holderB + "'") >= 2, Duration.ofSeconds(120), "B did two schools");
            b.kill();
            System.out.println("LeaseTakeoverIT: killed " + SecondServer.NAME + " (pid " + pid + ") after "
                    + doneBy(holderB) + " of " + schools + " schools");
            assertTrue(onB.handle((reply, e) -> e != null || reply.status() >= 500).get(),
                    "B's run never answered: its server died");
        }
        int byB = doneBy(holderB);
        assertTrue(byB < schools, "B was killed with schools left: " + byB + " of " + schools);

        long killedAt = System.nanoTime();
        await(() -> count("SELECT count(*) FROM " + S + "work_lease WHERE name = 'escalation-run/" + DATE
                + "' AND finished_at IS NOT NULL") == 1, Duration.ofSeconds(120), "another server finished the run");
        System.out.printf("LeaseTakeoverIT: the run was taken over and finished %d ms after the kill%n",
                (System.nanoTime() - killedAt) / 1_000_000);

        String holderA = text("SELECT holder FROM " + S + "work_lease WHERE name = 'escalation-run/" + DATE + "'");
        assertTrue(!holderA.equals(holderB), "finished by the IT server, not the dead one: " + holderA);
        assertEquals(1, count("SELECT takeovers FROM " + S + "work_lease WHERE name = 'escalation-run/" + DATE + "'"));
        assertEquals(2, count("SELECT token FROM " + S + "work_lease WHERE name = 'escalation-run/" + DATE + "'"));
        // Every school once: as many rows as schools, no school twice (the primary key would refuse
        // it, and the taker skips what is done), B's and A's parts adding up.
        assertEquals(schools, count("SELECT count(*) FROM " + S + "escalation_run_school WHERE business_date = '"
                + DATE + "'"));
        assertEquals(schools, count("SELECT count(DISTINCT school_id) FROM " + S + "escalation_run_school "
                + "WHERE business_date = '" + DATE + "'"));
        assertEquals(schools - byB, doneBy(holderA), "A did exactly the schools B had not");
        assertEquals(0, count("SELECT count(*) FROM " + S + "school s WHERE NOT EXISTS (SELECT 1 FROM " + S
                + "escalation_run_school r WHERE r.business_date = '" + DATE + "' AND r.school_id = s.id)"));
        // One run recorded, by A, with the totals of both parts.
        assertEquals(1, count("SELECT runs FROM " + S + "escalation_run WHERE business_date = '" + DATE + "'"));
        assertEquals(schools, count("SELECT schools FROM " + S + "escalation_run WHERE business_date = '" + DATE + "'"));
        assertEquals(holderA, text("SELECT node FROM " + S + "escalation_run WHERE business_date = '" + DATE + "'"));
        assertEquals(count("SELECT coalesce(sum(tasks_created), 0) FROM " + S + "escalation_run_school WHERE "
                        + "business_date = '" + DATE + "'"),
                count("SELECT tasks_created FROM " + S + "escalation_run WHERE business_date = '" + DATE + "'"));
        // The date's duty in this test's school, once.
        assertEquals(List.of("NT-D1-REGISTRAR 2026-05-26"), dayOne(school, student));

        // Nothing was left undone: a fresh run of the date (every school again) adds nothing.
        JsonObject again = ADMIN.post("/api/v1/admin/escalation-runs?date=" + DATE, "").json();
        assertEquals(0, again.getInt("casesOpened"), again.toString());
        assertEquals(0, again.getInt("tasksCreated"), again.toString());
        assertEquals(List.of("NT-D1-REGISTRAR 2026-05-26"), dayOne(school, student));
    }

    /** The holder of the date's lease once someone holds it. */
    private static String awaitHolder() throws Exception {
        await(() -> count("SELECT count(*) FROM " + S + "work_lease WHERE name = 'escalation-run/" + DATE + "'") == 1,
                Duration.ofSeconds(60), "the run on B started");
        return text("SELECT holder FROM " + S + "work_lease WHERE name = 'escalation-run/" + DATE + "'");
    }

    private static int doneBy(String holder) throws SQLException {
        return count("SELECT count(*) FROM " + S + "escalation_run_school WHERE business_date = '" + DATE
                + "' AND holder = '" + holder + "'");
    }

    private static int schools() throws SQLException {
        return count("SELECT count(*) FROM " + S + "school");
    }

    /** The registrar's day-1 duties for the student. */
    private static List<String> dayOne(Api school, long student) {
        return school.get("/api/v1/tasks?due=open").structure().asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getJsonNumber("studentId").longValue() == student && t.getString("ruleId").startsWith("NT-D1"))
                .map(t -> t.getString("ruleId") + " " + t.getString("dueOn")).toList();
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static void await(Check check, Duration within, String what) throws Exception {
        long until = System.nanoTime() + within.toNanos();
        while (!check.holds()) {
            if (System.nanoTime() > until) {
                throw new AssertionError(what + ": not within " + within.toSeconds() + " s");
            }
            Thread.sleep(200);
        }
    }

    private static Connection db() throws SQLException {
        return DriverManager.getConnection(System.getenv("HUIXIAO_DB_URL"), System.getenv("HUIXIAO_DB_APP_USER"),
                System.getenv("HUIXIAO_DB_APP_PASSWORD"));
    }

    private static int count(String sql) throws SQLException {
        try (Connection c = db(); PreparedStatement q = c.prepareStatement(sql); ResultSet r = q.executeQuery()) {
            r.next();
            return r.getInt(1);
        }
    }

    private static String text(String sql) throws SQLException {
        try (Connection c = db(); PreparedStatement q = c.prepareStatement(sql); ResultSet r = q.executeQuery()) {
            r.next();
            return r.getString(1);
        }
    }
}
