package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Records kept for their legal time through the API (issue 22 §7), with the service clock moved:
 * a student who graduated on 2026-03-04 keeps their counselling file for 10 years
 * (學生輔導法施行細則 輔導資料: 10 years after the student leaves) — a dry-run on 2036-03-04 lists
 * nothing of them, on 2036-03-05 it lists the file; the purge that follows it removes exactly that
 * file and anonymises the register entry, keeps the enrolled student's case, and is audited (who,
 * when, why, counts per kind). A purge without a dry-run of the day, or by anyone but a platform
 * administrator, is refused.
 */
class RetentionIT {

    private static final Api ADMIN = Api.as("platform-admin");

    @AfterAll
    static void systemClock() {
        ADMIN.delete("/api/v1/admin/clock");
    }

    private static void clock(String instant) {
        Api.Reply set = ADMIN.put("/api/v1/admin/clock", "{\"instant\":\"" + instant + "\"}");
        assertEquals(200, set.status(), set.toString());
    }

    @Test
    void dryRunShows_purgeRemovesExactlyWhatIsPastItsTime_andIsAudited() {
        clock("2026-03-04T09:00:00+08:00");
        Casework.School school = Casework.school("TAOYUAN", "retention");
        Api office = school.office();
        Api.Reply graduated = office.post("/api/v1/students", """
                {"nationalId":"%s","name":"陳○畢","gender":"F","birthDate":"2011-04-01","grade":9,"indigenous":false,
                 "enrolmentStatus":"GRADUATED"}""".formatted(tw.huixiao.platform.domain.student.NationalId
                .withCheckDigit("K2" + Unique.sevenDigits())));
        assertEquals(201, graduated.status(), graduated.toString());
        long leaver = Casework.id(graduated);
        long leaverCase = Casework.openCase(office, leaver, "TW-DROPOUT");
        long stays = Casework.student(office, "2012-05-01", 8);
        long staysCase = Casework.openCase(office, stays, "TW-DROPOUT");

        // Ten years after leaving is not yet past: the file is kept on the day itself.
        clock("2036-03-04T10:00:00+08:00");
        JsonObject onTheDay = created(ADMIN.post("/api/v1/admin/retention/dry-runs", "{}"));
        assertEquals(0, count(onTheDay, school.schoolId(), "COUNSELLING_FILE"), onTheDay.toString());

        clock("2036-03-05T10:00:00+08:00");
        assertEquals(403, Api.as("ty-principal").post("/api/v1/admin/retention/dry-runs", "{}").status());
        Api.Reply noDryRun = ADMIN.post("/api/v1/admin/retention/purges", "{\"reason\":\"年度清除\"}");
        assertEquals(400, noDryRun.status(), noDryRun.toString());
        Api.Reply staleDryRun = ADMIN.post("/api/v1/admin/retention/purges",
                "{\"dryRunId\":%d,\"reason\":\"年度清除\"}".formatted(onTheDay.getJsonNumber("id").longValue()));
        assertEquals(409, staleDryRun.status(), staleDryRun.toString());

        JsonObject dry = created(ADMIN.post("/api/v1/admin/retention/dry-runs", "{}"));
        assertEquals("DRY_RUN", dry.getString("mode"));
        assertEquals(1, count(dry, school.schoolId(), "COUNSELLING_FILE"), dry.toString());
        assertEquals(1, count(dry, school.schoolId(), "STUDENT_REGISTER"), dry.toString());
        assertTrue(count(dry, school.schoolId(), "ACCESS_LOG") > 0, "the 2026 access log is past 5 years");
        assertEquals(200, office.get("/api/v1/cases/" + leaverCase).status(), "a dry-run changes nothing");

        long dryRunId = dry.getJsonNumber("id").longValue();
        Api.Reply refused = Api.as("ty-principal").post("/api/v1/admin/retention/purges",
                "{\"dryRunId\":%d,\"reason\":\"年度清除\"}".formatted(dryRunId));
        assertEquals(403, refused.status(), refused.toString());
        JsonObject purge = created(ADMIN.post("/api/v1/admin/retention/purges",
                "{\"dryRunId\":%d,\"reason\":\"年度清除（測試）\"}".formatted(dryRunId)));
        assertEquals("PURGE", purge.getString("mode"));
        assertEquals(1, count(purge, school.schoolId(), "COUNSELLING_FILE"), purge.toString());

        assertEquals(404, office.get("/api/v1/cases/" + leaverCase).status(), "the file past its time is gone");
        assertEquals(200, office.get("/api/v1/cases/" + staysCase).status(), "the enrolled student's case is kept");
        JsonObject anonymised = office.get("/api/v1/students/" + leaver).json();
        assertEquals("（已匿名）", anonymised.getString("name"), anonymised.toString());
        assertEquals("王○明", office.get("/api/v1/students/" + stays).json().getString("name"), "the enrolled student is kept");

        // The audit: who, when, why, as of which day, counts per school and kind — never names.
        JsonObject audit = ADMIN.get("/api/v1/admin/retention/runs/" + purge.getJsonNumber("id").longValue()).json();
        assertEquals("platform-admin", audit.getString("username"));
        assertEquals("年度清除（測試）", audit.getString("reason"));
        assertEquals("2036-03-05", audit.getString("asOf"));
        assertEquals(dryRunId, audit.getJsonNumber("dryRunId").longValue());
        assertTrue(!audit.toString().contains("陳○畢"), "no content in the audit");
        assertTrue(ADMIN.get("/api/v1/admin/retention/rules").body().contains("學生輔導法施行細則第 10 條"));

        // Nothing more is past its time: a second dry-run of the day counts nothing of the school's files.
        JsonObject again = created(ADMIN.post("/api/v1/admin/retention/dry-runs", "{}"));
        assertEquals(0, count(again, school.schoolId(), "COUNSELLING_FILE"), again.toString());
    }

    private static JsonObject created(Api.Reply reply) {
        assertEquals(201, reply.status(), reply.toString());
        return reply.json();
    }

    private static int count(JsonObject run, long schoolId, String kind) {
        return run.getJsonArray("counts").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.containsKey("schoolId") && !c.isNull("schoolId") && c.getJsonNumber("schoolId").longValue() == schoolId
                        && kind.equals(c.getString("kind")))
                .mapToInt(c -> c.getInt("records")).sum();
    }
}
