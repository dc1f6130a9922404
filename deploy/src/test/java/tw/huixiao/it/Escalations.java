package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the county escalation ITs share: semesters, a day's attendance file and the daily run,
 * enrolment events, a student's cases, and a case's tasks as sorted "RULE ROLE due" lines
 * (a list, not a set: two steps of one rule with the same role and day must both be there).
 */
final class Escalations {

    static final Api ADMIN = Api.as("platform-admin");

    private Escalations() {
    }

    static void semester(Api school, int schoolYear, int term, String firstDay, String lastDay) {
        Api.Reply saved = school.put("/api/v1/calendar/semesters", """
                {"schoolYear":%d,"term":%d,"firstDay":"%s","lastDay":"%s"}""".formatted(schoolYear, term, firstDay,
                lastDay));
        assertEquals(200, saved.status(), saved.toString());
    }

    /**
     * The school's attendance file for a day, sent at 09:00 (student id, status, …), then the
     * day's daily run; returns what the import's own escalation did for this school.
     */
    static String day(Api school, String date, Map<Long, String> statuses) {
        Fixtures.clock(date + "T09:00:00+08:00");
        String entries = statuses.entrySet().stream().map(e -> """
                {"studentId":%d,"date":"%s","status":"%s"}""".formatted(e.getKey(), date, e.getValue()))
                .collect(Collectors.joining(","));
        Api.Reply imported = school.post("/api/v1/attendance", "{\"entries\":[" + entries + "]}");
        assertEquals(200, imported.status(), imported.toString());
        String outcome = outcome(imported.json());
        dailyRun(date, "09:00");
        return outcome;
    }

    /** "cases N, tasks M" of an attendance or enrolment reply (the caller's school only). */
    static String outcome(JsonObject reply) {
        assertNotNull(reply.get("escalation"), "the escalation ran with the request: " + reply);
        JsonObject escalation = reply.getJsonObject("escalation");
        return "cases " + escalation.getInt("casesOpened") + ", tasks " + escalation.getInt("tasksCreated");
    }

    /** The daily run over every school at a time of day (counts cover other tests' schools too). */
    static JsonObject dailyRun(String date, String time) {
        Fixtures.clock(date + "T" + time + ":00+08:00");
        Api.Reply run = ADMIN.post("/api/v1/admin/escalation-runs?date=" + date, "");
        assertEquals(200, run.status(), run.toString());
        assertEquals(0, run.json().getInt("failures"), run.toString());
        return run.json();
    }

    /** A registration or transfer event (NT-CAT2, NT-CAT3) at the clock's time; returns its outcome. */
    static String enrolment(Api school, long studentId, String kind, String date, String otherSchool) {
        Api.Reply recorded = school.post("/api/v1/attendance/enrolment-events", """
                {"studentId":%d,"kind":"%s","date":"%s"%s}""".formatted(studentId, kind, date,
                otherSchool == null ? "" : ",\"otherSchool\":\"" + otherSchool + "\""));
        assertEquals(200, recorded.status(), recorded.toString());
        return outcome(recorded.json());
    }

    /** The student's open cases, as "CATEGORY openedOn". */
    static List<String> openCases(Api school, long studentId) {
        return openCaseObjects(school, studentId).stream()
                .map(c -> c.getString("categoryId") + " " + c.getString("openedOn")).sorted().toList();
    }

    /** The id of the student's one open case of the category. */
    static long caseOf(Api school, long studentId, String categoryId) {
        List<JsonObject> found = openCaseObjects(school, studentId).stream()
                .filter(c -> c.getString("categoryId").equals(categoryId)).toList();
        assertEquals(1, found.size(), openCases(school, studentId).toString());
        return found.get(0).getJsonNumber("id").longValue();
    }

    private static List<JsonObject> openCaseObjects(Api school, long studentId) {
        Api.Reply reply = school.get("/api/v1/cases?status=OPEN&studentId=" + studentId);
        assertEquals(200, reply.status(), reply.toString());
        JsonArray items = reply.json().getJsonArray("items");
        return items.stream().map(JsonValue::asJsonObject).toList();
    }

    static JsonObject caseView(Api school, long caseId) {
        Api.Reply reply = school.get("/api/v1/cases/" + caseId);
        assertEquals(200, reply.status(), reply.toString());
        return reply.json();
    }

    /** Staff record a case event (REPORTED, NEEDS_ASSESSED, DETAINED…) at the clock's time. */
    static void event(Api school, long caseId, String event) {
        Api.Reply recorded = school.post("/api/v1/cases/" + caseId + "/events", """
                {"event":"%s","note":"IT"}""".formatted(event));
        assertEquals(200, recorded.status(), recorded.toString());
    }

    /** The case's tasks in a status as sorted "RULE ROLE due" lines ("ongoing" without a due date). */
    static List<String> tasks(Api school, long caseId, String status) {
        return taskObjects(school, caseId).stream().filter(t -> t.getString("status").equals(status))
                .map(Escalations::line).sorted().toList();
    }

    /** The case's tasks in a status as sorted "RULE ROLE due PRODUCES" lines (for steps that differ only in what they produce). */
    static List<String> tasksWithProduct(Api school, long caseId, String status) {
        return taskObjects(school, caseId).stream().filter(t -> t.getString("status").equals(status))
                .map(t -> line(t) + " " + (!t.containsKey("produces") || t.isNull("produces") ? "-" : t.getString("produces"))).sorted().toList();
    }

    private static List<JsonObject> taskObjects(Api school, long caseId) {
        Api.Reply reply = school.get("/api/v1/cases/" + caseId + "/tasks");
        assertEquals(200, reply.status(), reply.toString());
        return reply.structure().asJsonArray().stream().map(JsonValue::asJsonObject).toList();
    }

    /** The caller's task list (?due=today|overdue|open) for one student, as sorted lines. */
    static List<String> dueList(Api staff, String due, long studentId) {
        Api.Reply reply = staff.get("/api/v1/tasks?due=" + due);
        assertEquals(200, reply.status(), reply.toString());
        return reply.structure().asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getJsonNumber("studentId").longValue() == studentId)
                .map(Escalations::line).sorted().toList();
    }

    static String line(JsonObject t) {
        return t.getString("ruleId") + " " + t.getString("responsibleRole") + " "
                + (t.containsKey("dueOn") && !t.isNull("dueOn") ? t.getString("dueOn") : "ongoing");
    }

    /** The lines of several lists, sorted (expected values are written per ladder day and joined). */
    @SafeVarargs
    static List<String> sorted(Collection<String>... parts) {
        List<String> all = new ArrayList<>();
        Stream.of(parts).forEach(all::addAll);
        return all.stream().sorted().toList();
    }

    static List<String> times(int n, String line) {
        return java.util.Collections.nCopies(n, line);
    }
}
