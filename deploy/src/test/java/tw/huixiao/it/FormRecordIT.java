package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Form records over HTTP (issue 6 §2, §7, §8), on Taoyuan's 輔導訪談紀錄（B）表 (TY-D1-CONTACT):
 * the server checks the data per field; the sign-off chain (導師 → 學務處 → 輔導室 → 校長) goes in
 * order, each stage by its role; a signed stage's fields cannot change; a correction is a new
 * revision and the old one stays readable; two edits from one read — the second gets 409; reads,
 * writes and refused attempts are in the case's access log; a task that produces the form is
 * completed only with a record of it.
 */
class FormRecordIT {

    private static final Api ADMIN = Api.as("platform-admin");
    private static final String FORM = "TY-CONTACT-RECORD-B";
    private static final Api HOMEROOM = Api.as("ty-homeroom-904");
    private static final Api STUDENT_AFFAIRS = Api.as("ty-student-affairs");
    private static final Api COUNSELING = Api.as("ty-counseling");
    private static final Api PRINCIPAL = Api.as("ty-principal");
    private static final Api REGISTRAR = Api.as("ty-registrar");

    private static final String VALID = """
            {"studentName":"林○安","className":"904","indigenous":false,"contactDate":"2026-03-05",
             "contactedParty":"LEGAL_REPRESENTATIVE","contactedPerson":"林○華","relationship":"母","method":"PHONE",
             "content":"%s","outcome":"CAUSE_KNOWN","emergency":false,"reportedTo":["STUDENT_AFFAIRS"],
             "nextSteps":["KEEP_CONTACT",{"code":"OTHER","text":"請家長提供就醫證明"}]}""";

    @AfterAll
    static void systemClock() {
        ADMIN.delete("/api/v1/admin/clock");
    }

