package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A Taoyuan case meeting over HTTP (issue 6 §3; TY-D3-CASE-MEETING: 輔導室 invites the offices, the
 * principal chairs): chair, internal attendees, an outside participant, minutes, and decisions
 * that become tasks on the case's list and in their owners' lists — by role (學務處, due today) and
 * by person (the principal); a correction with a stale version is refused and nothing is lost;
 * decisions cannot be rewritten by a correction, only added; a homeroom teacher of another class
 * sees nothing (404) and every read, write and refusal is in the case's access log.
 */
class MeetingIT {

    @AfterAll
    static void systemClock() {
        Casework.ADMIN.delete("/api/v1/admin/clock");
    }

    @Test
    void aCaseMeetingsDecisionsBecomeTasksWithOwnersAndDueDates() {
        Fixtures.clock("2026-03-04T10:00:00+08:00");
        Casework.School school = Casework.school("TAOYUAN", "meeting");
        Casework.Staff principal = Casework.staff(school, "PRINCIPAL", "張○華 校長");
        Casework.Staff studentAffairs = Casework.staff(school, "STUDENT_AFFAIRS", "林○宏 學務主任");
        Casework.Staff otherTeacher = Casework.staff(school, "HOMEROOM_TEACHER", "陳○家 導師");
        long student = Casework.student(school.office(), "2012-05-01", 8);
        long caseId = Casework.openCase(school.office(), student, "TW-DROPOUT");

        Api.Reply recorded = school.office().post("/api/v1/cases/" + caseId + "/meetings", """
                {"kind":"CASE_MEETING","ruleId":"TY-D3-CASE-MEETING","heldOn":"2026-03-04","chairUserId":%d,
                 "attendeeIds":[%d,%d],
                 "participants":[{"name":"黃○淑","agency":"桃園市政府社會局（社政）","contact":"social-worker@example.org"}],
                 "minutes":"討論學生未到校原因與後續輔導策略（測試資料）",
                 "decisions":[
                   {"decision":"學務處協同導師家訪","ownerRole":"STUDENT_AFFAIRS","dueOn":"2026-03-04"},
                   {"decision":"校長邀集跨網絡單位召開個案會議","ownerUserId":%d,"dueOn":"2026-03-11"}]}"""
                .formatted(principal.userId(), school.userId(), studentAffairs.userId(), principal.userId()));
        assertEquals(201, recorded.status(), recorded.toString());
        JsonObject meeting = recorded.json();
        long meetingId = meeting.getJsonNumber("id").longValue();
        assertEquals("個案會議", meeting.getString("kindZh"));
        assertEquals("張○華 校長", meeting.getJsonObject("chair").getString("name"));
        assertEquals(List.of(school.userId(), studentAffairs.userId()), meeting.getJsonArray("attendees").stream()
                .map(a -> a.asJsonObject().getJsonNumber("userId").longValue()).toList());
        JsonObject outside = meeting.getJsonArray("participants").getJsonObject(0);
        assertEquals("桃園市政府社會局（社政）", outside.getString("agency"));
        assertEquals("social-worker@example.org", outside.getString("contact"));
        List<JsonObject> decisions = meeting.getJsonArray("decisions").stream().map(JsonValue::asJsonObject).toList();
        assertEquals(2, decisions.size());
        assertEquals("PRINCIPAL", decisions.get(1).getString("ownerRole"), "a person's decision takes the person's role");
        decisions.forEach(d -> assertTrue(d.containsKey("taskId") && !d.isNull("taskId"), d.toString()));

        // The decisions are tasks on the case's list, citing the rule the meeting serves.
        List<String> fromMeeting = Casework.tasks(school.office(), caseId).stream()
                .filter(t -> t.getString("trigger").equals("meeting CASE_MEETING"))
                .map(t -> t.getString("ruleId") + " " + t.getString("responsibleRole") + " " + t.getString("dueOn") + " "
                        + t.getString("dutyZh")).toList();
        assertEquals(List.of(
                "TY-D3-CASE-MEETING STUDENT_AFFAIRS 2026-03-04 會議決議：學務處協同導師家訪",
                "TY-D3-CASE-MEETING PRINCIPAL 2026-03-11 會議決議：校長邀集跨網絡單位召開個案會議"), fromMeeting);
        // …and in their owners' lists: 學務處's today, the principal's open tasks (assigned to the person).
        List<JsonObject> today = Casework.dueList(studentAffairs.api(), "today", caseId);
        assertTrue(today.stream().anyMatch(t -> t.getString("dutyZh").equals("會議決議：學務處協同導師家訪")), today.toString());
        List<JsonObject> principalsOpen = Casework.dueList(principal.api(), "open", caseId);
        JsonObject principalsTask = principalsOpen.stream()
                .filter(t -> t.getString("dutyZh").startsWith("會議決議：校長")).findFirst().orElseThrow();
        assertEquals(principal.userId(), principalsTask.getJsonNumber("assigneeId").longValue());
        // The owner completes it like any duty.
        Api.Reply done = principal.api().post("/api/v1/tasks/" + principalsTask.getJsonNumber("id") + "/complete", """
                {"note":"已邀集社政與警政","version":%d}""".formatted(principalsTask.getJsonNumber("version").longValue()));
        assertEquals(200, done.status(), done.toString());
        assertEquals("DONE", done.json().getString("status"));

        // A decision for the student's homeroom teacher: this student has no class, so name the person.
        Api.Reply noTeacher = school.office().post("/api/v1/cases/" + caseId + "/meetings/" + meetingId + "/decisions", """
                {"decisions":[{"decision":"導師每日聯繫","ownerRole":"HOMEROOM_TEACHER","dueOn":"2026-03-05"}],"version":0}""");
        assertEquals(400, noTeacher.status(), noTeacher.toString());
        assertTrue(noTeacher.body().contains("decisions[0].ownerUserId"), noTeacher.body());

        // Correcting the minutes with the version read; a second correction from the same read is refused.
        String correction = """
                {"kind":"CASE_MEETING","ruleId":"TY-D3-CASE-MEETING","heldOn":"2026-03-04","chairUserId":%d,
                 "attendeeIds":[%d],"participants":[],"minutes":"%s","version":0}""";
        Api.Reply corrected = school.office().put("/api/v1/cases/" + caseId + "/meetings/" + meetingId,
                correction.formatted(principal.userId(), school.userId(), "會議紀錄更正（測試資料）"));
        assertEquals(200, corrected.status(), corrected.toString());
        assertEquals(1, Casework.version(corrected));
        Api.Reply stale = studentAffairs.api().put("/api/v1/cases/" + caseId + "/meetings/" + meetingId,
                correction.formatted(principal.userId(), school.userId(), "另一人的更正"));
        assertEquals(409, stale.status(), stale.toString());
        assertEquals("會議紀錄更正（測試資料）", school.office().get("/api/v1/cases/" + caseId + "/meetings/" + meetingId)
                .json().getString("minutes"), "the first correction is kept");
        Api.Reply rewrite = school.office().put("/api/v1/cases/" + caseId + "/meetings/" + meetingId, """
                {"kind":"CASE_MEETING","heldOn":"2026-03-04","chairUserId":%d,"version":1,
                 "decisions":[{"decision":"改寫","ownerRole":"COUNSELING","dueOn":"2026-03-05"}]}"""
                .formatted(principal.userId()));
        assertEquals(400, rewrite.status(), "decisions are added, never rewritten");

        // A decision added later becomes the third task.
        Api.Reply added = school.office().post("/api/v1/cases/" + caseId + "/meetings/" + meetingId + "/decisions", """
                {"decisions":[{"decision":"輔導室一個月後評估","ownerRole":"COUNSELING","dueOn":"2026-04-03"}],"version":1}""");
        assertEquals(200, added.status(), added.toString());
        assertEquals(3, added.json().getJsonArray("decisions").getJsonObject(2).getInt("seq"));
        assertTrue(Casework.dueList(school.office(), "open", caseId).stream()
                .anyMatch(t -> t.getString("dutyZh").equals("會議決議：輔導室一個月後評估")
                        && t.getString("dueOn").equals("2026-04-03")));

        // A homeroom teacher of another class: no such case (404), and the attempt is logged.
        assertEquals(404, otherTeacher.api().get("/api/v1/cases/" + caseId + "/meetings").status());
        assertEquals(404, otherTeacher.api().post("/api/v1/cases/" + caseId + "/meetings", "{}").status());
        assertEquals(200, studentAffairs.api().get("/api/v1/cases/" + caseId + "/meetings").status());

        List<String> log = Casework.accessLog(school.office(), caseId);
        assertTrue(log.contains(school.username() + " CREATE MEETING ALLOWED"), log.toString());
        assertTrue(log.contains(school.username() + " UPDATE MEETING ALLOWED"), log.toString());
        assertTrue(log.contains(school.username() + " ADD_DECISIONS MEETING ALLOWED"), log.toString());
        assertTrue(log.contains(school.username() + " READ MEETING ALLOWED"), log.toString());
        assertTrue(log.contains(studentAffairs.username() + " READ MEETING ALLOWED"), log.toString());
        assertTrue(log.contains(otherTeacher.username() + " READ_MEETINGS CASE DENIED"), log.toString());
        assertTrue(log.contains(otherTeacher.username() + " CREATE_MEETING CASE DENIED"), log.toString());
        assertTrue(log.contains(principal.username() + " COMPLETE TASK ALLOWED"), log.toString());
    }
}
