package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A school cannot read or touch another school's students or cases by any API path: by id,
 * by list, by name or national-ID search, by update, close or delete. The answer for another school's
 * student is exactly the answer for an id that does not exist.
 */
class TenantIsolationIT {

    private static final Api TAOYUAN = Api.as("ty-registrar");
    private static final Api NEW_TAIPEI = Api.as("nt-registrar");

    @Test
    void anotherSchoolsStudentByIdLooksExactlyLikeAMissingId() {
        JsonObject ntStudent = firstStudent(NEW_TAIPEI);
        Api.Reply foreign = TAOYUAN.get("/api/v1/students/" + ntStudent.getInt("id"));
        Api.Reply missing = TAOYUAN.get("/api/v1/students/987654321");
        assertEquals(404, foreign.status(), foreign.toString());
        assertEquals(missing.status(), foreign.status());
        assertEquals(missing.body(), foreign.body());
        assertTrue(foreign.contentType().startsWith("application/problem+json"));
    }

    @Test
    void listsNeverContainAnotherSchoolsStudents() {
        Set<Integer> taoyuan = allIds(TAOYUAN, "");
        Set<Integer> newTaipei = allIds(NEW_TAIPEI, "");
        // The demo's 300 each at least (other tests may enrol more in these schools).
        assertTrue(taoyuan.size() >= 300, "Taoyuan lists " + taoyuan.size());
        assertTrue(newTaipei.size() >= 300, "New Taipei lists " + newTaipei.size());
        Set<Integer> overlap = new HashSet<>(taoyuan);
        overlap.retainAll(newTaipei);
        assertEquals(Set.of(), overlap);
    }

    @Test
    void searchByNameOrNationalIdFindsNothingAcrossSchools() {
        JsonObject ntStudent = firstStudent(NEW_TAIPEI);
        String nationalId = ntStudent.getString("nationalId");
        assertEquals(1, NEW_TAIPEI.get("/api/v1/students?nationalId=" + nationalId).json().getInt("total"));
        assertEquals(0, TAOYUAN.get("/api/v1/students?nationalId=" + nationalId).json().getInt("total"));
        String name = java.net.URLEncoder.encode(ntStudent.getString("name"), java.nio.charset.StandardCharsets.UTF_8);
        Set<Integer> found = allIds(TAOYUAN, "&q=" + name);
        assertTrue(!found.contains(ntStudent.getInt("id")), "name search leaked a New Taipei student");
    }

    @Test
    void anotherSchoolsStudentCannotBeChangedOrDeleted() {
        JsonObject ntStudent = firstStudent(NEW_TAIPEI);
        int id = ntStudent.getInt("id");
        String body = """
                {"nationalId":"A123456789","name":"竄○改","gender":"M","birthDate":"2013-10-01","grade":7,
                 "version":%d}""".formatted(ntStudent.getInt("version"));
        assertEquals(404, TAOYUAN.put("/api/v1/students/" + id, body).status());
        assertEquals(404, TAOYUAN.delete("/api/v1/students/" + id).status());
        JsonObject after = NEW_TAIPEI.get("/api/v1/students/" + id).json();
        assertEquals(ntStudent.getString("name"), after.getString("name"));
        assertEquals(ntStudent.getInt("version"), after.getInt("version"));
    }

    @Test
    void anotherSchoolsCasesCannotBeReadClosedOrOpened() {
        JsonObject ntStudent = firstStudent(NEW_TAIPEI);
        int studentId = ntStudent.getInt("id");
        String category = NEW_TAIPEI.get("/api/v1/policies/new-taipei").json().getJsonArray("categories")
                .getJsonObject(0).getString("id");
        Api.Reply opened = NEW_TAIPEI.post("/api/v1/cases",
                "{\"studentId\":" + studentId + ",\"categoryId\":\"" + category + "\"}");
        JsonObject ntCase = opened.status() == 201 ? opened.json()
                : NEW_TAIPEI.get("/api/v1/cases?status=OPEN&studentId=" + studentId).json().getJsonArray("items")
                .getJsonObject(0);
        int caseId = ntCase.getInt("id");

        Api.Reply missing = TAOYUAN.get("/api/v1/cases/987654321");
        for (String path : new String[] {"/api/v1/cases/" + caseId, "/api/v1/cases/" + caseId + "/policy"}) {
            Api.Reply foreign = TAOYUAN.get(path);
            assertEquals(404, foreign.status(), path + " " + foreign);
            assertEquals(missing.body(), foreign.body());
        }
        assertEquals(404, TAOYUAN.post("/api/v1/cases/" + caseId + "/close",
                "{\"note\":\"x\",\"version\":" + ntCase.getInt("version") + "}").status());
        assertEquals(0, TAOYUAN.get("/api/v1/cases?studentId=" + studentId).json().getInt("total"));
        Api.Reply cross = TAOYUAN.post("/api/v1/cases", "{\"studentId\":" + studentId + ",\"categoryId\":\"TW-DROPOUT\"}");
        assertEquals(400, cross.status(), cross.toString());
        assertTrue(cross.body().contains("studentId"), cross.toString());
        assertEquals("OPEN", NEW_TAIPEI.get("/api/v1/cases/" + caseId).json().getString("status"));
    }

    @Test
    void homeroomTeachersSeeOnlyTheirOwnClass() {
        JsonObject page = Api.as("ty-homeroom-701").get("/api/v1/students?size=200").json();
        // 25 demo students, plus any that other tests enrolled in 701: every one of them in 701.
        assertTrue(page.getInt("total") >= 25, page.toString());
        assertEquals(page.getInt("total"), page.getJsonArray("items").size());
        for (JsonValue item : page.getJsonArray("items")) {
            assertEquals("701", item.asJsonObject().getString("className"));
            assertTrue(item.asJsonObject().getBoolean("nationalIdMasked"), "teachers see masked national IDs");
        }
        JsonObject otherClass = Api.as("ty-homeroom-702").get("/api/v1/students?size=1").json()
                .getJsonArray("items").getJsonObject(0);
        assertEquals(404, Api.as("ty-homeroom-701").get("/api/v1/students/" + otherClass.getInt("id")).status());
    }

    @Test
    void mentorTeachersSeeOnlyAssignedStudents() {
        JsonObject page = Api.as("ty-mentor").get("/api/v1/students?size=200").json();
        assertEquals(24, page.getInt("total"), "two mentored students in each of 12 classes");
        Set<Integer> mentored = new HashSet<>();
        page.getJsonArray("items").forEach(v -> mentored.add(v.asJsonObject().getInt("id")));
        int notMentored = allIds(TAOYUAN, "").stream().filter(id -> !mentored.contains(id)).findFirst().orElseThrow();
        assertEquals(404, Api.as("ty-mentor").get("/api/v1/students/" + notMentored).status());
    }

    @Test
    void rolesWithoutStudentAccessAreRefused() {
        Api.Reply reply = Api.as("nt-general-affairs").get("/api/v1/students");
        assertEquals(403, reply.status(), reply.toString());
    }

    private static JsonObject firstStudent(Api api) {
        return api.get("/api/v1/students?size=1").json().getJsonArray("items").getJsonObject(0);
    }

    private static Set<Integer> allIds(Api api, String query) {
        Set<Integer> ids = new HashSet<>();
        for (int page = 0; ; page++) {
            Api.Reply reply = api.get("/api/v1/students?size=200&page=" + page + query);
            assertEquals(200, reply.status(), reply.toString());
            var items = reply.json().getJsonArray("items");
            items.forEach(v -> ids.add(v.asJsonObject().getInt("id")));
            if (items.size() < 200) {
                return ids;
            }
        }
    }
}