    @Test
    void aContactRecordIsCheckedSignedInOrderCorrectedAndAudited() {
        long caseId = caseOfClass904();

        // Checked on the server against the form: every problem, per field.
        Api.Reply invalid = HOMEROOM.post("/api/v1/cases/" + caseId + "/forms/" + FORM, """
                {"data":{"studentName":"林○安","className":"904","indigenous":"no","contactDate":"3/5",
                 "contactedParty":"OTHER","method":"PHONE","content":"電話聯繫","outcome":"CAUSE_KNOWN",
                 "emergency":false,"reportedTo":["STUDENT_AFFAIRS"],"nextSteps":["KEEP_CONTACT"],"mood":"ok"}}""");
        assertEquals(400, invalid.status(), invalid.toString());
        assertEquals(Set.of("fields.indigenous", "fields.contactDate", "fields.contactedParty",
                "fields.contactedPerson", "fields.relationship", "fields.mood"), errors(invalid).keySet(), invalid.toString());
        assertTrue(errors(invalid).get("fields.contactedParty").contains("其他"), invalid.toString());

        Api.Reply created = HOMEROOM.post("/api/v1/cases/" + caseId + "/forms/" + FORM,
                "{\"data\":" + VALID.formatted("家長表示學生身體不適") + "}");
        assertEquals(201, created.status(), created.toString());
        JsonObject record = created.json();
        long id = record.getJsonNumber("id").longValue();
        assertEquals("DRAFT", record.getString("status"));
        assertEquals(1, record.getInt("formVersion"));
        assertEquals(List.of("homeroom", "studentAffairs", "counseling", "principal"), record.getJsonArray("stages")
                .stream().map(JsonValue::asJsonObject).map(s -> s.getString("key")).toList());

        // Optimistic locking: two edits from the same read; the second gets 409, the first's data stays.
        long read = version(record);
        record = ok(HOMEROOM.put("/api/v1/form-records/" + id, "{\"data\":" + VALID.formatted("導師補充：已約家訪")
                + ",\"version\":" + read + "}"));
        Api.Reply stale = STUDENT_AFFAIRS.put("/api/v1/form-records/" + id, "{\"data\":" + VALID.formatted("學務處改寫")
                + ",\"version\":" + read + "}");
        assertEquals(409, stale.status(), stale.toString());
        assertEquals("導師補充：已約家訪", HOMEROOM.get("/api/v1/form-records/" + id).json().getJsonObject("data")
                .getString("content"));

        // Sign-off in the chain's order, each stage by its role.
        Api.Reply outOfOrder = PRINCIPAL.post("/api/v1/form-records/" + id + "/sign/principal", body(record));
        assertEquals(409, outOfOrder.status(), outOfOrder.toString());
        assertTrue(outOfOrder.body().contains("homeroom"), "names the next stage: " + outOfOrder);
        Api.Reply wrongRole = REGISTRAR.post("/api/v1/form-records/" + id + "/sign/homeroom", body(record));
        assertEquals(403, wrongRole.status(), wrongRole.toString());
        record = ok(HOMEROOM.post("/api/v1/form-records/" + id + "/sign/homeroom", body(record)));
        assertEquals("SIGNING", record.getString("status"));
        JsonObject first = record.getJsonArray("stages").getJsonObject(0);
        assertTrue(first.getBoolean("signed"));
        assertEquals("HOMEROOM_TEACHER", first.getString("signedAs"));
        assertFalse(first.getString("signedAt").isBlank());

        // The homeroom stage covers the whole form: nothing of it may change now.
        Api.Reply frozen = HOMEROOM.put("/api/v1/form-records/" + id, "{\"data\":" + VALID.formatted("簽核後修改")
                + ",\"version\":" + version(record) + "}");
        assertEquals(409, frozen.status(), frozen.toString());
        assertTrue(frozen.body().contains("fields.content"), frozen.toString());

        record = ok(STUDENT_AFFAIRS.post("/api/v1/form-records/" + id + "/sign/studentAffairs", body(record)));
        record = ok(COUNSELING.post("/api/v1/form-records/" + id + "/sign/counseling", body(record)));
        record = ok(PRINCIPAL.post("/api/v1/form-records/" + id + "/sign/principal", body(record)));
        assertEquals("SIGNED", record.getString("status"));

        // A correction is a new revision; the signed one stays readable as it was.
        Api.Reply corrected = HOMEROOM.post("/api/v1/form-records/" + id + "/corrections", "{\"data\":"
                + VALID.formatted("更正：家長表示學生就醫中") + ",\"reason\":\"聯繫內容誤植\",\"version\":" + version(record) + "}");
        assertEquals(201, corrected.status(), corrected.toString());
        JsonObject second = corrected.json();
        long secondId = second.getJsonNumber("id").longValue();
        assertEquals(2, second.getInt("revision"));
        assertEquals("DRAFT", second.getString("status"), "the correction is signed again");
        assertEquals(List.of(id, secondId), second.getJsonArray("revisions").stream()
                .map(v -> ((jakarta.json.JsonNumber) v).longValue()).toList());
        JsonObject old = HOMEROOM.get("/api/v1/form-records/" + id).json();
        assertEquals("SUPERSEDED", old.getString("status"));
        assertEquals(secondId, old.getJsonNumber("supersededBy").longValue());
        assertEquals("導師補充：已約家訪", old.getJsonObject("data").getString("content"));
        assertEquals(409, HOMEROOM.put("/api/v1/form-records/" + id, "{\"data\":" + VALID.formatted("改舊版")
                + ",\"version\":" + version(old) + "}").status());
        JsonArray listed = HOMEROOM.get("/api/v1/cases/" + caseId + "/forms").structure().asJsonArray();
        assertEquals(List.of("SUPERSEDED 1", "DRAFT 2"), listed.stream().map(JsonValue::asJsonObject)
                .map(r -> r.getString("status") + " " + r.getInt("revision")).toList());

        // Another class's homeroom teacher: "not found", and the attempt is logged.
        assertEquals(404, Api.as("ty-homeroom-701").get("/api/v1/form-records/" + id).status());

        List<String> log = COUNSELING.get("/api/v1/cases/" + caseId + "/access-log").structure().asJsonArray().stream()
                .map(JsonValue::asJsonObject).map(r -> r.getString("username") + " " + r.getString("action") + " "
                        + r.getString("recordType") + " " + r.getString("outcome")).toList();
        for (String row : List.of("ty-homeroom-904 CREATE FORM_RECORD ALLOWED", "ty-homeroom-904 READ FORM_RECORD ALLOWED",
                "ty-homeroom-904 UPDATE FORM_RECORD ALLOWED", "ty-homeroom-904 SIGN FORM_RECORD ALLOWED",
                "ty-principal SIGN FORM_RECORD ALLOWED", "ty-homeroom-904 CORRECT FORM_RECORD ALLOWED",
                "ty-registrar SIGN FORM_RECORD DENIED", "ty-homeroom-701 READ FORM_RECORD DENIED")) {
            assertTrue(log.contains(row), row + " in " + log);
        }
    }

