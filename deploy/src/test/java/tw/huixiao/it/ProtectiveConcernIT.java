package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A Yunlin protective concern over HTTP (issue 6 §6; YL-PROTECT: report within 24 hours under
 * the 兒童及少年福利法). Raised on Friday 2026-03-06 at 16:30, the social-services report
 * (輔導室) and the campus-safety report and its fax (生輔組, 學務處) are due Saturday 16:30 — 24
 * hours on the clock, not working days — and are in the principal's and the counselling
 * office's ?due=today lists at once; overdue one second after 16:30 Saturday, not one second
 * before. The details are for the counselling office and the principal: 學務處 gets 403, a teacher
 * of another class 404, and every read and refusal is in the case's access log.
 */
class ProtectiveConcernIT {

    private static final Instant DUE = Instant.parse("2026-03-07T16:30:00+08:00");

    @AfterAll
    static void systemClock() {
        Casework.ADMIN.delete("/api/v1/admin/clock");
    }

    @Test
    void raisingAConcernStartsTwentyFourHoursForTheReportsVisibleToThePrincipalAndCounsellingAtOnce() {
        Fixtures.clock("2026-03-06T09:00:00+08:00");
        Casework.School school = Casework.school("YUNLIN", "protect");
        Casework.Staff principal = Casework.staff(school, "PRINCIPAL", "周○婷 校長");
        Casework.Staff studentAffairs = Casework.staff(school, "STUDENT_AFFAIRS", "王○明 學務主任");
        Casework.Staff otherTeacher = Casework.staff(school, "HOMEROOM_TEACHER", "劉○惠 導師");
        long student = Casework.student(school.office(), "2012-11-20", 8);
        long caseId = Casework.openCase(school.office(), student, "YL-C4");
        String concerns = "/api/v1/cases/" + caseId + "/protective-concerns";

        Fixtures.clock("2026-03-06T16:30:00+08:00");
        Api.Reply raised = school.office().post(concerns, """
                {"kind":"DOMESTIC_VIOLENCE","details":"學生自述週末遭家人責打，手臂有瘀傷（測試資料）"}""");
        assertEquals(201, raised.status(), raised.toString());
        JsonObject concern = raised.json();
        long concernId = concern.getJsonNumber("id").longValue();
        assertEquals(Instant.parse("2026-03-06T16:30:00+08:00"), Instant.parse(concern.getString("raisedAt")));
        assertEquals(DUE, Instant.parse(concern.getString("reportsDueAt")), "Friday 16:30 + 24 h = Saturday 16:30");
        List<JsonObject> reports = concern.getJsonArray("tasks").stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getString("dueKind").equals("TIME")).toList();
        assertEquals(List.of("YL-PROTECT COUNSELING PROTECTION_REPORT", "YL-PROTECT STUDENT_AFFAIRS CAMPUS_SAFETY_REPORT",
                        "YL-PROTECT STUDENT_AFFAIRS CAMPUS_SAFETY_REPORT_FAX"),
                reports.stream().map(t -> t.getString("ruleId") + " " + t.getString("responsibleRole") + " "
                        + t.getString("produces")).sorted().toList());
        reports.forEach(t -> assertEquals(DUE, Instant.parse(t.getString("dueAt")), t.toString()));
        reports.forEach(t -> assertEquals("2026-03-07", t.getString("dueOn"), "a Saturday: elapsed hours, not working days"));

        // At once, in the principal's and the counselling office's lists for today.
        for (Api reader : List.of(principal.api(), school.office())) {
            List<String> today = Casework.dueList(reader, "today", caseId).stream()
                    .filter(t -> t.getString("ruleId").equals("YL-PROTECT"))
                    .map(t -> t.getString("responsibleRole") + " " + Instant.parse(t.getString("dueAt"))).sorted().toList();
            assertEquals(List.of("COUNSELING " + DUE, "STUDENT_AFFAIRS " + DUE, "STUDENT_AFFAIRS " + DUE), today);
        }
        assertEquals(2, Casework.dueList(studentAffairs.api(), "today", caseId).stream()
                .filter(t -> t.getString("ruleId").equals("YL-PROTECT")).count(), "生輔組's own two reports");

