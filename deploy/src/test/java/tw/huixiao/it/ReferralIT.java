package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Referrals over HTTP (issue 6 §4) to the Yunlin directory (seed 003): the 教育處 referral (附表三,
 * YL-REF-DROPOUT) from draft through sent (fax with its number), accepted, the 回覆表's tier
 * arrangement (YL-REPLY) and closed, with every step out of order refused (409 naming what is
 * possible) and a stale version refused; a referral to a psychologist (YL-REF-EMOTION) that
 * cannot be sent before the guardian's consent is recorded, then rejected with its reason; the
 * 社服機構's 附表四 ruling (YL-RETURN). New Taipei's committee takes the school's district name
 * (NT-D4-REPORT). Every step is in the case's access log.
 */
class ReferralIT {

    @AfterAll
    static void systemClock() {
        Casework.ADMIN.delete("/api/v1/admin/clock");
    }

    @Test
    void aYunlinReferralGoesThroughItsStatesAndIllegalStepsAreRefused() {
        Fixtures.clock("2026-03-10T10:00:00+08:00");
        Casework.School school = Casework.school("YUNLIN", "referral");
        Casework.Staff homeroom = Casework.staff(school, "HOMEROOM_TEACHER", "吳○志 導師");

        Map<String, JsonObject> directory = school.office().get("/api/v1/agencies").structure().asJsonArray().stream()
                .map(JsonValue::asJsonObject).collect(Collectors.toMap(a -> a.getString("id"), Function.identity()));
        assertEquals("傳真 05-5348530；通報電話 05-5348585", directory.get("YL-SOCIAL-AFFAIRS").getString("contact"));
        assertFalse(directory.get("YL-SOCIAL-AFFAIRS").getBoolean("guardianConsentRequired"));
        assertEquals("TIER_DECISION", directory.get("YL-EDUCATION").getString("replyKind"));
        assertTrue(directory.get("YL-PSYCHOLOGIST").getBoolean("guardianConsentRequired"));
        assertEquals("RETURN_RULING", directory.get("YL-SOCIAL-SERVICE").getString("replyKind"));

        long student = Casework.student(school.office(), "2012-09-15", 8);
        long caseId = Casework.openCase(school.office(), student, "YL-C1");
        String referrals = "/api/v1/cases/" + caseId + "/referrals";

        Api.Reply unknown = school.office().post(referrals, """
                {"agencyId":"TY-CEC","reason":"x"}""");
        assertEquals(400, unknown.status(), "only the case module's directory");

        // 附表三 to 教育處.
        Api.Reply drafted = school.office().post(referrals, """
                {"agencyId":"YL-EDUCATION","reason":"時輟時復，經學生復學輔導小組評估轉介（測試資料）"}""");
        assertEquals(201, drafted.status(), drafted.toString());
        long id = Casework.id(drafted);
        String one = referrals + "/" + id;
        assertEquals("DRAFT", drafted.json().getString("status"));
        assertEquals("雲林縣政府教育處", drafted.json().getString("agencyName"));
        assertEquals("YL-REF-DROPOUT", drafted.json().getString("ruleId"));
        assertEquals(List.of("CONSENT", "SEND", "CLOSE"), strings(drafted.json(), "nextActions"));

        Api.Reply acceptDraft = school.office().post(one + "/accept", "{\"version\":0}");
        assertEquals(409, acceptDraft.status(), acceptDraft.toString());
        assertTrue(acceptDraft.body().contains("草稿") && acceptDraft.body().contains("possible: CONSENT, SEND, CLOSE"),
                acceptDraft.body());
        Api.Reply noNumber = school.office().post(one + "/send", "{\"method\":\"FAX\",\"version\":0}");
        assertEquals(400, noNumber.status(), noNumber.toString());
        assertTrue(noNumber.body().contains("referenceNumber"), noNumber.body());

        Api.Reply sent = school.office().post(one + "/send", """
                {"method":"FAX","referenceNumber":"示範字第1150000001號","version":0}""");
        assertEquals(200, sent.status(), sent.toString());
        assertEquals("SENT", sent.json().getString("status"));
        assertEquals("示範字第1150000001號", sent.json().getString("referenceNumber"));
        Api.Reply staleSend = school.office().post(one + "/accept", "{\"version\":0}");
        assertEquals(409, staleSend.status(), "the version read before sending is stale");
        assertTrue(staleSend.body().contains("changed by someone else"), staleSend.body());
        Api.Reply replyTooEarly = school.office().post(one + "/reply", """
                {"repliedOn":"2026-03-10","tier":1,"tierTeacher":"李○豪","thirdTierReferral":false,"version":1}""");
        assertEquals(409, replyTooEarly.status(), "not accepted yet");
        assertTrue(replyTooEarly.body().contains("possible: ACCEPT, REJECT"), replyTooEarly.body());

        assertEquals("ACCEPTED", school.office().post(one + "/accept", "{\"version\":1}").json().getString("status"));
        Api.Reply noTeacher = school.office().post(one + "/reply", """
                {"repliedOn":"2026-03-10","tier":1,"thirdTierReferral":false,"version":2}""");
        assertEquals(400, noTeacher.status(), "YL-REPLY: tier 1 names the mentor teacher");
        assertTrue(noTeacher.body().contains("tierTeacher"), noTeacher.body());
        Api.Reply replied = school.office().post(one + "/reply", """
                {"repliedOn":"2026-03-10","tier":1,"tierTeacher":"李○豪","thirdTierReferral":false,"version":2}""");
        assertEquals(200, replied.status(), replied.toString());
        JsonObject reply = replied.json().getJsonObject("reply");
        assertEquals(1, reply.getInt("tier"));
        assertEquals("李○豪", reply.getString("tierTeacher"));
        assertFalse(reply.getBoolean("thirdTierReferral"));
        Api.Reply closed = school.office().post(one + "/close", "{\"note\":\"一級輔導安排完成\",\"version\":3}");
        assertEquals(200, closed.status(), closed.toString());
        assertEquals("CLOSED", closed.json().getString("status"));
        assertEquals(List.of(), strings(closed.json(), "nextActions"));
        assertEquals(List.of("CREATE", "SEND", "ACCEPT", "REPLY", "CLOSE"), closed.json().getJsonArray("history")
                .stream().map(h -> h.asJsonObject().getString("action")).toList());
        assertEquals(409, school.office().post(one + "/reply", """
                {"repliedOn":"2026-03-10","tier":2,"tierTeacher":"張○華","thirdTierReferral":true,"version":4}""")
                .status(), "a closed referral takes no reply");

        // A psychologist (YL-REF-EMOTION) needs the guardian's consent before the referral goes out.
        long consentId = Casework.id(school.office().post(referrals, """
                {"agencyId":"YL-PSYCHOLOGIST","reason":"情緒困擾，建議心理師個別諮商（測試資料）"}"""));
        String two = referrals + "/" + consentId;
        Api.Reply withoutConsent = school.office().post(two + "/send", "{\"method\":\"PHONE\",\"version\":0}");
        assertEquals(409, withoutConsent.status(), withoutConsent.toString());
        assertTrue(withoutConsent.body().contains("同意"), withoutConsent.body());
        Api.Reply consent = school.office().post(two + "/consent", """
                {"givenBy":"母 陳○美","givenOn":"2026-03-10","version":0}""");
        assertEquals(200, consent.status(), consent.toString());
        assertEquals("母 陳○美", consent.json().getJsonObject("consent").getString("givenBy"));
        assertEquals("SENT", school.office().post(two + "/send", "{\"method\":\"PHONE\",\"version\":1}").json()
                .getString("status"), "by phone, no reference number needed");
        assertEquals(400, school.office().post(two + "/reject", "{\"version\":2}").status(), "a rejection has a reason");
        Api.Reply rejected = school.office().post(two + "/reject", "{\"reason\":\"個案不符收案條件\",\"version\":2}");
        assertEquals("REJECTED", rejected.json().getString("status"));
        assertEquals("個案不符收案條件", rejected.json().getString("rejectionReason"));
        assertEquals(409, school.office().post(two + "/accept", "{\"version\":3}").status());
        assertEquals("CLOSED", school.office().post(two + "/close", "{\"version\":3}").json().getString("status"));

        // The 社服機構 answers with the 附表四 ruling (YL-RETURN); consent given with the draft.
        long rulingId = Casework.id(school.office().post(referrals, """
                {"agencyId":"YL-SOCIAL-SERVICE","reason":"家庭訪視與輔導（測試資料）",
                 "consent":{"givenBy":"父 王○強","givenOn":"2026-03-09"}}"""));
        String three = referrals + "/" + rulingId;
        assertEquals("SENT", school.office().post(three + "/send", """
                {"method":"ONLINE","referenceNumber":"WEB-0001","version":0}""").json().getString("status"));
        school.office().post(three + "/accept", "{\"version\":1}");
        assertEquals(400, school.office().post(three + "/reply", """
                {"repliedOn":"2026-03-10","ruling":"NO_SERVICE","version":2}""").status(), "the reason is part of the ruling");
        JsonObject ruling = school.office().post(three + "/reply", """
                {"repliedOn":"2026-03-10","ruling":"NO_SERVICE","rulingDetail":"學生已穩定就學","version":2}""").json();
        assertEquals("NO_SERVICE", ruling.getJsonObject("reply").getString("ruling"));

        // Who may do what: a homeroom teacher of another class does not see the case at all.
        assertEquals(404, homeroom.api().get(referrals).status());
        assertEquals(3, school.office().get(referrals).structure().asJsonArray().size());
        List<String> log = Casework.accessLog(school.office(), caseId);
        for (String action : List.of("CREATE", "SEND", "ACCEPT", "REPLY", "CLOSE", "CONSENT", "REJECT")) {
            assertTrue(log.contains(school.username() + " " + action + " REFERRAL ALLOWED"), action + " " + log);
        }
        assertTrue(log.contains(school.username() + " READ REFERRAL ALLOWED"), log.toString());
        assertTrue(log.contains(homeroom.username() + " READ_REFERRALS CASE DENIED"), log.toString());

        // New Taipei: the district committee carries the school's district (示範鄉).
        Casework.School newTaipei = Casework.school("NEW_TAIPEI", "referral-nt");
        JsonObject committee = newTaipei.office().get("/api/v1/agencies").structure().asJsonArray().stream()
                .map(JsonValue::asJsonObject).filter(a -> a.getString("id").equals("NT-CEC")).findFirst().orElseThrow();
        assertEquals("示範鄉強迫入學委員會", committee.getString("nameZh"));
        assertEquals("NT-D4-REPORT", committee.getString("ruleId"));
    }

    private static List<String> strings(JsonObject o, String field) {
        return o.getJsonArray(field).getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }
}
