package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tw.huixiao.it.Walk.complete;
import static tw.huixiao.it.Walk.created;
import static tw.huixiao.it.Walk.id;
import static tw.huixiao.it.Walk.move;
import static tw.huixiao.it.Walk.ok;
import static tw.huixiao.it.Walk.sign;
import static tw.huixiao.it.Walk.version;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A Tainan ISP case from detection to closure over HTTP (issue 6 "Done when"; policy-reference §4,
 * seed 004) at a new school with its own staff and a class 901 with its 導師. 2026 dates (semester
 * 114-2 from 02-23), worked out by hand:
 * <ul>
 *   <li>Thu 03-05, Fri 03-06, Mon 03-09 away without leave: the TW-DROPOUT case on Mon 03-09, an ISP
 *       case (TN-WHO) whose plan and parts are due within a month (Thu 04-09); TN-KPI, TN-WHEN and
 *       TW-TIERS ongoing. Tue 03-10 the registrar reports it.</li>
 *   <li>Wed 03-11 the first needs-assessment meeting (TN-MEETINGS; NEEDS_ASSESSED): TN-NEEDS (the
 *       stage-4 needs, and while the student is away the letter to the district 強迫入學委員會),
 *       TN-SERVICES the same day; its decision becomes 教務處's task. No TN-EVAL duty: that is for
 *       deviant-behaviour cases. The meeting's record (個案需求評估會議決議事項) completes TN-MEETINGS.
 *       The case is referred to the 輔諮中心 (consent, sent online, accepted, replied, closed); tiers 1 → 2 → 3.</li>
 *   <li>Thu 03-12 back at school: TN-SERVICES continues after the return, TW-ZERO-REJECT; the committee
 *       letter, which arose while the student was away, stays owed (issue 16). RETURNED; Mon 03-16 FOLLOW_UP.</li>
 *   <li>TN-EVAL: the effectiveness-evaluation meeting on Thu 06-11, 3 months after the needs meeting
 *       (within 3–6 months), its form signed 填表人 → 單位主管 → 校長. Closure (TN-CLOSE: 3 months after
 *       the needs meeting, 06-11, and 3 months of follow-up from 03-16, 06-16) refused on 06-11 with
 *       the earliest date 06-16.</li>
 *   <li>Tue 06-16 the plan is completed: the closure meeting (TN-CLOSE) with its signed record
 *       completes its duty; the case closes, and the school keeps tracking for 3 months (09-16).</li>
 * </ul>
 */
class CaseWalkTainanIT {

    @AfterAll
    static void systemClock() {
        Casework.ADMIN.delete("/api/v1/admin/clock");
    }

