package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The daily run is exactly-once in effect: two runners of the same date at the same moment (as
 * two server nodes would be) lay out each duty once between them, and a later re-run adds
 * nothing. A bad file is refused with its lines and nothing of it is kept.
 */
class EscalationRunsIT {

    private static final Api ADMIN = Api.as("platform-admin");

    @AfterAll
    static void systemClock() {
        ADMIN.delete("/api/v1/admin/clock");
    }

    @Test
    void twoConcurrentRunnersOfADateLayOutEachDutyOnce() {
        Api school = Onboarding.schoolWithStaff("NEW_TAIPEI", "nt-runs");
        assertEquals(200, school.put("/api/v1/calendar/semesters", """
                {"schoolYear":114,"term":2,"firstDay":"2026-02-23","lastDay":"2026-06-30"}""").status());
        long student = Fixtures.student(school, false);
        // Mon 04-13 after school the student transfers out (NT-CAT3). Whether the receiving school
        // has seen the student by the next school day is the calendar's to decide: the daily run's work.
        Fixtures.clock("2026-04-13T15:00:00+08:00");
        assertEquals(200, school.post("/api/v1/attendance/enrolment-events", """
                {"studentId":%d,"kind":"TRANSFERRED_OUT","date":"2026-04-13","otherSchool":"新北市立示範國民中學"}"""
                .formatted(student)).status());

        // Tuesday 07:00: day 1 of the no-show (NT-D1-REGISTRAR) arises from the daily run.
        Fixtures.clock("2026-04-14T07:00:00+08:00");
        List<CompletableFuture<JsonObject>> runners = List.of(
                CompletableFuture.supplyAsync(() -> ADMIN.post("/api/v1/admin/escalation-runs?date=2026-04-14", "").json()),
                CompletableFuture.supplyAsync(() -> ADMIN.post("/api/v1/admin/escalation-runs?date=2026-04-14", "").json()));
        List<Integer> created = runners.stream().map(CompletableFuture::join).map(r -> r.getInt("tasksCreated")).toList();
        // The run covers every school of the test database (others may have duties that day too):
        // one runner did the date's work — at least this school's NT-D1-REGISTRAR — and the other,
        // waiting for the date's lock, found it done.
        assertTrue(created.contains(0), "one runner found the work done: " + created);
        assertTrue(created.get(0) + created.get(1) >= 1, created.toString());
        assertEquals(List.of("NT-D1-REGISTRAR 2026-04-14"), dayOne(school, student), "laid out once");
        assertEquals(0, ADMIN.post("/api/v1/admin/escalation-runs?date=2026-04-14", "").json().getInt("tasksCreated"));
        assertEquals(List.of("NT-D1-REGISTRAR 2026-04-14"), dayOne(school, student), "a re-run adds nothing");
    }

    @Test
    void aFileWithBadLinesIsRefusedWithEachLineAndNothingIsKept() {
        Api school = Onboarding.schoolWithStaff("NEW_TAIPEI", "nt-file");
        assertEquals(200, school.put("/api/v1/calendar/semesters", """
                {"schoolYear":114,"term":2,"firstDay":"2026-02-23","lastDay":"2026-06-30"}""").status());
        long student = Fixtures.student(school, false);
        Fixtures.clock("2026-04-20T15:00:00+08:00");
        String csv = """
                studentId,日期,假別
                %d,2026-04-16,曠課
                %d,2026-04-16,病假
                999999999,2026-04-17,曠課
                %d,2026-04-18,曠課
                %d,115/04/13,遲到
                """.formatted(student, student, student, student);
        Api.Reply refused = school.postCsv("/api/v1/attendance", csv);
        assertEquals(400, refused.status(), refused.toString());
        assertTrue(refused.contentType().startsWith("application/problem+json"));
        String errors = refused.json().getJsonArray("errors").toString();
        assertTrue(errors.contains("lines[3]") && errors.contains("重複"), "duplicate of line 2: " + errors);
        assertTrue(errors.contains("lines[4].studentId"), "unknown student: " + errors);
        assertTrue(errors.contains("lines[5].date") && errors.contains("不是本校上課日"), "a Saturday: " + errors);
        assertTrue(errors.contains("lines[6].status"), "unknown status: " + errors);
        // Had line 2 been kept, importing it again would change nothing.
        Api.Reply good = school.postCsv("/api/v1/attendance", "studentId,日期,假別\n" + student + ",2026-04-16,曠課\n");
        assertEquals(200, good.status(), good.toString());
        assertEquals(1, good.json().getJsonObject("imported").getInt("changed"), "nothing of the refused file was kept");
    }

    /** The registrar's day-1 duties for the student (the staff account holds REGISTRAR). */
    private static List<String> dayOne(Api school, long student) {
        return school.get("/api/v1/tasks?due=open").structure().asJsonArray().stream()
                .map(jakarta.json.JsonValue::asJsonObject)
                .filter(t -> t.getJsonNumber("studentId").longValue() == student && t.getString("ruleId").startsWith("NT-D1"))
                .map(t -> t.getString("ruleId") + " " + t.getString("dueOn")).toList();
    }
}