        // Saturday: still today's until 16:30; overdue from the first second after.
        Fixtures.clock("2026-03-07T16:29:59+08:00");
        assertEquals(3, protectiveTasks(principal.api(), "today", caseId));
        assertEquals(0, protectiveTasks(principal.api(), "overdue", caseId));
        Fixtures.clock("2026-03-07T16:30:01+08:00");
        assertEquals(3, protectiveTasks(principal.api(), "overdue", caseId), "due 24 h after raising, to the second");
        assertEquals(3, protectiveTasks(school.office(), "overdue", caseId), "counselling watches all three");

        // The details: counselling office and principal only.
        Api.Reply byPrincipal = principal.api().get(concerns + "/" + concernId);
        assertEquals(200, byPrincipal.status(), byPrincipal.toString());
        assertTrue(byPrincipal.json().getString("details").contains("瘀傷"));
        Api.Reply byStudentAffairs = studentAffairs.api().get(concerns + "/" + concernId);
        assertEquals(403, byStudentAffairs.status(), byStudentAffairs.toString());
        assertFalse(byStudentAffairs.body().contains("瘀傷"));
        assertEquals(403, studentAffairs.api().get(concerns).status());
        assertEquals(404, otherTeacher.api().get(concerns + "/" + concernId).status());

        // 學務處 may raise a concern (a second one the same day has its own 24 hours) but not read it back.
        Fixtures.clock("2026-03-07T17:00:00+08:00");
        Api.Reply second = studentAffairs.api().post(concerns, """
                {"kind":"DANGER_TO_LIFE","details":"學生於週末離家未歸（測試資料）"}""");
        assertEquals(201, second.status(), second.toString());
        assertTrue(second.json().getBoolean("restricted"));
        assertTrue(!second.json().containsKey("details") || second.json().isNull("details"), second.toString());
        assertEquals(Instant.parse("2026-03-08T17:00:00+08:00"), Instant.parse(second.json().getString("reportsDueAt")));
        assertEquals(2, school.office().get(concerns).structure().asJsonArray().size());

        // A correction needs the version read.
        assertEquals(409, principal.api().put(concerns + "/" + concernId, """
                {"kind":"DOMESTIC_VIOLENCE","details":"補充：已聯繫社工","version":5}""").status());
        assertEquals(200, principal.api().put(concerns + "/" + concernId, """
                {"kind":"DOMESTIC_VIOLENCE","details":"學生自述遭家人責打，已聯繫社工（測試資料）","version":0}""").status());

        List<String> log = Casework.accessLog(school.office(), caseId);
        assertTrue(log.contains(school.username() + " CREATE PROTECTIVE_CONCERN ALLOWED"), log.toString());
        assertTrue(log.contains(principal.username() + " READ PROTECTIVE_CONCERN ALLOWED"), log.toString());
        assertTrue(log.contains(principal.username() + " UPDATE PROTECTIVE_CONCERN ALLOWED"), log.toString());
        assertTrue(log.contains(studentAffairs.username() + " READ PROTECTIVE_CONCERN DENIED"), log.toString());
        assertTrue(log.contains(studentAffairs.username() + " CREATE PROTECTIVE_CONCERN ALLOWED"), log.toString());
        assertTrue(log.contains(otherTeacher.username() + " READ_PROTECTIVE_CONCERN CASE DENIED"), log.toString());
    }

    private static long protectiveTasks(Api api, String due, long caseId) {
        return Casework.dueList(api, due, caseId).stream().filter(t -> t.getString("ruleId").equals("YL-PROTECT")).count();
    }
}
