package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Audit someone reads (issue 18 §7), OWASP ASVS 4.0.3 V7.1.3/V7.2.2 (security events and access
 * control failures logged), V7.1.1/V7.1.2 (no personal data in them), V4.2.1 (cross-school
 * attempts): a cross-school attempt appears for BOTH schools and in the security view of the
 * platform and of the bureaus concerned; unusual reading becomes an event.
 */
class SecurityAuditIT {

    @Test
    void v7_2_2_aCrossSchoolAttemptIsSeenByTheTargetSchoolAndTheBureaus() {
        Api tainan = Onboarding.schoolWithStaff("TAINAN", "sec-target");
        long student = Onboarding.student(tainan, "D18000001");
        Api.Reply opened = tainan.post("/api/v1/cases", """
                {"studentId":%d,"categoryId":"TW-DROPOUT","note":"測試開案"}""".formatted(student));
        assertEquals(201, opened.status(), opened.toString());
        long caseId = opened.json().getJsonNumber("id").longValue();
        Api taoyuan = Onboarding.schoolWithStaff("TAOYUAN", "sec-prober");

        assertEquals(404, taoyuan.get("/api/v1/cases/" + caseId).status(), "as if it did not exist");
        assertEquals(404, taoyuan.get("/api/v1/students/" + student).status());

        // The target school's case log shows the probe.
        JsonArray caseLog = tainan.get("/api/v1/cases/" + caseId + "/access-log").structure().asJsonArray();
        assertTrue(caseLog.stream().map(JsonValue::asJsonObject).anyMatch(r -> r.getString("username")
                .equals(taoyuan.username()) && r.getString("outcome").equals("DENIED")), caseLog.toString());

        // The security view: the platform, the bureaus of both counties; not a third county.
        for (String reader : List.of("platform-admin", "ty-bureau", "tn-bureau")) {
            Api.Reply events = Api.as(reader).get("/api/v1/security-events?kind=CROSS_SCHOOL&size=200");
            assertEquals(200, events.status(), events.toString());
            List<JsonObject> mine = events.structure().asJsonArray().stream().map(JsonValue::asJsonObject)
                    .filter(e -> e.getString("username").equals(taoyuan.username())).toList();
            assertTrue(mine.stream().anyMatch(e -> e.getString("recordType").equals("CASE")
                    && e.getJsonNumber("recordId").longValue() == caseId), reader + ": " + mine);
            assertTrue(mine.stream().anyMatch(e -> e.getString("recordType").equals("STUDENT")), reader + ": " + mine);
            assertTrue(mine.stream().allMatch(e -> e.getString("targetSchool").contains("TAINAN")), mine.toString());
            assertFalse(events.body().contains("陳○安"), "no names in security events");
        }
        Api.Reply elsewhere = Api.as("yl-bureau").get("/api/v1/security-events?kind=CROSS_SCHOOL&size=200");
        assertFalse(elsewhere.body().contains(taoyuan.username()), "Yunlin's bureau sees neither school");
        assertEquals(403, Api.as("tne-principal").get("/api/v1/security-events").status(), "schools read their own logs");
    }

    @Test
    void v7_unusualReadingBecomesAnEvent() {
        Api registrar = Onboarding.schoolWithStaff("TAOYUAN", "sec-reader");
        long student = Onboarding.student(registrar, "H18000002");
        Api.Reply opened = registrar.post("/api/v1/cases", """
                {"studentId":%d,"categoryId":"TW-DROPOUT","note":"測試開案"}""".formatted(student));
        assertEquals(201, opened.status(), opened.toString());
        long caseId = opened.json().getJsonNumber("id").longValue();
        Api script = Api.bearer(registrar.post("/api/v1/me/tokens", """
                {"name":"大量讀取","scopes":["cases:read"],"days":1}""").json().getString("token"));
        // The IT server's threshold is 100 records an hour (deploy/pom.xml); production's 300.
        for (int i = 0; i < 101; i++) {
            assertEquals(200, script.get("/api/v1/cases/" + caseId).status());
        }
        Api.Reply events = Api.as("platform-admin").get("/api/v1/security-events?kind=UNUSUAL_READING&size=200");
        assertTrue(events.structure().asJsonArray().stream().map(JsonValue::asJsonObject)
                .anyMatch(e -> e.getString("username").equals(registrar.username())), events.body());
    }
}
