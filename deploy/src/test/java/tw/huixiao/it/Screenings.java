package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static tw.huixiao.it.Walk.ok;
import static tw.huixiao.it.Walk.sign;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tw.huixiao.it.Walk.created;
import static tw.huixiao.it.Walk.id;
import static tw.huixiao.it.Walk.version;
import jakarta.json.JsonArray;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import static tw.huixiao.it.Screenings.screen;
import static tw.huixiao.it.Screenings.byStudent;

/** Test helpers shared by integration tests (issue 25: none lives in another IT). */
final class Screenings {

    private Screenings() {
    }

    static Map<Long, JsonObject> byStudent(Api.Reply reply) {
        assertEquals(200, reply.status(), reply.toString());
        return reply.structure().asJsonArray().stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(a -> a.getJsonNumber("studentId").longValue(), Function.identity()));
    }

    /** Screens a student through all four stages; returns the case stage 4 opened or found. */
    static long screen(JsonObject assessment, Casework.Staff teacher, Casework.Staff counsellor,
                               Casework.Staff head, String homeroomCrisis, String counsellorCrisis, String strategy) {
        JsonObject record = ok(teacher.api().get("/api/v1/form-records/" + assessment.getJsonNumber("recordId")));
        record = put(teacher.api(), record, STAGE1.formatted(homeroomCrisis));
        record = sign(teacher.api(), record, "stage1");
        record = sign(teacher.api(), record, "stage2");
        record = put(counsellor.api(), record, STAGE1.formatted(homeroomCrisis) + ",\"crisisByCounsellor\":" + counsellorCrisis);
        record = sign(counsellor.api(), record, "stage3");
        record = put(head.api(), record, STAGE1.formatted(homeroomCrisis) + ",\"crisisByCounsellor\":" + counsellorCrisis
                + ",\"strategy\":" + strategy);
        sign(head.api(), record, "stage4");
        JsonObject now = byStudent(head.api().get("/api/v1/screening-campaigns/"
                + assessment.getJsonNumber("campaignId") + "/assessments")).get(assessment.getJsonNumber("studentId")
                .longValue());
        assertEquals("HIGH_CARE", now.getString("outcome"));
        assertNotNull(now.get("caseId"));
        return now.getJsonNumber("caseId").longValue();
    }

    /** The record with the prefilled basic data kept and the given stage fields; returns the record. */
    static JsonObject put(Api api, JsonObject record, String fields) {
        JsonObject data = record.getJsonObject("data");
        String basic = data.entrySet().stream().filter(e -> List.of("studentName", "assessmentDate", "sex", "birthDate",
                        "className", "primaryCarer", "carerRelationship", "phone", "address", "familyBackground")
                        .contains(e.getKey()))
                .map(e -> "\"" + e.getKey() + "\":" + e.getValue()).collect(Collectors.joining(","));
        return ok(api.put("/api/v1/form-records/" + id(record), "{\"data\":{" + basic + "," + fields + "},\"version\":"
                + version(record) + "}"));
    }

    static final String STAGE1 = """
            "behaviourCrisis":["FREQUENT_LEAVE_OR_TRUANCY"],"learningGapCrisis":["LOW_MOTIVATION"],"crisisByHomeroom":["%s"]""";
}
