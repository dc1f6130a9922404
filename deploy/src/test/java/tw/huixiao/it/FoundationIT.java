package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** The service as a whole: health, OpenAPI, who-am-I for each kind of account. */
class FoundationIT {

    @Test
    void readinessIncludesTheDatabase() {
        Api.Reply ready = Api.anonymous("/health/ready");
        assertEquals(200, ready.status(), ready.toString());
        JsonObject database = ready.json().getJsonArray("checks").stream().map(c -> c.asJsonObject())
                .filter(c -> c.getString("name").equals("database")).findFirst().orElseThrow();
        assertEquals("UP", database.getString("status"));
    }

    @Test
    void openApiDocumentIsServed() {
        Api.Reply openapi = Api.anonymous("/openapi");
        assertEquals(200, openapi.status());
        assertTrue(openapi.body().contains("/api/v1/students"), "students API documented");
    }

    @Test
    void homeroomTeacherSeesTheirSchoolCountyAndPolicy() {
        Api.Reply me = Api.as("ty-homeroom-701").get("/api/v1/me");
        assertEquals(200, me.status(), me.toString());
        JsonObject body = me.json();
        assertEquals("ty-homeroom-701", body.getString("username"));
        assertEquals("HOMEROOM_TEACHER", body.getJsonArray("roles").getJsonObject(0).getString("code"));
        assertEquals("導師", body.getJsonArray("roles").getJsonObject(0).getString("zhTw"));
        assertEquals("990101", body.getJsonObject("school").getString("moeCode"));
        assertEquals("TAOYUAN", body.getJsonObject("school").getString("county"));
        assertEquals("taoyuan", body.getJsonObject("policy").getString("id"));
        assertEquals("1.0.0", body.getJsonObject("policy").getString("version"));
    }

    @Test
    void everyCountysSchoolGetsItsOwnModule() {
        assertEquals("new-taipei", Api.as("nt-registrar").get("/api/v1/me").json().getJsonObject("policy").getString("id"));
        assertEquals("yunlin", Api.as("yl-counseling").get("/api/v1/me").json().getJsonObject("policy").getString("id"));
        JsonObject tainan = Api.as("tn-principal").get("/api/v1/me").json();
        assertEquals("tainan", tainan.getJsonObject("policy").getString("id"));
        assertTrue(tainan.getJsonObject("school").getBoolean("remoteArea"), "the demo Tainan junior high is remote");
    }

    @Test
    void bureauOfficerHasACountyAndNoSchool() {
        JsonObject me = Api.as("yl-bureau").get("/api/v1/me").json();
        assertEquals("YUNLIN", me.getString("bureauCounty"));
        assertTrue(!me.containsKey("school") || me.isNull("school"), "no school for a bureau officer");
        Api.Reply students = Api.as("yl-bureau").get("/api/v1/students");
        assertEquals(403, students.status(), "bureau officers do not browse a school's register");
        assertTrue(students.contentType().startsWith("application/problem+json"));
    }

    @Test
    void wrongPasswordIsA401ProblemWithAChallenge() {
        Api.Reply reply = Api.as("ty-registrar", "not-the-password").get("/api/v1/me");
        assertEquals(401, reply.status());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.toString());
    }

    @Test
    void unknownPathsAreProblemsToo() {
        Api.Reply reply = Api.as("ty-registrar").get("/api/v1/no-such-thing");
        assertEquals(404, reply.status());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.toString());
    }
}