    @Test
    void aTaskThatProducesAFormIsCompletedOnlyWithARecordOfIt() {
        Api school = Onboarding.schoolWithStaff("TAOYUAN", "ty-form-task");
        long schoolId = school.get("/api/v1/me").json().getJsonObject("school").getJsonNumber("id").longValue();
        String principalName = "form-task-principal-" + Unique.suffix();
        assertEquals(201, ADMIN.post("/api/v1/admin/schools/" + schoolId + "/accounts", """
                {"username":"%s","displayName":"校○長","password":"%s","roles":["PRINCIPAL"]}"""
                .formatted(principalName, Onboarding.PASSWORD)).status());
        Api principal = Api.as(principalName, Onboarding.PASSWORD);
        Escalations.semester(school, 114, 2, "2026-02-23", "2026-06-30");
        long student = Fixtures.student(school, false);
        for (String day : List.of("2026-03-16", "2026-03-17", "2026-03-18")) {
            Escalations.day(school, day, Map.of(student, "曠課"));
        }
        long caseId = Fixtures.dropoutCase(school, student);
        JsonObject contact = school.get("/api/v1/cases/" + caseId + "/tasks").structure().asJsonArray().stream()
                .map(JsonValue::asJsonObject).filter(t -> t.getString("ruleId").equals("TY-D1-CONTACT")).findFirst()
                .orElseThrow();
        assertEquals(FORM, contact.getString("produces"));
        String taskPath = "/api/v1/tasks/" + contact.getJsonNumber("id").longValue() + "/complete";

        Api.Reply without = principal.post(taskPath, "{\"note\":\"已電話聯繫\",\"version\":" + version(contact) + "}");
        assertEquals(400, without.status(), without.toString());
        assertTrue(errors(without).containsKey("recordRef"), without.toString());

        Api.Reply record = school.post("/api/v1/cases/" + caseId + "/forms/" + FORM,
                "{\"data\":" + VALID.formatted("第 1 日電話聯繫家長") + "}");
        assertEquals(201, record.status(), record.toString());
        long recordId = record.json().getJsonNumber("id").longValue();
        JsonObject done = ok(principal.post(taskPath, "{\"note\":\"已電話聯繫\",\"recordRef\":\"form-records/" + recordId
                + "\",\"version\":" + version(contact) + "}"));
        assertEquals("DONE", done.getString("status"));
        assertEquals("form-records/" + recordId, done.getString("recordRef"));
        // The student is back on day 4: the streak ends, so later daily runs of other tests add nothing for it.
        Escalations.day(school, "2026-03-19", Map.of(student, "出席"));
    }

    /** A new dropout case of a class-904 student (the demo school's), opened by the counselling office. */
    private static long caseOfClass904() {
        JsonArray students = HOMEROOM.get("/api/v1/students?size=200").json().getJsonArray("items");
        for (JsonValue s : students) {
            Api.Reply opened = COUNSELING.post("/api/v1/cases", """
                    {"studentId":%d,"categoryId":"TW-DROPOUT","note":"表單測試"}"""
                    .formatted(s.asJsonObject().getJsonNumber("id").longValue()));
            if (opened.status() == 201) {
                return opened.json().getJsonNumber("id").longValue();
            }
            assertEquals(409, opened.status(), opened.toString());
        }
        throw new AssertionError("every class-904 student already has an open dropout case");
    }

    private static Map<String, String> errors(Api.Reply reply) {
        Map<String, String> byField = new TreeMap<>();
        reply.json().getJsonArray("errors").stream().map(JsonValue::asJsonObject)
                .forEach(e -> byField.put(e.getString("field"), e.getString("message")));
        return byField;
    }

    private static String body(JsonObject record) {
        return "{\"version\":" + version(record) + "}";
    }

    private static JsonObject ok(Api.Reply reply) {
        assertEquals(200, reply.status(), reply.toString());
        return reply.json();
    }

    private static long version(JsonObject o) {
        return o.getJsonNumber("version").longValue();
    }
}
