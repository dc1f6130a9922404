package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Students CRUD: validation with per-field errors and nothing written, roles, optimistic locking. */
class StudentApiIT {

    private static final Api REGISTRAR = Api.as("yl-registrar");

    private static int classIdOf(String homeroomUser) {
        return Api.as(homeroomUser).get("/api/v1/students?size=1").json().getJsonArray("items").getJsonObject(0)
                .getInt("classId");
    }

    private static String validStudent(String nationalId, int classId) {
        return """
                {"nationalId":"%s","name":"試○生","gender":"F","birthDate":"2013-10-01","grade":7,"classId":%d,
                 "seatNumber":31,"indigenous":true,"tribe":"布農族","singleParent":true,"householdIncome":"MID_LOW",
                 "guardians":[{"name":"試○母","relation":"母","phone":"0900-000-000","address":"示範路 9 號"}]}
                """.formatted(nationalId, classId);
    }

    private static int total() {
        return REGISTRAR.get("/api/v1/students?size=1").json().getInt("total");
    }

    @Test
    void invalidInputListsEveryBadFieldAndWritesNothing() {
        int before = total();
        Api.Reply reply = REGISTRAR.post("/api/v1/students", """
                {"nationalId":"P123456780","name":" ","gender":"X","birthDate":"2013-10-01","grade":12,
                 "tribe":"阿美族","classId":999999}""");
        assertEquals(400, reply.status(), reply.toString());
        assertTrue(reply.contentType().startsWith("application/problem+json"));
        Set<String> fields = new HashSet<>();
        reply.json().getJsonArray("errors").forEach(e -> fields.add(e.asJsonObject().getString("field")));
        assertEquals(Set.of("nationalId", "name", "gender", "grade", "tribe", "classId"), fields);
        assertEquals(before, total(), "a rejected request writes nothing");
    }

    @Test
    void malformedJsonIsAClearProblem() {
        Api.Reply reply = REGISTRAR.post("/api/v1/students", "{\"name\": ");
        assertEquals(400, reply.status(), reply.toString());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.toString());
    }

    @Test
    void onlyTheRegistrarOrAcademicAffairsEditTheRegister() {
        int classId = classIdOf("yl-homeroom-801");
        Api.Reply reply = Api.as("yl-homeroom-801").post("/api/v1/students",
                validStudent("P224466880".substring(0, 9) + "0", classId));
        assertEquals(403, reply.status(), reply.toString());
    }

    @Test
    void createReadUpdateWithOptimisticLockingAndDelete() {
        int classId = classIdOf("yl-homeroom-901");
        String nationalId = tw.huixiao.platform.domain.student.NationalId.withCheckDigit("P20011223");
        Api.Reply created = REGISTRAR.post("/api/v1/students", validStudent(nationalId, classId));
        assertEquals(201, created.status(), created.toString());
        JsonObject student = created.json();
        assertEquals(nationalId, student.getString("nationalId"), "the registrar sees the full national ID");
        assertFalse(student.getBoolean("nationalIdMasked"));
        assertEquals("布農族", student.getString("tribe"));
        int id = student.getInt("id");

        Api.Reply duplicate = REGISTRAR.post("/api/v1/students", validStudent(nationalId, classId));
        assertEquals(400, duplicate.status(), "one register entry per national ID per school");

        JsonObject seenByTeacher = Api.as("yl-homeroom-901").get("/api/v1/students/" + id).json();
        assertTrue(seenByTeacher.getString("nationalId").contains("******"));

        int version = student.getInt("version");
        String update = """
                {"name":"試○生","gender":"F","birthDate":"2013-10-01","grade":7,"classId":%d,"version":%d,
                 "enrolmentStatus":"DROPPED_OUT"}""";
        Api.Reply first = REGISTRAR.put("/api/v1/students/" + id, update.formatted(classId, version));
        assertEquals(200, first.status(), first.toString());
        assertEquals("DROPPED_OUT", first.json().getString("enrolmentStatus"));
        Api.Reply stale = Api.as("yl-academic-affairs").put("/api/v1/students/" + id, update.formatted(classId, version));
        assertEquals(409, stale.status(), "the second writer with an old version gets a conflict");
        assertTrue(stale.contentType().startsWith("application/problem+json"));

        assertEquals(204, REGISTRAR.delete("/api/v1/students/" + id).status());
        assertEquals(404, REGISTRAR.get("/api/v1/students/" + id).status());
    }
}
