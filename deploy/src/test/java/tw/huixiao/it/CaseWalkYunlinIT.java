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
 * A Yunlin case from detection to closure over HTTP (issue 6 "Done when"; policy-reference §3,
 * seed 003) at a new school with its own staff and a class 801 with its 導師. 2026 dates (semester
 * 114-2 from 02-23), worked out by hand; the plan's "one school week" is 5 school days
 * (YunlinLadder.ONE_SCHOOL_WEEK):
 * <ul>
 *   <li>Mon 03-02 to Wed 03-04 away without leave: the TW-DROPOUT case (附表三 code A) with YL-SCREEN,
 *       YL-REPLY and the YL-REF-DROPOUT meeting and referral due Wed 03-11 (03-05, 03-06, 03-09,
 *       03-10, 03-11), YL-ROSTER, YL-TIERS and TW-TIERS ongoing.</li>
 *   <li>YL-SCREEN: the 附表一 in its four stages, each by its own signer: the 導師 fills in and signs
 *       stages 1 and 2, the counsellor (輔導人員) adds the stage-3 crisis state and signs, the
 *       counselling director (unit head) adds the strategy and stamps stage 4. A stage is not signed
 *       without its fields; a signed stage's fields no longer change. The record completes YL-SCREEN.</li>
 *   <li>YL-REF-DROPOUT: the 學生復學輔導小組 meets; its decision (send 附表三 to the 教育處) becomes
 *       the counselling office's task; the referral is sent, accepted and answered with the 回覆表
 *       (YL-REPLY: tier 2, the 輔導老師 named; no tier-3 referral), then closed; the case goes to
 *       tier 2 as the reply arranges.</li>
 *   <li>The registrar reports (OPEN → REPORTED); Mon 03-09 the student is back: YL-RETURN (the 附表四
 *       ruling within a school week: 03-16) and TW-ZERO-REJECT; RETURNED, then FOLLOW_UP.</li>
 *   <li>Closure: the Yunlin plan sets no closure rule (the module has none), so nothing refuses it;
 *       closing ends the roster tracking "until the case closes" (YL-ROSTER).</li>
 * </ul>
 */
class CaseWalkYunlinIT {

    @AfterAll
    static void systemClock() {
        Casework.ADMIN.delete("/api/v1/admin/clock");
    }

