package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import static tw.huixiao.it.Casework.move;
import static tw.huixiao.it.Casework.text;

/**
 * A Taoyuan case's life over HTTP (issue 6 §1, §8): a move the module forbids is refused with its
 * rule id (follow-up before the student is back, TY-D3-CASE-MEETING); reported → returned →
 * follow-up, each with its reason and case event; tier changes (TW-TIERS) and assignments kept
 * with who, when and why; closing a month too early refused with the earliest date, allowed once
 * the clock reaches it; a relapse reopens the case with its history; two edits with the same
 * version — the second gets 409 and the first's change stays.
 */
class CaseLifecycleIT {

    private static final Api ADMIN = Api.as("platform-admin");

    @AfterAll
    static void systemClock() {
        ADMIN.delete("/api/v1/admin/clock");
    }

    @Test
    void aTaoyuanCaseMovesThroughItsLifeUnderTheModulesRules() {
        Fixtures.clock("2026-03-02T09:00:00+08:00");
        Api counsellor = Onboarding.schoolWithStaff("TAOYUAN", "ty-lifecycle");
        JsonObject me = counsellor.get("/api/v1/me").json();
        long schoolId = me.getJsonObject("school").getJsonNumber("id").longValue();
        long counsellorId = me.getJsonNumber("id").longValue();
        long mentorId = account(schoolId, "lc-mentor", "MENTOR_TEACHER").getJsonNumber("id").longValue();
        Api registrar = Api.as(account(schoolId, "lc-registrar", "REGISTRAR").getString("username"), Onboarding.PASSWORD);

        long student = Fixtures.student(counsellor, false);
        Api.Reply opened = counsellor.post("/api/v1/cases", """
                {"studentId":%d,"categoryId":"TW-DROPOUT","note":"連續 3 日未到校"}""".formatted(student));
        assertEquals(201, opened.status(), opened.toString());
        JsonObject k = opened.json();
        long caseId = k.getJsonNumber("id").longValue();
        assertEquals("OPEN", k.getString("state"));
        assertEquals("DROPOUT", k.getString("kind"), "the kind comes from the module's category");
        assertEquals(1, k.getInt("tier"), "every case starts at tier 1 (TW-TIERS)");

        // TY-D3-CASE-MEETING: tracking starts only once the student is back.
        Api.Reply early = move(counsellor, caseId, "FOLLOW_UP", "試圖直接追蹤", version(k));
        assertEquals(409, early.status(), early.toString());
        assertEquals("TY-D3-CASE-MEETING", early.json().getString("ruleId"), early.toString());
        Api.Reply noReason = move(counsellor, caseId, "REPORTED", " ", version(k));
        assertEquals(400, noReason.status());
        assertTrue(noReason.body().contains("\"reason\""), noReason.toString());

        k = ok(move(counsellor, caseId, "REPORTED", "已完成中輟通報", version(k)));
        assertEquals("REPORTED", k.getString("state"));
        assertTrue(Fixtures.tasks(counsellor, caseId, "OPEN").contains("TW-PENALTY ACADEMIC_AFFAIRS ongoing"),
                "the move records the REPORTED event and its duties arise");

        Fixtures.clock("2026-03-10T09:00:00+08:00");
        k = ok(move(counsellor, caseId, "RETURNED", "學生今日返校", version(k)));
        assertEquals("2026-03-10", k.getString("returnedOn"));
        k = ok(move(counsellor, caseId, "FOLLOW_UP", "個案會議評估穩定就學，持續追蹤 1 個月", version(k)));
        assertEquals("FOLLOW_UP", k.getString("state"));

        // Tier changes (三級輔導): the counselling office decides; a registrar who sees the case may not.
        Api.Reply notTheirs = registrar.put("/api/v1/cases/" + caseId + "/tier", """
                {"tier":2,"reason":"x","version":%d}""".formatted(version(k)));
        assertEquals(403, notTheirs.status(), notTheirs.toString());
        k = ok(counsellor.put("/api/v1/cases/" + caseId + "/tier", """
                {"tier":2,"reason":"導師輔導後仍需輔導室介入","version":%d}""".formatted(version(k))));
        long read = version(k);
        k = ok(counsellor.put("/api/v1/cases/" + caseId + "/tier", """
                {"tier":3,"reason":"轉介輔諮中心","version":%d}""".formatted(read)));
        // Two edits from the same read: the second gets 409 and the first's change stays.
        Api.Reply stale = counsellor.put("/api/v1/cases/" + caseId + "/tier", """
                {"tier":1,"reason":"同時修改","version":%d}""".formatted(read));
        assertEquals(409, stale.status(), stale.toString());
        assertEquals(3, counsellor.get("/api/v1/cases/" + caseId).json().getInt("tier"));

        Api.Reply wrongPerson = counsellor.put("/api/v1/cases/" + caseId + "/assignments", """
                {"homeroomTeacherId":%d,"reason":"指派","version":%d}""".formatted(mentorId, version(k)));
        assertEquals(400, wrongPerson.status());
        assertTrue(wrongPerson.body().contains("homeroomTeacherId"), "a mentor is not a homeroom teacher: " + wrongPerson);
        k = ok(counsellor.put("/api/v1/cases/" + caseId + "/assignments", """
                {"mentorTeacherId":%d,"counsellorId":%d,"caseManagerId":%d,"reason":"個案會議分工","version":%d}"""
                .formatted(mentorId, counsellorId, counsellorId, version(k))));
        assertEquals(mentorId, k.getJsonNumber("mentorTeacherId").longValue());

        // Closure rule (TY-D3-CASE-MEETING): a month of tracking from 03-10, so not before 04-10.
        Fixtures.clock("2026-03-20T09:00:00+08:00");
        Api.Reply tooEarly = counsellor.post("/api/v1/cases/" + caseId + "/close", """
                {"note":"穩定就學","version":%d}""".formatted(version(k)));
        assertEquals(409, tooEarly.status(), tooEarly.toString());
        assertEquals("TY-D3-CASE-MEETING", tooEarly.json().getString("ruleId"));
        assertEquals("2026-04-10", tooEarly.json().getString("earliestDate"));
        Fixtures.clock("2026-04-10T09:00:00+08:00");
        k = ok(counsellor.post("/api/v1/cases/" + caseId + "/close", """
                {"note":"追蹤 1 個月穩定就學，結案","version":%d}""".formatted(version(k))));
        assertEquals("CLOSED", k.getString("state"));
        assertEquals("CLOSED", k.getString("status"));

        // A relapse reopens the case; its history stays.
        Fixtures.clock("2026-05-04T09:00:00+08:00");
        k = ok(move(counsellor, caseId, "OPEN", "再次連續未到校", version(k)));
        assertEquals("OPEN", k.getString("status"));
        assertEquals("OPEN", k.getString("state"));

        List<String> history = counsellor.get("/api/v1/cases/" + caseId + "/history").structure().asJsonArray()
                .stream().map(JsonValue::asJsonObject).map(c -> c.getString("kind") + " " + c.getString("subject") + " "
                        + text(c, "from") + "→" + text(c, "to")
                        + " " + c.getString("reason") + " by " + c.getJsonNumber("changedBy").longValue()).toList();
        String by = " by " + counsellorId;
        assertEquals(List.of(
                "STATE state OPEN→REPORTED 已完成中輟通報" + by,
                "STATE state REPORTED→RETURNED 學生今日返校" + by,
                "STATE state RETURNED→FOLLOW_UP 個案會議評估穩定就學，持續追蹤 1 個月" + by,
                "TIER tier 1→2 導師輔導後仍需輔導室介入" + by,
                "TIER tier 2→3 轉介輔諮中心" + by,
                "ASSIGNMENT MENTOR_TEACHER -→" + mentorId + " 個案會議分工" + by,
                "ASSIGNMENT COUNSELLOR -→" + counsellorId + " 個案會議分工" + by,
                "ASSIGNMENT CASE_MANAGER -→" + counsellorId + " 個案會議分工" + by,
                "STATE state FOLLOW_UP→CLOSED 追蹤 1 個月穩定就學，結案" + by,
                "STATE state CLOSED→OPEN 再次連續未到校" + by), history);
    }

    private static JsonObject account(long schoolId, String name, String role) {
        String username = name + "-" + Unique.suffix();
        Api.Reply created = ADMIN.post("/api/v1/admin/schools/" + schoolId + "/accounts", """
                {"username":"%s","displayName":"測○員","password":"%s","roles":["%s"]}"""
                .formatted(username, Onboarding.PASSWORD, role));
        assertEquals(201, created.status(), created.toString());
        return created.json();
    }

    static JsonObject ok(Api.Reply reply) {
        assertEquals(200, reply.status(), reply.toString());
        return reply.json();
    }

    static long version(JsonObject k) {
        return k.getJsonNumber("version").longValue();
    }
}
