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
import jakarta.json.JsonString;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A New Taipei case from detection to closure over HTTP (issue 6 "Done when"; policy-reference
 * §2, seed 001) at a new school with its own staff and a class 801 with its 導師. 2026 dates
 * (semester 114-2 from 02-23), worked out by hand:
 * <ul>
 *   <li>Mon 03-02 to Wed 03-04 away without leave: the NT-CAT1 case on the third day with
 *       NT-D1-PHONE, NT-D2-VISIT, NT-D3-MAIL (導師, 學務處, 註冊組) and TW-TIERS.</li>
 *   <li>Thu 03-05, day 4: NT-D4-MEETING (same day, producing the 個案關懷卡) and NT-D4-REPORT.
 *       The 輔導處 holds the dropout case meeting; its retrieval decision becomes the class 導師's
 *       task. The care card is signed 輔導組長 → 輔導主任 → 校長 and completes the meeting duty.
 *       The registrar reports (OPEN → REPORTED: NT-MISSING, NT-FOLLOW, TW-PENALTY arise) and refers
 *       the case to the district 強迫入學委員會 (sent by fax, accepted, replied, closed). Tier 1 → 2.</li>
 *   <li>Mon 03-09 the student is back with a parent (away since 03-02: 7 days; born 2012-09-15: 13):
 *       NT-PLACEMENT recommends the original class (under a year; no 補校 before 15). Placement
 *       before re-enrolment is refused (NT-PLACEMENT). The re-enrolment application (TW-ZERO-REJECT,
 *       NT-REENROL) lays out the placement meeting within a week (03-16) and NT-ADAPT; the case
 *       moves to RE_ENROLLED.</li>
 *   <li>Tue 03-10 the placement meeting chaired by the principal decides the original class; the
 *       case moves to PLACEMENT, back to tier 1, then FOLLOW_UP.</li>
 *   <li>Closure: the New Taipei documents set no closure rule (the module has none), so nothing
 *       refuses it; the case closes on Mon 03-23, after NT-ADAPT's two weeks of mentor meetings.</li>
 * </ul>
 */
class CaseWalkNewTaipeiIT {

    @AfterAll
    static void systemClock() {
        Casework.ADMIN.delete("/api/v1/admin/clock");
    }

