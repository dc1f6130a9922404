package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;

/** What the case-work ITs (meetings, referrals, placement, protective concerns) share. */
final class Casework {

    static final Api ADMIN = Api.as("platform-admin");

    private Casework() {
    }

    /** A new school's registrar/counselling account, its user id and the school's id. */
    record School(Api office, long userId, String username, long schoolId) {
    }

    /** A staff account of a school. */
    record Staff(Api api, long userId, String username) {
    }

    static School school(String county, String name) {
        Api office = Onboarding.schoolWithStaff(county, name);
        JsonObject me = office.get("/api/v1/me").json();
        return new School(office, me.getJsonNumber("id").longValue(), me.getString("username"),
                me.getJsonObject("school").getJsonNumber("id").longValue());
    }

    static Staff staff(School school, String role, String displayName) {
        return staff(school, displayName, role, new String[0]);
    }

    /** A staff account holding an office and a head's post in it (e.g. COUNSELING and COUNSELING_DIRECTOR, SPI 1.6). */
    static Staff head(School school, String office, String head, String displayName) {
        return staff(school, displayName, office, head);
    }

    private static Staff staff(School school, String displayName, String role, String... more) {
        String username = role.toLowerCase().replace('_', '-') + "-" + Unique.suffix();
        String roles = java.util.stream.Stream.concat(java.util.stream.Stream.of(role), java.util.Arrays.stream(more))
                .map(r -> "\"" + r + "\"").collect(java.util.stream.Collectors.joining(","));
        Api.Reply created = ADMIN.post("/api/v1/admin/schools/" + school.schoolId() + "/accounts", """
                {"username":"%s","displayName":"%s","password":"%s","roles":[%s]}"""
                .formatted(username, displayName, Onboarding.PASSWORD, roles));
        assertEquals(201, created.status(), created.toString());
        return new Staff(Api.as(username, Onboarding.PASSWORD), created.json().getJsonNumber("id").longValue(), username);
    }

    /** A student (masked name) born on the day; returns the id. */
    static long student(Api office, String birthDate, int grade) {
        String stem = "K1" + Unique.sevenDigits();
        String nationalId = tw.huixiao.platform.domain.student.NationalId.withCheckDigit(stem);
        Api.Reply created = office.post("/api/v1/students", """
                {"nationalId":"%s","name":"王○明","gender":"M","birthDate":"%s","grade":%d,"indigenous":false}"""
                .formatted(nationalId, birthDate, grade));
        assertEquals(201, created.status(), created.toString());
        return created.json().getJsonNumber("id").longValue();
    }

    /** A homeroom class of school year 114 with its homeroom teacher (onboarded by the platform administrator); returns its id. */
    static long homeroomClass(School school, Staff teacher, int grade, String name) {
        Api.Reply created = ADMIN.post("/api/v1/admin/schools/" + school.schoolId() + "/classes", """
                {"schoolYear":114,"grade":%d,"name":"%s","homeroomTeacherId":%d}""".formatted(grade, name, teacher.userId()));
        assertEquals(201, created.status(), created.toString());
        return created.json().getJsonNumber("id").longValue();
    }

    /** A student (masked name) of a class, born on the day; returns the id. */
    static long student(Api office, String name, String birthDate, int grade, long classId) {
        String stem = "K1" + Unique.sevenDigits();
        String nationalId = tw.huixiao.platform.domain.student.NationalId.withCheckDigit(stem);
        Api.Reply created = office.post("/api/v1/students", """
                {"nationalId":"%s","name":"%s","gender":"M","birthDate":"%s","grade":%d,"classId":%d,"indigenous":false,
                 "guardians":[{"name":"林○華","relation":"母","phone":"0900-000-000","address":"示範路 2 號"}]}"""
                .formatted(nationalId, name, birthDate, grade, classId));
        assertEquals(201, created.status(), created.toString());
        return created.json().getJsonNumber("id").longValue();
    }

    /** Assigns a mentor teacher (認輔老師) to a student (onboarded by the platform administrator). */
    static void mentor(School school, long studentId, Staff mentor) {
        Api.Reply assigned = ADMIN.post("/api/v1/admin/schools/" + school.schoolId() + "/mentor-assignments", """
                {"studentId":%d,"mentorUserId":%d}""".formatted(studentId, mentor.userId()));
        assertEquals(201, assigned.status(), assigned.toString());
    }

    static long openCase(Api office, long studentId, String categoryId) {
        Api.Reply opened = office.post("/api/v1/cases", """
                {"studentId":%d,"categoryId":"%s","note":"測試個案"}""".formatted(studentId, categoryId));
        assertEquals(201, opened.status(), opened.toString());
        return opened.json().getJsonNumber("id").longValue();
    }

    static List<JsonObject> tasks(Api api, long caseId) {
        Api.Reply reply = api.get("/api/v1/cases/" + caseId + "/tasks");
        assertEquals(200, reply.status(), reply.toString());
        return reply.structure().asJsonArray().stream().map(JsonValue::asJsonObject).toList();
    }

    /** The caller's task list (?due=…) for one case. */
    static List<JsonObject> dueList(Api api, String due, long caseId) {
        Api.Reply reply = api.get("/api/v1/tasks?due=" + due);
        assertEquals(200, reply.status(), reply.toString());
        return reply.structure().asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(t -> t.containsKey("caseId") && !t.isNull("caseId") && t.getJsonNumber("caseId").longValue() == caseId)
                .toList();
    }

    /** The case's access log as "username ACTION RECORD_TYPE OUTCOME" lines, newest first. */
    static List<String> accessLog(Api reader, long caseId) {
        Api.Reply log = reader.get("/api/v1/cases/" + caseId + "/access-log");
        assertEquals(200, log.status(), log.toString());
        return log.structure().asJsonArray().stream().map(JsonValue::asJsonObject)
                .map(r -> r.getString("username") + " " + r.getString("action") + " " + r.getString("recordType") + " "
                        + r.getString("outcome")).toList();
    }

    static long id(Api.Reply reply) {
        return reply.json().getJsonNumber("id").longValue();
    }

    static long version(Api.Reply reply) {
        return reply.json().getJsonNumber("version").longValue();
    }

    /** A string member, or "-" when absent or null. */
    static String text(JsonObject o, String name) {
        return !o.containsKey(name) || o.isNull(name) ? "-" : o.getString(name);
    }

    static Api.Reply move(Api api, long caseId, String to, String reason, long version) {
        return api.post("/api/v1/cases/" + caseId + "/transitions", """
                {"to":"%s","reason":"%s","version":%d}""".formatted(to, reason, version));
    }
}
