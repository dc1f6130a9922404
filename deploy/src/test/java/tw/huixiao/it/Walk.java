package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;

/**
 * What the per-county case walks (CaseWalk*IT) share: a case's tasks found by rule and role,
 * completing one, signing a form record's stages in order, moving the case along, and its history.
 */
final class Walk {

    private Walk() {
    }

    /** The one task of the case with this rule, role and status whose trigger starts with {@code trigger}. */
    static JsonObject task(Api api, long caseId, String ruleId, String role, String trigger) {
        List<JsonObject> found = Casework.tasks(api, caseId).stream()
                .filter(t -> t.getString("ruleId").equals(ruleId) && t.getString("responsibleRole").equals(role)
                        && t.getString("status").equals("OPEN") && t.getString("trigger").startsWith(trigger))
                .toList();
        assertEquals(1, found.size(), ruleId + " " + role + " " + trigger + ": " + found);
        return found.get(0);
    }

    /** The one open task of the case with this rule that produces {@code formId}. */
    static JsonObject producing(Api api, long caseId, String ruleId, String formId) {
        List<JsonObject> found = Casework.tasks(api, caseId).stream()
                .filter(t -> t.getString("ruleId").equals(ruleId) && t.getString("status").equals("OPEN")
                        && t.containsKey("produces") && !t.isNull("produces") && t.getString("produces").equals(formId))
                .toList();
        assertEquals(1, found.size(), ruleId + " " + formId + ": " + found);
        return found.get(0);
    }

    /** Completes a task (with a form record when its step produces a form); returns the task. */
    static JsonObject complete(Api api, JsonObject task, String note, Long recordId) {
        Api.Reply done = api.post("/api/v1/tasks/" + task.getJsonNumber("id").longValue() + "/complete", """
                {"note":"%s"%s,"version":%d}""".formatted(note, recordId == null ? "" : ",\"recordRef\":\"form-records/"
                + recordId + "\"", task.getJsonNumber("version").longValue()));
        assertEquals(200, done.status(), done.toString());
        assertEquals("DONE", done.json().getString("status"));
        return done.json();
    }

    /** Signs the next stage of a record; returns the record. */
    static JsonObject sign(Api api, JsonObject record, String stage) {
        return ok(api.post("/api/v1/form-records/" + record.getJsonNumber("id").longValue() + "/sign/" + stage,
                "{\"version\":" + version(record) + "}"));
    }

    /** The stages of a record as "key signedAs signedBy" (or "key -" when unsigned). */
    static List<String> stages(JsonObject record) {
        return record.getJsonArray("stages").stream().map(JsonValue::asJsonObject)
                .map(s -> s.getString("key") + " " + (s.getBoolean("signed")
                        ? s.getString("signedAs") + " " + s.getJsonNumber("signedBy").longValue() : "-")).toList();
    }

    static JsonObject move(Api api, long caseId, String to, String reason, long version) {
        return ok(Casework.move(api, caseId, to, reason, version));
    }

    /** The case's history as "KIND subject from→to by user". */
    static List<String> history(Api api, long caseId) {
        Api.Reply reply = api.get("/api/v1/cases/" + caseId + "/history");
        assertEquals(200, reply.status(), reply.toString());
        return reply.structure().asJsonArray().stream().map(JsonValue::asJsonObject)
                .map(c -> c.getString("kind") + " " + c.getString("subject") + " " + Casework.text(c, "from") + "→"
                        + Casework.text(c, "to") + " by " + c.getJsonNumber("changedBy").longValue()).toList();
    }

    static JsonObject ok(Api.Reply reply) {
        assertEquals(200, reply.status(), reply.toString());
        return reply.json();
    }

    static JsonObject created(Api.Reply reply) {
        assertEquals(201, reply.status(), reply.toString());
        return reply.json();
    }

    static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    static long version(JsonObject o) {
        return o.getJsonNumber("version").longValue();
    }
}