    @Test
    void aNewTaipeiDropoutCaseFromDetectionThroughReEnrolmentAndPlacementToClosure() {
        Fixtures.clock("2026-03-02T08:00:00+08:00");
        Casework.School school = Casework.school("NEW_TAIPEI", "walk-nt");
        Api registrar = school.office();
        Casework.Staff head = Casework.staff(school, "COUNSELING", "張○華 輔導組長");
        Casework.Staff director = Casework.staff(school, "COUNSELING", "黃○淑 輔導主任");
        Casework.Staff principal = Casework.staff(school, "PRINCIPAL", "王○明 校長");
        Casework.Staff studentAffairs = Casework.staff(school, "STUDENT_AFFAIRS", "林○宏 學務主任");
        Casework.Staff academic = Casework.staff(school, "ACADEMIC_AFFAIRS", "陳○家 教務主任");
        Casework.Staff homeroom = Casework.staff(school, "HOMEROOM_TEACHER", "劉○惠 導師");
        Casework.Staff mentor = Casework.staff(school, "MENTOR_TEACHER", "吳○志 認輔老師");
        long classId = Casework.homeroomClass(school, homeroom, 8, "801");
        Escalations.semester(registrar, 114, 2, "2026-02-23", "2026-06-30");
        long student = Casework.student(registrar, "陳○安", "2012-09-15", 8, classId);
        Casework.mentor(school, student, mentor);

        for (String day : List.of("2026-03-02", "2026-03-03", "2026-03-04")) {
            Escalations.day(registrar, day, Map.of(student, "曠課"));
        }
        long caseId = Escalations.caseOf(registrar, student, "NT-CAT1");
        JsonObject k = Escalations.caseView(director.api(), caseId);
        assertEquals("2026-03-04", k.getString("openedOn"));
        assertEquals(List.of(
                "NT-D1-PHONE HOMEROOM_TEACHER 2026-03-02",
                "NT-D2-VISIT HOMEROOM_TEACHER 2026-03-03",
                "NT-D3-MAIL HOMEROOM_TEACHER 2026-03-04",
                "NT-D3-MAIL REGISTRAR 2026-03-04",
                "NT-D3-MAIL STUDENT_AFFAIRS 2026-03-04",
                "TW-TIERS COUNSELING ongoing"), Escalations.tasks(director.api(), caseId, "OPEN"));

        // Day 4 (Thu 03-05), still away.
        Escalations.day(registrar, "2026-03-05", Map.of(student, "曠課"));
        List<String> day4 = Escalations.tasks(director.api(), caseId, "OPEN");
        assertTrue(day4.containsAll(List.of("NT-D4-MEETING COUNSELING 2026-03-05", "NT-D4-MEETING COUNSELING ongoing",
                "NT-D4-REPORT REGISTRAR 2026-03-05")), day4.toString());
        assertEquals(3, day4.stream().filter(t -> t.equals("NT-D4-REPORT REGISTRAR 2026-03-05")).count(),
                "NT-D4-REPORT: fax, original letter and MOE online report, all the same day");

        // NT-D4-MEETING: the dropout case meeting; its retrieval decision goes to the class's 導師.
        Fixtures.clock("2026-03-05T14:00:00+08:00");
        created(director.api().post("/api/v1/cases/" + caseId + "/meetings", """
                {"kind":"CASE_MEETING","ruleId":"NT-D4-MEETING","heldOn":"2026-03-05","chairUserId":%d,
                 "attendeeIds":[%d,%d,%d,%d],"minutes":"確認學生中輟，訂定尋回策略，列為重點個案（測試資料）",
                 "decisions":[{"decision":"導師與認輔老師每週家訪並持續聯繫家長","ownerRole":"HOMEROOM_TEACHER","dueOn":"2026-03-12"}]}"""
                .formatted(director.userId(), head.userId(), homeroom.userId(), mentor.userId(), studentAffairs.userId())));
        JsonObject retrieval = Walk.task(homeroom.api(), caseId, "NT-D4-MEETING", "HOMEROOM_TEACHER", "meeting CASE_MEETING");
        assertEquals(homeroom.userId(), retrieval.getJsonNumber("assigneeId").longValue(), "the student's own 導師");
        assertEquals("2026-03-12", retrieval.getString("dueOn"));

        // The 個案關懷卡: 輔導組長 signs, 輔導主任 and 校長 stamp; it completes the meeting duty.
        JsonObject card = created(head.api().post("/api/v1/cases/" + caseId + "/forms/NT-CASE-CARE-CARD", """
                {"data":{"studentName":"陳○安","className":"801","guardian":"林○華","guardianPhone":"0900-000-000",
                 "category":"CAT1","whereabouts":"GENERAL","firstAbsentOn":"2026-03-02","meetingDate":"2026-03-05",
                 "dropoutConfirmed":true,"retrievalStrategy":"導師與認輔老師每週家訪，學務處協助聯繫（測試資料）","keyCase":true,
                 "homeroomTeacher":"劉○惠","mentorTeacher":"吳○志",
                 "trackingLog":[{"logDate":"2026-03-02","logMethod":"PHONE","logBy":"劉○惠","logResult":"聯繫母親，學生在家未到校"}]}}"""));
        card = sign(head.api(), card, "counsellor");
        card = sign(director.api(), card, "director");
        card = sign(principal.api(), card, "principal");
        assertEquals("SIGNED", card.getString("status"));
        assertEquals(List.of("counsellor COUNSELING " + head.userId(), "director COUNSELING " + director.userId(),
                "principal PRINCIPAL " + principal.userId()), Walk.stages(card));
        JsonObject meetingDuty = Walk.producing(head.api(), caseId, "NT-D4-MEETING", "NT-CASE-CARE-CARD");
        assertEquals("2026-03-05", meetingDuty.getString("dueOn"), "the meeting and the card the same day");
        complete(head.api(), meetingDuty, "已召開中輟個案會議", id(card));

        // Reported; the district committee is asked to act (NT-D4-REPORT).
        k = move(registrar, caseId, "REPORTED", "已傳真輟學通報單並完成線上中輟通報", version(k));
        List<String> reported = Escalations.tasks(director.api(), caseId, "OPEN");
        assertTrue(reported.containsAll(List.of("NT-MISSING COUNSELING 2026-03-05", "NT-FOLLOW HOMEROOM_TEACHER ongoing",
                "TW-PENALTY ACADEMIC_AFFAIRS ongoing")), reported.toString());
        String referrals = "/api/v1/cases/" + caseId + "/referrals";
        JsonObject referral = created(registrar.post(referrals, """
                {"agencyId":"NT-CEC","reason":"學生連續 4 日未到校，請強迫入學委員會協助家訪（測試資料）"}"""));
        assertEquals("示範鄉強迫入學委員會", referral.getString("agencyName"));
        String one = referrals + "/" + id(referral);
        referral = ok(registrar.post(one + "/send", """
                {"method":"FAX","referenceNumber":"示範字第1150000002號","version":0}"""));
        referral = ok(registrar.post(one + "/accept", "{\"version\":" + version(referral) + "}"));
        // Fri 03-06, still away (day 5): the committee answers.
        Escalations.day(registrar, "2026-03-06", Map.of(student, "曠課"));
        Fixtures.clock("2026-03-06T11:00:00+08:00");
        referral = ok(registrar.post(one + "/reply", """
                {"repliedOn":"2026-03-06","text":"已派員家訪並發勸告書（測試資料）","version":%d}""".formatted(version(referral))));
        referral = ok(registrar.post(one + "/close", "{\"note\":\"委員會已處理\",\"version\":" + version(referral) + "}"));
        assertEquals("CLOSED", referral.getString("status"));
        k = ok(director.api().put("/api/v1/cases/" + caseId + "/tier", """
                {"tier":2,"reason":"中輟重點個案，輔導處個別輔導","version":%d}""".formatted(version(k))));

        // Mon 03-09: back at school with a parent.
        Escalations.day(registrar, "2026-03-09", Map.of(student, "出席"));
        Fixtures.clock("2026-03-09T10:00:00+08:00");
        assertEquals("2026-03-09", Escalations.caseView(director.api(), caseId).getString("returnedOn"));
        JsonObject advice = ok(registrar.get("/api/v1/cases/" + caseId
                + "/placement-recommendation?leftOn=2026-03-02&on=2026-03-09"));
        assertEquals("NT-PLACEMENT P7D 13 ORIGINAL_CLASS [SPECIAL_CASE]", advice.getString("ruleId") + " "
                + advice.getString("timeAway") + " " + advice.getInt("ageYears") + " " + advice.getString("code") + " "
                + advice.getJsonArray("alternatives").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
        k = Escalations.caseView(director.api(), caseId);
        Api.Reply placedTooSoon = Casework.move(director.api(), caseId, "PLACEMENT", "直接安置", version(k));
        assertEquals(409, placedTooSoon.status(), placedTooSoon.toString());
        assertEquals("NT-PLACEMENT", placedTooSoon.json().getString("ruleId"), "placement follows re-enrolment");

        JsonObject application = created(registrar.post("/api/v1/cases/" + caseId + "/re-enrolments", """
                {"leftOn":"2026-03-02","applicant":"母 林○華","note":"家長陪同申請復學"}"""));
        assertEquals("P7D", application.getString("timeAway"));
        assertEquals(13, application.getInt("ageYears"));
        assertEquals("ORIGINAL_CLASS", application.getJsonObject("recommendation").getString("code"));
        k = move(registrar, caseId, "RE_ENROLLED", "家長陪同完成復學申請", version(k));
        List<String> reEnrolled = Escalations.tasks(director.api(), caseId, "OPEN");
        assertEquals(List.of("NT-PLACEMENT PRINCIPAL 2026-03-16"),
                reEnrolled.stream().filter(t -> t.startsWith("NT-PLACEMENT")).toList(), "one placement meeting, within a week");
        assertEquals(List.of("NT-ADAPT COUNSELING 2026-03-16", "NT-ADAPT HOMEROOM_TEACHER 2026-03-09",
                "NT-ADAPT MENTOR_TEACHER 2026-03-15", "NT-ADAPT MENTOR_TEACHER 2026-03-15", "NT-ADAPT MENTOR_TEACHER 2026-03-15"),
                reEnrolled.stream().filter(t -> t.startsWith("NT-ADAPT")).toList(),
                "1 day–1 week of 輔導處 courses, the 導師 every day, the mentor 3 times in the first week");

        // Tue 03-10: the placement meeting (NT-PLACEMENT) chaired by the principal decides the original class.
        Fixtures.clock("2026-03-10T14:00:00+08:00");
        JsonObject placementMeeting = created(director.api().post("/api/v1/cases/" + caseId + "/meetings", """
                {"kind":"PLACEMENT","ruleId":"NT-PLACEMENT","heldOn":"2026-03-10","chairUserId":%d,
                 "attendeeIds":[%d,%d,%d,%d,%d,%d],"minutes":"離校未滿一年，回原班就讀（測試資料）",
                 "decisions":[{"decision":"教務處安排補救教學","ownerRole":"ACADEMIC_AFFAIRS","dueOn":"2026-03-20"}]}"""
                .formatted(principal.userId(), director.userId(), academic.userId(), studentAffairs.userId(), head.userId(),
                        school.userId(), homeroom.userId())));
        JsonObject decided = ok(director.api().post("/api/v1/cases/" + caseId + "/re-enrolments/" + id(application)
                + "/decision", """
                {"placement":"ORIGINAL_CLASS","meetingId":%d,"note":"回原班","version":%d}"""
                .formatted(id(placementMeeting), version(application))));
        assertEquals("DECIDED", decided.getString("status"));
        k = move(director.api(), caseId, "PLACEMENT", "安置會議決議回原班就讀", version(k));
        complete(homeroom.api(), retrieval, "學生已返校", null);
        k = ok(director.api().put("/api/v1/cases/" + caseId + "/tier", """
                {"tier":1,"reason":"回原班，由導師與認輔老師一級輔導","version":%d}""".formatted(version(k))));
        k = move(director.api(), caseId, "FOLLOW_UP", "復學適應良好，持續追蹤", version(k));

        // No closure rule in New Taipei: the case closes after NT-ADAPT's two weeks.
        Fixtures.clock("2026-03-23T10:00:00+08:00");
        k = ok(director.api().post("/api/v1/cases/" + caseId + "/close", """
                {"note":"復學兩週適應良好，結案","version":%d}""".formatted(version(k))));
        assertEquals("CLOSED", k.getString("state"));

        assertEquals(List.of(
                "STATE state OPEN→REPORTED by " + school.userId(),
                "TIER tier 1→2 by " + director.userId(),
                "STATE state REPORTED→RE_ENROLLED by " + school.userId(),
                "STATE state RE_ENROLLED→PLACEMENT by " + director.userId(),
                "TIER tier 2→1 by " + director.userId(),
                "STATE state PLACEMENT→FOLLOW_UP by " + director.userId(),
                "STATE state FOLLOW_UP→CLOSED by " + director.userId()), Walk.history(director.api(), caseId));
        List<String> log = Casework.accessLog(director.api(), caseId);
        for (String row : List.of(
                director.username() + " CREATE MEETING ALLOWED",
                head.username() + " CREATE FORM_RECORD ALLOWED",
                head.username() + " SIGN FORM_RECORD ALLOWED",
                director.username() + " SIGN FORM_RECORD ALLOWED",
                principal.username() + " SIGN FORM_RECORD ALLOWED",
                head.username() + " COMPLETE TASK ALLOWED",
                school.username() + " TRANSITION CASE ALLOWED",
                school.username() + " CREATE REFERRAL ALLOWED",
                school.username() + " SEND REFERRAL ALLOWED",
                school.username() + " REPLY REFERRAL ALLOWED",
                school.username() + " CLOSE REFERRAL ALLOWED",
                director.username() + " SET_TIER CASE ALLOWED",
                school.username() + " CREATE PLACEMENT ALLOWED",
                director.username() + " DECIDE PLACEMENT ALLOWED",
                homeroom.username() + " COMPLETE TASK ALLOWED",
                director.username() + " TRANSITION CASE ALLOWED",
                director.username() + " CLOSE CASE ALLOWED")) {
            assertTrue(log.contains(row), row + " in " + log);
        }
    }
}
