package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The access log of a case (issue 6 §7): every read and write of a case writes a row — who, as
 * which roles, what, when, from where, never the content — refused attempts too; only the
 * counselling office and the principal may read it; another school's probe of the case is
 * logged in this school's log too (issue 18 §7: the school whose record was the target sees it).
 */
class AccessLogIT {

    private static final Api ADMIN = Api.as("platform-admin");

    @Test
    void readsWritesAndRefusalsOfACaseAreLoggedAndShownToCounsellingOnly() {
        Api counsellor = Onboarding.schoolWithStaff("TAOYUAN", "audit-a");
        long schoolId = counsellor.get("/api/v1/me").json().getJsonObject("school").getJsonNumber("id").longValue();
        String teacherName = "audit-teacher-" + Unique.suffix();
        assertEquals(201, ADMIN.post("/api/v1/admin/schools/" + schoolId + "/accounts", """
                {"username":"%s","displayName":"導○師","password":"%s","roles":["HOMEROOM_TEACHER"]}"""
                .formatted(teacherName, Onboarding.PASSWORD)).status());
        Api otherClassTeacher = Api.as(teacherName, Onboarding.PASSWORD);

        long student = Fixtures.student(counsellor, false);
        Api.Reply opened = counsellor.post("/api/v1/cases", """
                {"studentId":%d,"categoryId":"TW-DROPOUT","note":"測試開案"}""".formatted(student));
        assertEquals(201, opened.status(), opened.toString());
        long caseId = opened.json().getJsonNumber("id").longValue();

        assertEquals(200, counsellor.get("/api/v1/cases/" + caseId).status());
        assertEquals(200, counsellor.get("/api/v1/cases/" + caseId + "/tasks").status());
        assertEquals(200, counsellor.get("/api/v1/cases?status=OPEN").status());
        // A homeroom teacher of another class: "not found", and the attempt is logged.
        assertEquals(404, otherClassTeacher.get("/api/v1/cases/" + caseId).status());
        assertEquals(404, otherClassTeacher.get("/api/v1/cases/" + caseId + "/access-log").status());
        // Another school's staff: "not found"; the attempt shows in this school's log.
        Api otherSchool = Onboarding.schoolWithStaff("TAOYUAN", "audit-b");
        assertEquals(404, otherSchool.get("/api/v1/cases/" + caseId).status());

        Api.Reply log = counsellor.get("/api/v1/cases/" + caseId + "/access-log");
        assertEquals(200, log.status(), log.toString());
        List<String> rows = log.structure().asJsonArray().stream().map(JsonValue::asJsonObject)
                .map(AccessLogIT::line).toList();
        String me = counsellor.get("/api/v1/me").json().getString("username");
        assertTrue(rows.contains(me + " CREATE CASE ALLOWED API"), rows.toString());
        assertTrue(rows.contains(me + " READ CASE ALLOWED API"), rows.toString());
        assertTrue(rows.contains(me + " READ TASK ALLOWED API"), rows.toString());
        assertTrue(rows.contains(me + " LIST CASE_LIST ALLOWED API"), rows.toString());
        assertTrue(rows.contains(teacherName + " READ CASE DENIED API"), rows.toString());
        assertTrue(rows.contains(teacherName + " READ_ACCESS_LOG CASE DENIED API"), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("audit-b") && r.endsWith(" READ CASE DENIED API")),
                "another school's probe is shown to the target school: " + rows);
        JsonObject newest = log.structure().asJsonArray().getJsonObject(0);
        assertEquals("ACCESS_LOG", newest.getString("recordType"), "reading the log is itself logged");
        assertTrue(newest.getString("roles").contains("COUNSELING"), newest.toString());
        assertTrue(!newest.isNull("clientAddress") && !newest.getString("clientAddress").isBlank(), newest.toString());
    }

    private static String line(JsonObject row) {
        return row.getString("username") + " " + row.getString("action") + " " + row.getString("recordType") + " "
                + row.getString("outcome") + " " + row.getString("channel");
    }
}