    @Test
    void aTainanIspCaseThroughTheNeedsAssessmentAndItsEvaluationToClosure() {
        Fixtures.clock("2026-03-05T08:00:00+08:00");
        Casework.School school = Casework.school("TAINAN", "walk-tn");
        Api registrar = school.office();
        Casework.Staff counsellor = Casework.staff(school, "COUNSELING", "許○建 輔導組長");
        Casework.Staff director = Casework.staff(school, "COUNSELING", "鄭○君 輔導主任");
        Casework.Staff principal = Casework.staff(school, "PRINCIPAL", "邱○雅 校長");
        Casework.Staff academic = Casework.staff(school, "ACADEMIC_AFFAIRS", "廖○宇 教務主任");
        Casework.Staff homeroom = Casework.staff(school, "HOMEROOM_TEACHER", "賴○俊 導師");
        long classId = Casework.homeroomClass(school, homeroom, 9, "901");
        Escalations.semester(registrar, 114, 2, "2026-02-23", "2026-06-30");
        long student = Casework.student(registrar, "周○婷", "2011-11-01", 9, classId);

        for (String day : List.of("2026-03-05", "2026-03-06", "2026-03-09")) {
            Escalations.day(registrar, day, Map.of(student, "曠課"));
        }
        long caseId = Escalations.caseOf(registrar, student, "TW-DROPOUT");
        JsonObject k = Escalations.caseView(counsellor.api(), caseId);
        assertEquals("2026-03-09", k.getString("openedOn"));
        assertEquals(List.of(
                "TN-ASSESS HOMEROOM_TEACHER 2026-04-09",
                "TN-KPI PRINCIPAL ongoing",
                "TN-MEETINGS COUNSELING 2026-04-09",
                "TN-TEACHERS ACADEMIC_AFFAIRS 2026-04-09",
                "TN-TEAM PRINCIPAL 2026-04-09",
                "TN-TIMETABLE ACADEMIC_AFFAIRS 2026-04-09",
                "TN-WHEN HOMEROOM_TEACHER ongoing",
                "TN-WHO COUNSELING 2026-04-09",
                "TW-TIERS COUNSELING ongoing"), Escalations.tasks(counsellor.api(), caseId, "OPEN"));

        Escalations.day(registrar, "2026-03-10", Map.of(student, "曠課"));
        k = move(registrar, caseId, "REPORTED", "已於教育部中輟系統通報", version(k));

        // Wed 03-11: needs-assessment meeting #1 (TN-MEETINGS), chaired by the principal (TN-TEAM).
        Fixtures.clock("2026-03-11T14:00:00+08:00");
        created(counsellor.api().post("/api/v1/cases/" + caseId + "/meetings", """
                {"kind":"NEEDS_ASSESSMENT","ruleId":"TN-MEETINGS","heldOn":"2026-03-11","chairUserId":%d,
                 "attendeeIds":[%d,%d,%d,%d],
                 "participants":[{"name":"蔡○怡","agency":"臺南市學生輔導諮商中心（社工）","contact":"06-0000001"},
                                 {"name":"周○華","agency":"案母","contact":"0900-000-001"}],
                 "minutes":"評估學生需求：技藝課程、個別諮商、家庭訪視（測試資料）",
                 "decisions":[{"decision":"教務處排定 ISP 技藝課程","ownerRole":"ACADEMIC_AFFAIRS","dueOn":"2026-03-25"}]}"""
                .formatted(principal.userId(), director.userId(), counsellor.userId(), academic.userId(), homeroom.userId())));
        List<String> assessed = Escalations.tasksWithProduct(counsellor.api(), caseId, "OPEN");
        assertEquals(List.of("TN-NEEDS COUNSELING ongoing COMMITTEE_REPORT_LETTER", "TN-NEEDS COUNSELING ongoing TN-ISP"),
                assessed.stream().filter(t -> t.startsWith("TN-NEEDS")).toList());
        assertTrue(assessed.contains("TN-SERVICES COUNSELING 2026-03-11 TN-ISP"), assessed.toString());
        assertTrue(assessed.contains("TN-MEETINGS ACADEMIC_AFFAIRS 2026-03-25 -"), "the meeting's decision: " + assessed);
        assertTrue(assessed.stream().noneMatch(t -> t.startsWith("TN-EVAL")), "TN-EVAL is for deviant-behaviour cases");
        JsonObject minutes = created(counsellor.api().post("/api/v1/cases/" + caseId + "/forms/TN-NEEDS-MEETING", """
                {"data":{"meetingNumber":1,"meetingDate":"2026-03-11","meetingKind":"needsAssessment",
                 "invited":["school","counsellingCentre"],"resolutions":"一、安排技藝課程。二、輔導教師每週個別諮商。（測試資料）",
                 "minutesAttached":true,
                 "participants":[{"group":"case","contact":"案母","mobile":"0900-000-001"},
                                 {"group":"network","contact":"輔諮中心社工","phone":"06-0000001"}]}}"""));
        complete(counsellor.api(), Walk.task(counsellor.api(), caseId, "TN-MEETINGS", "COUNSELING", "on OPENED"),
                "第 1 次需求評估會議", id(minutes));

        // TW-TIERS with the referral to the 輔諮中心 (TN-NEEDS).
        k = ok(director.api().put("/api/v1/cases/" + caseId + "/tier", """
                {"tier":2,"reason":"需求評估會議：輔導教師個別諮商","version":%d}""".formatted(version(k))));
        String referrals = "/api/v1/cases/" + caseId + "/referrals";
        JsonObject referral = created(counsellor.api().post(referrals, """
                {"agencyId":"TN-COUNSELLING","reason":"需轉介學生輔導諮商中心（測試資料）",
                 "consent":{"givenBy":"母 周○華","givenOn":"2026-03-11"}}"""));
        assertEquals("TN-NEEDS", referral.getString("ruleId"));
        String one = referrals + "/" + id(referral);
        referral = ok(counsellor.api().post(one + "/send", """
                {"method":"ONLINE","referenceNumber":"TN-ONLINE-0001","version":%d}""".formatted(version(referral))));
        referral = ok(counsellor.api().post(one + "/accept", "{\"version\":" + version(referral) + "}"));
        k = ok(director.api().put("/api/v1/cases/" + caseId + "/tier", """
                {"tier":3,"reason":"輔諮中心收案","version":%d}""".formatted(version(k))));
        referral = ok(counsellor.api().post(one + "/reply", """
                {"repliedOn":"2026-03-11","text":"派心理師每週晤談（測試資料）","version":%d}""".formatted(version(referral))));
        referral = ok(counsellor.api().post(one + "/close", "{\"version\":" + version(referral) + "}"));
        assertEquals("CLOSED", referral.getString("status"));

        // Thu 03-12: back at school.
        Escalations.day(registrar, "2026-03-12", Map.of(student, "出席"));
        List<String> back = Escalations.tasks(counsellor.api(), caseId, "OPEN");
        assertTrue(back.containsAll(List.of("TN-SERVICES COUNSELING ongoing", "TW-ZERO-REJECT REGISTRAR 2026-03-12")),
                back.toString());
        // TN-NEEDS: the committee letter arose with the needs assessment while the student was away;
        // a return never sets an arisen duty aside (issue 16) — it stays owed until staff close it.
        assertTrue(Escalations.tasksWithProduct(counsellor.api(), caseId, "OPEN")
                .contains("TN-NEEDS COUNSELING ongoing COMMITTEE_REPORT_LETTER"), "the committee letter stays owed");
        assertEquals(List.of(), Escalations.tasks(counsellor.api(), caseId, "NOT_APPLICABLE"));
        k = move(counsellor.api(), caseId, "RETURNED", "學生今日返校", version(Escalations.caseView(counsellor.api(), caseId)));
        Fixtures.clock("2026-03-16T10:00:00+08:00");
        k = move(counsellor.api(), caseId, "FOLLOW_UP", "回歸原班，持續個別諮商", version(k));

        // TN-EVAL: the effectiveness evaluation 3 months after the needs meeting; closure still too early.
        Fixtures.clock("2026-06-11T14:00:00+08:00");
        created(counsellor.api().post("/api/v1/cases/" + caseId + "/meetings", """
                {"kind":"EFFECTIVENESS_EVALUATION","ruleId":"TN-EVAL","heldOn":"2026-06-11","chairUserId":%d,
                 "attendeeIds":[%d,%d,%d],"minutes":"三個月來穩定到校，未再中輟（測試資料）"}"""
                .formatted(principal.userId(), director.userId(), counsellor.userId(), homeroom.userId())));
        JsonObject evaluation = created(counsellor.api().post("/api/v1/cases/" + caseId
                + "/forms/TN-EFFECTIVENESS-EVALUATION", """
                {"data":{"needsMeetingDate":"2026-03-11","evaluationDate":"2026-06-11",
                 "goalsAchieved":"技藝課程出席良好，已回原班（測試資料）","notRecurredThreeMonths":true,
                 "evaluationInvited":["school","counsellingCentre"],"evaluationMinutesAttached":true}}"""));
        evaluation = sign(counsellor.api(), evaluation, "filledBy");
        evaluation = sign(director.api(), evaluation, "unitHead");
        evaluation = sign(principal.api(), evaluation, "principal");
        assertEquals(List.of("filledBy COUNSELING " + counsellor.userId(), "unitHead COUNSELING " + director.userId(),
                "principal PRINCIPAL " + principal.userId()), Walk.stages(evaluation));
        Api.Reply early = counsellor.api().post("/api/v1/cases/" + caseId + "/close", """
                {"note":"成效良好","version":%d}""".formatted(version(k)));
        assertEquals(409, early.status(), early.toString());
        assertEquals("TN-CLOSE", early.json().getString("ruleId"));
        assertEquals("2026-06-16", early.json().getString("earliestDate"));

        // Tue 06-16: the plan is completed; the closure meeting (TN-CLOSE) with its record; the case closes.
        Fixtures.clock("2026-06-16T10:00:00+08:00");
        Escalations.event(counsellor.api(), caseId, "PLAN_COMPLETED");
        JsonObject closureDuty = Walk.task(counsellor.api(), caseId, "TN-CLOSE", "COUNSELING", "on PLAN_COMPLETED");
        assertEquals("2026-07-16", closureDuty.getString("dueOn"));
        assertEquals("TN-CLOSURE-MEETING", closureDuty.getString("produces"));
        created(counsellor.api().post("/api/v1/cases/" + caseId + "/meetings", """
                {"kind":"CLOSURE","ruleId":"TN-CLOSE","heldOn":"2026-06-16","chairUserId":%d,"attendeeIds":[%d,%d],
                 "minutes":"解除列管並結案，學校持續追蹤 3 個月（測試資料）"}"""
                .formatted(principal.userId(), director.userId(), counsellor.userId())));
        JsonObject closure = created(counsellor.api().post("/api/v1/cases/" + caseId + "/forms/TN-CLOSURE-MEETING", """
                {"data":{"closureDate":"2026-06-16","closureDecision":"close","trackingUntil":"2026-09-16",
                 "closureResolutions":"解除列管並結案（測試資料）"}}"""));
        closure = sign(counsellor.api(), closure, "filledBy");
        closure = sign(director.api(), closure, "unitHead");
        closure = sign(principal.api(), closure, "principal");
        assertEquals("SIGNED", closure.getString("status"));
        complete(counsellor.api(), closureDuty, "結案會議決議解除列管", id(closure));
        k = ok(counsellor.api().post("/api/v1/cases/" + caseId + "/close", """
                {"note":"結案會議決議解除列管並結案","version":%d}""".formatted(version(Escalations.caseView(counsellor.api(), caseId)))));
        assertEquals("CLOSED", k.getString("state"));
        assertTrue(Escalations.tasks(counsellor.api(), caseId, "OPEN").contains("TN-CLOSE COUNSELING 2026-09-16"),
                "the school keeps tracking for 3 months after closure");

        assertEquals(List.of(
                "STATE state OPEN→REPORTED by " + school.userId(),
                "TIER tier 1→2 by " + director.userId(),
                "TIER tier 2→3 by " + director.userId(),
                "STATE state REPORTED→RETURNED by " + counsellor.userId(),
                "STATE state RETURNED→FOLLOW_UP by " + counsellor.userId(),
                "STATE state FOLLOW_UP→CLOSED by " + counsellor.userId()), Walk.history(counsellor.api(), caseId));
        List<String> log = Casework.accessLog(counsellor.api(), caseId);
        for (String row : List.of(
                counsellor.username() + " CREATE MEETING ALLOWED",
                counsellor.username() + " CREATE FORM_RECORD ALLOWED",
                counsellor.username() + " SIGN FORM_RECORD ALLOWED",
                director.username() + " SIGN FORM_RECORD ALLOWED",
                principal.username() + " SIGN FORM_RECORD ALLOWED",
                counsellor.username() + " COMPLETE TASK ALLOWED",
                counsellor.username() + " CREATE REFERRAL ALLOWED",
                counsellor.username() + " SEND REFERRAL ALLOWED",
                counsellor.username() + " ACCEPT REFERRAL ALLOWED",
                counsellor.username() + " REPLY REFERRAL ALLOWED",
                counsellor.username() + " CLOSE REFERRAL ALLOWED",
                director.username() + " SET_TIER CASE ALLOWED",
                school.username() + " TRANSITION CASE ALLOWED",
                counsellor.username() + " TRANSITION CASE ALLOWED",
                counsellor.username() + " RECORD_EVENT CASE_EVENT ALLOWED",
                counsellor.username() + " CLOSE CASE ALLOWED")) {
            assertTrue(log.contains(row), row + " in " + log);
        }
    }
}