    @Test
    void aYunlinDropoutCaseThroughTheScreeningFormAndTheReplyToClosure() {
        Fixtures.clock("2026-03-02T08:00:00+08:00");
        Casework.School school = Casework.school("YUNLIN", "walk-yl");
        Api registrar = school.office();
        Casework.Staff counsellor = Casework.head(school, "COUNSELING", "COUNSELING_SECTION_HEAD", "吳○志 輔導組長");
        Casework.Staff director = Casework.head(school, "COUNSELING", "COUNSELING_DIRECTOR", "陳○美 輔導主任");
        Casework.Staff principal = Casework.staff(school, "PRINCIPAL", "黃○進 校長");
        Casework.Staff homeroom = Casework.staff(school, "HOMEROOM_TEACHER", "楊○文 導師");
        long classId = Casework.homeroomClass(school, homeroom, 8, "801");
        Escalations.semester(registrar, 114, 2, "2026-02-23", "2026-06-30");
        long student = Casework.student(registrar, "王○明", "2012-05-01", 8, classId);

        for (String day : List.of("2026-03-02", "2026-03-03", "2026-03-04")) {
            Escalations.day(registrar, day, Map.of(student, "曠課"));
        }
        long caseId = Escalations.caseOf(registrar, student, "TW-DROPOUT");
        JsonObject k = Escalations.caseView(counsellor.api(), caseId);
        assertEquals("2026-03-04", k.getString("openedOn"));
        assertEquals(Escalations.sorted(List.of(
                "TW-TIERS COUNSELING ongoing",
                "YL-REF-DROPOUT COUNSELING ongoing",
                "YL-REPLY COUNSELING 2026-03-11",
                "YL-ROSTER COUNSELING ongoing",
                "YL-SCREEN HOMEROOM_TEACHER 2026-03-11",
                "YL-SCREEN COUNSELING_DIRECTOR 2026-03-11",
                "YL-TIERS HOMEROOM_TEACHER ongoing"),
                Escalations.times(2, "YL-REF-DROPOUT COUNSELING 2026-03-11"),
                Escalations.times(3, "YL-TIERS COUNSELING ongoing")), Escalations.tasks(counsellor.api(), caseId, "OPEN"));

        // Thu 03-05: the registrar reports the dropout.
        Fixtures.clock("2026-03-05T10:00:00+08:00");
        k = move(registrar, caseId, "REPORTED", "已於教育部中輟系統通報", version(k));

        // YL-SCREEN: 附表一, stage by stage. The 導師 fills in stages 1 and 2 only.
        String form = "/api/v1/cases/" + caseId + "/forms/YL-T1-ASSESSMENT";
        String stage1 = """
                "studentName":"王○明","assessmentDate":"2026-03-05","sex":"男","className":"%s","primaryCarer":"林○華",
                "carerRelationship":"母","familyBackground":["SINGLE_PARENT"],"behaviourCrisis":["FREQUENT_LEAVE_OR_TRUANCY"],
                "learningGapCrisis":["LOW_MOTIVATION"],"schoolAdjustmentCrisis":["MALADJUSTED_TO_SCHOOL"],
                "interpersonalCrisis":["LURED_BY_BAD_PEERS"],"crisisByHomeroom":["YL-C1"]""";
        JsonObject screening = created(homeroom.api().post(form, "{\"data\":{" + stage1.formatted("801") + "}}"));
        assertEquals("YL-SCREEN", screening.getString("ruleId"));
        screening = sign(homeroom.api(), screening, "stage1");
        screening = sign(homeroom.api(), screening, "stage2");
        Api.Reply changed = homeroom.api().put("/api/v1/form-records/" + id(screening), "{\"data\":{"
                + stage1.formatted("802") + "},\"version\":" + version(screening) + "}");
        assertEquals(409, changed.status(), "stage 1 is signed: " + changed);
        assertTrue(changed.body().contains("fields.className"), changed.body());
        Api.Reply unassessed = counsellor.api().post("/api/v1/form-records/" + id(screening) + "/sign/stage3",
                "{\"version\":" + version(screening) + "}");
        assertEquals(400, unassessed.status(), "stage 3 needs the counsellor's crisis state: " + unassessed);
        assertTrue(unassessed.body().contains("fields.crisisByCounsellor"), unassessed.body());
        screening = ok(counsellor.api().put("/api/v1/form-records/" + id(screening), "{\"data\":{"
                + stage1.formatted("801") + ",\"crisisByCounsellor\":[\"YL-C1\",\"YL-C5\"]},\"version\":"
                + version(screening) + "}"));
        screening = sign(counsellor.api(), screening, "stage3");
        screening = ok(director.api().put("/api/v1/form-records/" + id(screening), "{\"data\":{"
                + stage1.formatted("801") + ",\"crisisByCounsellor\":[\"YL-C1\",\"YL-C5\"],"
                + "\"strategy\":[\"MENTOR_TEACHER\",\"HIGH_CARE_COURSE\"],\"highCareCourseKind\":[\"HIGH_CARE_CLASS\"]},"
                + "\"version\":" + version(screening) + "}"));
        screening = sign(director.api(), screening, "stage4");
        assertEquals("SIGNED", screening.getString("status"));
        assertEquals(List.of("stage1 HOMEROOM_TEACHER " + homeroom.userId(), "stage2 HOMEROOM_TEACHER " + homeroom.userId(),
                "stage3 COUNSELING " + counsellor.userId(), "stage4 COUNSELING_DIRECTOR " + director.userId()), Walk.stages(screening));
        complete(homeroom.api(), Walk.task(homeroom.api(), caseId, "YL-SCREEN", "HOMEROOM_TEACHER", "on OPENED"),
                "附表一評估完成", id(screening));
        // The stage-4 strategy is the 輔導主任's own duty (單位主管核章): the 組長 cannot record it.
        JsonObject strategy = Walk.task(director.api(), caseId, "YL-SCREEN", "COUNSELING_DIRECTOR", "on OPENED");
        Api.Reply notTheHead = counsellor.api().post("/api/v1/tasks/" + strategy.getJsonNumber("id").longValue()
                + "/complete", "{\"note\":\"代核\",\"version\":" + strategy.getJsonNumber("version").longValue() + "}");
        assertEquals(403, notTheHead.status(), "only the head of unit records the stage-4 strategy: " + notTheHead);
        complete(director.api(), strategy, "第四階段輔導策略已核章", id(screening));

        // YL-REF-DROPOUT: the 學生復學輔導小組; its decision is the counselling office's task.
        Fixtures.clock("2026-03-06T14:00:00+08:00");
        created(counsellor.api().post("/api/v1/cases/" + caseId + "/meetings", """
                {"kind":"RE_ENROLMENT_GROUP","ruleId":"YL-REF-DROPOUT","heldOn":"2026-03-06","chairUserId":%d,
                 "attendeeIds":[%d,%d,%d],"minutes":"評估學生為中輟高危險群，決議轉介教育處（測試資料）",
                 "decisions":[{"decision":"輔導室填寫附表三轉介單函送教育處","ownerRole":"COUNSELING","dueOn":"2026-03-11"}]}"""
                .formatted(principal.userId(), counsellor.userId(), director.userId(), homeroom.userId())));
        JsonObject send = Walk.task(counsellor.api(), caseId, "YL-REF-DROPOUT", "COUNSELING", "meeting RE_ENROLMENT_GROUP");
        assertEquals("2026-03-11", send.getString("dueOn"));
        String referrals = "/api/v1/cases/" + caseId + "/referrals";
        JsonObject referral = created(counsellor.api().post(referrals, """
                {"agencyId":"YL-EDUCATION","reason":"中輟高危險群，行為代碼 A（測試資料）"}"""));
        String one = referrals + "/" + id(referral);
        referral = ok(counsellor.api().post(one + "/send", """
                {"method":"LETTER","referenceNumber":"雲示字第1150000003號","version":0}"""));
        complete(counsellor.api(), send, "附表三已函送教育處", null);
        referral = ok(counsellor.api().post(one + "/accept", "{\"version\":" + version(referral) + "}"));

        // Mon 03-09: back at school.
        Escalations.day(registrar, "2026-03-09", Map.of(student, "出席"));
        List<String> back = Escalations.tasks(counsellor.api(), caseId, "OPEN");
        assertTrue(back.containsAll(List.of("YL-RETURN COUNSELING 2026-03-16", "YL-RETURN COUNSELING ongoing",
                "TW-ZERO-REJECT REGISTRAR 2026-03-09")), back.toString());
        k = move(counsellor.api(), caseId, "RETURNED", "學生今日返校", version(Escalations.caseView(counsellor.api(), caseId)));

        // Tue 03-10: the 回覆表 (YL-REPLY) arranges tier 2 with the 輔導老師 named; no tier-3 referral.
        Fixtures.clock("2026-03-10T10:00:00+08:00");
        Api.Reply noTeacher = counsellor.api().post(one + "/reply", """
                {"repliedOn":"2026-03-10","tier":2,"thirdTierReferral":false,"version":%d}""".formatted(version(referral)));
        assertEquals(400, noTeacher.status(), "YL-REPLY names the 輔導老師 for tier 2: " + noTeacher);
        referral = ok(counsellor.api().post(one + "/reply", """
                {"repliedOn":"2026-03-10","tier":2,"tierTeacher":"吳○志","thirdTierReferral":false,"version":%d}"""
                .formatted(version(referral))));
        JsonObject reply = referral.getJsonObject("reply");
        assertEquals(2, reply.getInt("tier"));
        assertEquals("吳○志", reply.getString("tierTeacher"));
        referral = ok(counsellor.api().post(one + "/close", "{\"note\":\"依回覆表安排二級輔導\",\"version\":"
                + version(referral) + "}"));
        k = ok(counsellor.api().put("/api/v1/cases/" + caseId + "/tier", """
                {"tier":2,"reason":"依輔導安排回覆表：二級輔導，輔導老師吳○志","version":%d}""".formatted(version(k))));
        k = ok(counsellor.api().put("/api/v1/cases/" + caseId + "/assignments", """
                {"homeroomTeacherId":%d,"counsellorId":%d,"caseManagerId":%d,"reason":"依回覆表分工","version":%d}"""
                .formatted(homeroom.userId(), counsellor.userId(), director.userId(), version(k))));
        k = move(counsellor.api(), caseId, "FOLLOW_UP", "返校後二級輔導，持續追蹤", version(k));

        // Closure (no closure rule in the Yunlin plan) ends the roster tracking (YL-ROSTER: 追蹤列管至結案).
        Fixtures.clock("2026-04-10T10:00:00+08:00");
        k = ok(counsellor.api().post("/api/v1/cases/" + caseId + "/close", """
                {"note":"穩定就學一個月，結案","version":%d}""".formatted(version(k))));
        assertEquals("CLOSED", k.getString("state"));
        assertTrue(Escalations.tasks(counsellor.api(), caseId, "OPEN").stream().noneMatch(t -> t.startsWith("YL-ROSTER")),
                "the roster tracking ends with the case");

        assertEquals(List.of(
                "STATE state OPEN→REPORTED by " + school.userId(),
                "STATE state REPORTED→RETURNED by " + counsellor.userId(),
                "TIER tier 1→2 by " + counsellor.userId(),
                "ASSIGNMENT HOMEROOM_TEACHER -→" + homeroom.userId() + " by " + counsellor.userId(),
                "ASSIGNMENT COUNSELLOR -→" + counsellor.userId() + " by " + counsellor.userId(),
                "ASSIGNMENT CASE_MANAGER -→" + director.userId() + " by " + counsellor.userId(),
                "STATE state RETURNED→FOLLOW_UP by " + counsellor.userId(),
                "STATE state FOLLOW_UP→CLOSED by " + counsellor.userId()), Walk.history(counsellor.api(), caseId));
        List<String> log = Casework.accessLog(counsellor.api(), caseId);
        for (String row : List.of(
                homeroom.username() + " CREATE FORM_RECORD ALLOWED",
                homeroom.username() + " SIGN FORM_RECORD ALLOWED",
                counsellor.username() + " UPDATE FORM_RECORD ALLOWED",
                counsellor.username() + " SIGN FORM_RECORD ALLOWED",
                director.username() + " UPDATE FORM_RECORD ALLOWED",
                director.username() + " SIGN FORM_RECORD ALLOWED",
                homeroom.username() + " COMPLETE TASK ALLOWED",
                counsellor.username() + " CREATE MEETING ALLOWED",
                counsellor.username() + " CREATE REFERRAL ALLOWED",
                counsellor.username() + " SEND REFERRAL ALLOWED",
                counsellor.username() + " ACCEPT REFERRAL ALLOWED",
                counsellor.username() + " REPLY REFERRAL ALLOWED",
                counsellor.username() + " CLOSE REFERRAL ALLOWED",
                counsellor.username() + " COMPLETE TASK ALLOWED",
                school.username() + " TRANSITION CASE ALLOWED",
                counsellor.username() + " SET_TIER CASE ALLOWED",
                counsellor.username() + " ASSIGN CASE ALLOWED",
                counsellor.username() + " CLOSE CASE ALLOWED")) {
            assertTrue(log.contains(row), row + " in " + log);
        }
    }
}
