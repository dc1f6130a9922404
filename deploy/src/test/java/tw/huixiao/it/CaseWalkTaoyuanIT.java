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
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A Taoyuan case from detection to closure over HTTP (issue 6 "Done when"; policy-reference §1,
 * seed 000), at a new school with its own staff, a class 801 and its 導師. Dates are 2026 (semester
 * 114-2 from 02-23), worked out by hand:
 * <ul>
 *   <li>Mon 03-02 to Wed 03-04 absent without leave: the third day opens the TW-DROPOUT case and
 *       the ladder of days 1–3 for a student who is not indigenous and whose cause is unknown
 *       (TY-D1-CONTACT, TY-D2-*, TY-D3-*, TY-D0-PRINCIPAL, TW-TIERS); the homeroom duties go to the
 *       class's own 導師.</li>
 *   <li>TY-D1-CONTACT produces the 輔導訪談紀錄（B）表: the 導師 writes it, it is signed 導師 → 學務處 →
 *       輔導室 → 校長 in that order, and only with it is the duty done.</li>
 *   <li>TY-D3-SEARCH-MEETING: the principal chairs the 協尋因應作為研商會議; its decision (學務處 visits
 *       with the 導師 and the 里長 by Thursday) becomes a task that 學務處 completes.</li>
 *   <li>Thu 03-05, day 4 still away: TY-D4-REPORT (the original letter within 3 working days: Tue
 *       03-10); the registrar reports the dropout (OPEN → REPORTED, TW-PENALTY arises). Follow-up is
 *       refused while the student is away (TY-D3-CASE-MEETING). Tier 1 → 2 (輔導室) and, with the
 *       referral to the 輔諮中心 (consent first, then sent, accepted, replied, closed), 2 → 3 (TW-TIERS).</li>
 *   <li>Mon 03-09 the student is back: the returned branch (TY-D4-RETURNED, TW-ZERO-REJECT); the
 *       case moves to RETURNED, and after the case meeting of Tue 03-10 (stable; its decision a task
 *       for 輔導室) to FOLLOW_UP.</li>
 *   <li>Closure (TY-D3-CASE-MEETING: stable, tracked 1 month): refused on 03-20 with the earliest
 *       date 04-10, allowed on 04-10. The counsellor's access log shows the walk's writes.</li>
 * </ul>
 */
class CaseWalkTaoyuanIT {

    private static final String CONTACT_RECORD = """
            {"data":{"studentName":"林○安","className":"801","indigenous":false,"contactDate":"2026-03-02",
             "contactedParty":"LEGAL_REPRESENTATIVE","contactedPerson":"林○華","relationship":"母","method":"PHONE",
             "content":"電話聯繫母親，學生未告知去向（測試資料）","outcome":"CAUSE_UNKNOWN","emergency":false,
             "reportedTo":["STUDENT_AFFAIRS"],"nextSteps":["HOME_VISIT","KEEP_CONTACT"],"nextContactDate":"2026-03-03"}}""";

    @AfterAll
    static void systemClock() {
        Casework.ADMIN.delete("/api/v1/admin/clock");
    }

    @Test
    void aTaoyuanDropoutCaseFromDetectionToClosure() {
        Fixtures.clock("2026-03-02T08:00:00+08:00");
        Casework.School school = Casework.school("TAOYUAN", "walk-ty");
        Api registrar = school.office();
        Casework.Staff counsellor = Casework.staff(school, "COUNSELING", "李○豪 輔導主任");
        Casework.Staff principal = Casework.staff(school, "PRINCIPAL", "林○宏 校長");
        Casework.Staff studentAffairs = Casework.staff(school, "STUDENT_AFFAIRS", "陳○家 學務主任");
        Casework.Staff homeroom = Casework.staff(school, "HOMEROOM_TEACHER", "謝○美 導師");
        long classId = Casework.homeroomClass(school, homeroom, 8, "801");
        Escalations.semester(registrar, 114, 2, "2026-02-23", "2026-06-30");
        long student = Casework.student(registrar, "林○安", "2012-05-01", 8, classId);

        // Detection: three school days away without leave (TW-DROPOUT) open the case on the third.
        for (String day : List.of("2026-03-02", "2026-03-03", "2026-03-04")) {
            Escalations.day(registrar, day, Map.of(student, "曠課"));
        }
        long caseId = Escalations.caseOf(registrar, student, "TW-DROPOUT");
        JsonObject k = Escalations.caseView(counsellor.api(), caseId);
        assertEquals("2026-03-04", k.getString("openedOn"));
        assertTrue(k.getBoolean("openedByEngine"));
        assertEquals("OPEN", k.getString("state"));
        assertEquals(1, k.getInt("tier"), "TW-TIERS: every case starts at tier 1");
        assertEquals(Set.of(
                "TY-D1-CONTACT HOMEROOM_TEACHER 2026-03-02",
                "TY-D2-VISIT HOMEROOM_TEACHER 2026-03-03",
                "TY-D2-RECORD STUDENT_AFFAIRS 2026-03-03", "TY-D2-COUNSEL COUNSELING 2026-03-03",
                "TY-D0-PRINCIPAL PRINCIPAL ongoing",
                "TY-D3-VISIT HOMEROOM_TEACHER 2026-03-04",
                "TY-D3-SEARCH-MEETING STUDENT_AFFAIRS 2026-03-04", "TY-D3-SEARCH-MEETING COUNSELING 2026-03-04",
                "TY-D3-REGISTERED-MAIL STUDENT_AFFAIRS 2026-03-04", "TY-D3-REGISTERED-MAIL REGISTRAR 2026-03-04",
                "TW-TIERS COUNSELING ongoing"), Fixtures.tasks(counsellor.api(), caseId, "OPEN"),
                "days 1–3 of a student who is not indigenous (no TY-D1-INDIGENOUS, no 學務處 visit with the 原服員 on days 2"
                        + " and 3) and whose cause is unknown (no TY-D3-CASE-MEETING yet)");

        // TY-D1-CONTACT: the class's 導師 records the call on the 輔導訪談紀錄（B）表.
        Fixtures.clock("2026-03-04T13:00:00+08:00");
        JsonObject contact = Walk.task(homeroom.api(), caseId, "TY-D1-CONTACT", "HOMEROOM_TEACHER", "day 1");
        assertEquals(homeroom.userId(), contact.getJsonNumber("assigneeId").longValue(), "the class's own 導師");
        assertEquals("TY-CONTACT-RECORD-B", contact.getString("produces"));
        Api.Reply withoutRecord = homeroom.api().post("/api/v1/tasks/" + id(contact) + "/complete",
                "{\"note\":\"已電話聯繫\",\"version\":" + version(contact) + "}");
        assertEquals(400, withoutRecord.status(), "the duty produces the form: " + withoutRecord);
        assertTrue(withoutRecord.body().contains("recordRef"), withoutRecord.body());
        JsonObject record = created(homeroom.api().post("/api/v1/cases/" + caseId + "/forms/TY-CONTACT-RECORD-B",
                CONTACT_RECORD));
        Api.Reply principalFirst = principal.api().post("/api/v1/form-records/" + id(record) + "/sign/principal",
                "{\"version\":" + version(record) + "}");
        assertEquals(409, principalFirst.status(), "signed in the chain's order: " + principalFirst);
        record = sign(homeroom.api(), record, "homeroom");
        record = sign(studentAffairs.api(), record, "studentAffairs");
        record = sign(counsellor.api(), record, "counseling");
        record = sign(principal.api(), record, "principal");
        assertEquals("SIGNED", record.getString("status"));
        assertEquals(List.of("homeroom HOMEROOM_TEACHER " + homeroom.userId(),
                "studentAffairs STUDENT_AFFAIRS " + studentAffairs.userId(),
                "counseling COUNSELING " + counsellor.userId(), "principal PRINCIPAL " + principal.userId()),
                Walk.stages(record));
        complete(homeroom.api(), contact, "3/2 已電話聯繫家長", id(record));

        // TY-D3-SEARCH-MEETING: the principal chairs; the decision becomes 學務處's task for Thursday.
        JsonObject meeting = created(counsellor.api().post("/api/v1/cases/" + caseId + "/meetings", """
                {"kind":"SEARCH_STRATEGY","ruleId":"TY-D3-SEARCH-MEETING","heldOn":"2026-03-04","chairUserId":%d,
                 "attendeeIds":[%d,%d,%d],"participants":[{"name":"陳○雄","agency":"示範里辦公處（里長）","contact":"03-0000000"}],
                 "minutes":"學生連續 3 日未到校且原因不明，研商協尋對策（測試資料）",
                 "decisions":[{"decision":"學務處協同導師與里長家訪","ownerRole":"STUDENT_AFFAIRS","dueOn":"2026-03-05"}]}"""
                .formatted(principal.userId(), studentAffairs.userId(), counsellor.userId(), homeroom.userId())));
        assertEquals("協尋因應作為研商會議", meeting.getString("kindZh"));
        JsonObject visit = Walk.task(studentAffairs.api(), caseId, "TY-D3-SEARCH-MEETING", "STUDENT_AFFAIRS",
                "meeting SEARCH_STRATEGY");
        assertEquals("2026-03-05", visit.getString("dueOn"));
        assertEquals("會議決議：學務處協同導師與里長家訪", visit.getString("dutyZh"));

        // Day 4 (Thu 03-05), still away: the report duties; the original letter within 3 working days.
        Escalations.day(registrar, "2026-03-05", Map.of(student, "曠課"));
        Set<String> day4 = Fixtures.tasks(counsellor.api(), caseId, "OPEN");
        assertTrue(day4.containsAll(Set.of("TY-D4-REPORT REGISTRAR 2026-03-05", "TY-D4-REPORT REGISTRAR 2026-03-10",
                "TY-D4-TASKFORCE COUNSELING 2026-03-05", "TY-D4-URGE HOMEROOM_TEACHER 2026-03-05")), day4.toString());
        Fixtures.clock("2026-03-05T15:00:00+08:00");
        complete(studentAffairs.api(), visit, "已協同導師及里長家訪，家長表示將督促到校", null);
        k = move(registrar, caseId, "REPORTED", "已於教育部系統完成中輟通報並傳真輟學通報單", version(k));
        assertTrue(Fixtures.tasks(counsellor.api(), caseId, "OPEN").contains("TW-PENALTY ACADEMIC_AFFAIRS ongoing"),
                "REPORTED lays out the committee's escalation duty (TW-PENALTY)");
        Api.Reply tooSoon = Casework.move(counsellor.api(), caseId, "FOLLOW_UP", "直接追蹤", version(k));
        assertEquals(409, tooSoon.status(), tooSoon.toString());
        assertEquals("TY-D3-CASE-MEETING", tooSoon.json().getString("ruleId"), "no tracking while the student is away");

        // TW-TIERS: the counselling office steps in (tier 2), then refers to the 輔諮中心 (tier 3).
        k = ok(counsellor.api().put("/api/v1/cases/" + caseId + "/tier", """
                {"tier":2,"reason":"導師聯繫後仍未到校，輔導室介入個別輔導","version":%d}""".formatted(version(k))));
        String referrals = "/api/v1/cases/" + caseId + "/referrals";
        JsonObject referral = created(counsellor.api().post(referrals, """
                {"agencyId":"TY-COUNSELLING","reason":"學生拒學並有情緒困擾，需專業心理諮商（測試資料）"}"""));
        assertEquals("TY-D4-TASKFORCE", referral.getString("ruleId"));
        String one = referrals + "/" + id(referral);
        Api.Reply noConsent = counsellor.api().post(one + "/send", """
                {"method":"LETTER","referenceNumber":"示範字第1150000001號","version":0}""");
        assertEquals(409, noConsent.status(), "the 輔諮中心 needs the guardian's consent first: " + noConsent);
        referral = ok(counsellor.api().post(one + "/consent", """
                {"givenBy":"母 林○華","givenOn":"2026-03-05","version":0}"""));
        referral = ok(counsellor.api().post(one + "/send", """
                {"method":"LETTER","referenceNumber":"示範字第1150000001號","version":%d}""".formatted(version(referral))));
        assertEquals("SENT", referral.getString("status"));
        referral = ok(counsellor.api().post(one + "/accept", "{\"version\":" + version(referral) + "}"));
        k = ok(counsellor.api().put("/api/v1/cases/" + caseId + "/tier", """
                {"tier":3,"reason":"輔諮中心已收案","version":%d}""".formatted(version(k))));
        Fixtures.clock("2026-03-06T11:00:00+08:00");
        referral = ok(counsellor.api().post(one + "/reply", """
                {"repliedOn":"2026-03-06","text":"安排心理師每週晤談一次（測試資料）","version":%d}""".formatted(version(referral))));
        assertEquals("REPLIED", referral.getString("status"));

        // Mon 03-09: back at school. The returned branch arises; the case moves to RETURNED.
        Escalations.day(registrar, "2026-03-09", Map.of(student, "出席"));
        Set<String> back = Fixtures.tasks(counsellor.api(), caseId, "OPEN");
        assertTrue(back.containsAll(Set.of("TY-D4-RETURNED HOMEROOM_TEACHER ongoing",
                "TY-D4-RETURNED ACADEMIC_AFFAIRS ongoing", "TY-D4-RETURNED COUNSELING ongoing",
                "TW-ZERO-REJECT REGISTRAR 2026-03-09")), back.toString());
        k = Escalations.caseView(counsellor.api(), caseId);
        assertEquals("2026-03-09", k.getString("returnedOn"));
        k = move(counsellor.api(), caseId, "RETURNED", "學生今日返校", version(k));

        // Tue 03-10: the case meeting (TY-D3-CASE-MEETING) finds the student steady: tracking starts.
        Fixtures.clock("2026-03-10T14:00:00+08:00");
        created(counsellor.api().post("/api/v1/cases/" + caseId + "/meetings", """
                {"kind":"CASE_MEETING","ruleId":"TY-D3-CASE-MEETING","heldOn":"2026-03-10","chairUserId":%d,
                 "attendeeIds":[%d,%d],"minutes":"評估學生已穩定就學，持續追蹤 1 個月後結案（測試資料）",
                 "decisions":[{"decision":"輔導室每週個別晤談，一個月後評估結案","ownerRole":"COUNSELING","dueOn":"2026-04-10"}]}"""
                .formatted(principal.userId(), counsellor.userId(), homeroom.userId())));
        k = move(counsellor.api(), caseId, "FOLLOW_UP", "個案會議評估穩定就學，持續追蹤 1 個月", version(k));

        // Closure: a month of tracking from 03-10 (TY-D3-CASE-MEETING).
        Fixtures.clock("2026-03-20T10:00:00+08:00");
        referral = ok(counsellor.api().post(one + "/close", "{\"note\":\"晤談持續中，轉介流程結束\",\"version\":"
                + version(referral) + "}"));
        Api.Reply early = counsellor.api().post("/api/v1/cases/" + caseId + "/close", """
                {"note":"穩定就學","version":%d}""".formatted(version(k)));
        assertEquals(409, early.status(), early.toString());
        assertEquals("TY-D3-CASE-MEETING", early.json().getString("ruleId"));
        assertEquals("2026-04-10", early.json().getString("earliestDate"));
        Fixtures.clock("2026-04-10T10:00:00+08:00");
        complete(counsellor.api(), Walk.task(counsellor.api(), caseId, "TY-D3-CASE-MEETING", "COUNSELING",
                "meeting CASE_MEETING"), "一個月追蹤期間出席正常", null);
        k = ok(counsellor.api().post("/api/v1/cases/" + caseId + "/close", """
                {"note":"追蹤 1 個月穩定就學，結案","version":%d}""".formatted(version(k))));
        assertEquals("CLOSED", k.getString("state"));

        assertEquals(List.of(
                "STATE state OPEN→REPORTED by " + school.userId(),
                "TIER tier 1→2 by " + counsellor.userId(),
                "TIER tier 2→3 by " + counsellor.userId(),
                "STATE state REPORTED→RETURNED by " + counsellor.userId(),
                "STATE state RETURNED→FOLLOW_UP by " + counsellor.userId(),
                "STATE state FOLLOW_UP→CLOSED by " + counsellor.userId()), Walk.history(counsellor.api(), caseId));
        List<String> log = Casework.accessLog(counsellor.api(), caseId);
        for (String row : List.of(
                homeroom.username() + " CREATE FORM_RECORD ALLOWED",
                homeroom.username() + " SIGN FORM_RECORD ALLOWED",
                studentAffairs.username() + " SIGN FORM_RECORD ALLOWED",
                counsellor.username() + " SIGN FORM_RECORD ALLOWED",
                principal.username() + " SIGN FORM_RECORD ALLOWED",
                homeroom.username() + " COMPLETE TASK ALLOWED",
                counsellor.username() + " CREATE MEETING ALLOWED",
                studentAffairs.username() + " COMPLETE TASK ALLOWED",
                school.username() + " TRANSITION CASE ALLOWED",
                counsellor.username() + " SET_TIER CASE ALLOWED",
                counsellor.username() + " CREATE REFERRAL ALLOWED",
                counsellor.username() + " CONSENT REFERRAL ALLOWED",
                counsellor.username() + " SEND REFERRAL ALLOWED",
                counsellor.username() + " ACCEPT REFERRAL ALLOWED",
                counsellor.username() + " REPLY REFERRAL ALLOWED",
                counsellor.username() + " CLOSE REFERRAL ALLOWED",
                counsellor.username() + " TRANSITION CASE ALLOWED",
                counsellor.username() + " COMPLETE TASK ALLOWED",
                counsellor.username() + " CLOSE CASE ALLOWED")) {
            assertTrue(log.contains(row), row + " in " + log);
        }
    }
}
