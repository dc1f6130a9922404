package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tw.huixiao.it.Escalations.caseOf;
import static tw.huixiao.it.Escalations.day;
import static tw.huixiao.it.Escalations.semester;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tw.huixiao.platform.infrastructure.persistence.SchemaMigrator;

/**
 * Filings received on the platform (issue 20 §3) over HTTP. A Taoyuan student away four school
 * days (Tue 2026-03-10 … Fri 03-13) reaches TY-D4-REPORT: the original letter to the district
 * committee, copy to the 教育局, due in 3 working days (Wed 03-18) — a filing the Taoyuan module
 * declares (SPI 1.5). Past its date the Taoyuan bureau sees it overdue for the school, without the
 * student; once the registrar records the duty done it arrives in the inbox with the PDF; the
 * bureau returns it with a reason, the school's duty shows that, the school files again and the
 * bureau acknowledges. The New Taipei bureau sees nothing of it, by the API or in the database
 * as the application role; a school sees its own filings only.
 */
class BureauFilingsIT {

    private static final Api TY_BUREAU = Api.as("ty-bureau");
    private static final Api NT_BUREAU = Api.as("nt-bureau");

    @AfterAll
    static void systemClock() {
        Escalations.ADMIN.delete("/api/v1/admin/clock");
    }

    private static JsonObject inbox(Api bureau) {
        Api.Reply reply = bureau.get("/api/v1/filings");
        assertEquals(200, reply.status(), reply.toString());
        return reply.json();
    }

    private static List<JsonObject> of(JsonObject inbox, String list, long schoolId) {
        return inbox.getJsonArray(list).stream().map(JsonValue::asJsonObject)
                .filter(f -> f.getJsonNumber("schoolId").longValue() == schoolId).toList();
    }

    private static JsonObject filingOfTask(Api school, long taskId) {
        Api.Reply reply = school.get("/api/v1/filings/tasks/" + taskId);
        assertEquals(200, reply.status(), reply.toString());
        return reply.json();
    }

    @Test
    void aDutyThatFilesWithTheBureauArrivesIsReturnedFiledAgainAndAcknowledged() throws Exception {
        Api school = Onboarding.schoolWithStaff("TAOYUAN", "filing");
        Api otherSchool = Onboarding.schoolWithStaff("TAOYUAN", "filing-other");
        long schoolId = school.get("/api/v1/me").json().getJsonObject("school").getJsonNumber("id").longValue();
        semester(school, 114, 2, "2026-02-23", "2026-06-30");
        long student = Fixtures.student(school, false);
        for (String d : List.of("2026-03-10", "2026-03-11", "2026-03-12", "2026-03-13")) {
            day(school, d, Map.of(student, "曠課"));
        }
        long caseId = caseOf(school, student, dropoutCategory(school, student));
        JsonObject letter = school.get("/api/v1/cases/" + caseId + "/tasks").structure().asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(t -> "TY-D4-REPORT".equals(t.getString("ruleId")) && !absent(t, "produces")
                        && "COMMITTEE_ORIGINAL_LETTER".equals(t.getString("produces"))).findFirst().orElseThrow();
        long taskId = letter.getJsonNumber("id").longValue();
        assertEquals("2026-03-18", letter.getString("dueOn"), "3 working days after Fri 03-13");

        // Expected, not yet due: the duty shows it is filed with the bureau; the inbox holds nothing of it.
        JsonObject expected = filingOfTask(school, taskId);
        assertEquals("DUE", expected.getString("status"));
        assertEquals("中輟通報函（副本知會教育局）", expected.getString("titleZh"));
        assertEquals(List.of(), of(inbox(TY_BUREAU), "overdue", schoolId));
        // A duty that files nothing answers 204.
        long fax = school.get("/api/v1/cases/" + caseId + "/tasks").structure().asJsonArray().stream()
                .map(JsonValue::asJsonObject).filter(t -> !absent(t, "produces")
                        && "DROPOUT_REPORT_FAX".equals(t.getString("produces"))).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        assertEquals(204, school.get("/api/v1/filings/tasks/" + fax).status());

        // Thu 03-19: overdue for the school, in Taoyuan's inbox only, without the student.
        Fixtures.clock("2026-03-19T09:00:00+08:00");
        List<JsonObject> overdue = of(inbox(TY_BUREAU), "overdue", schoolId);
        assertEquals(1, overdue.size(), overdue.toString());
        assertTrue(absent(overdue.get(0), "studentName"), "nothing of the student before the school files");
        assertEquals(List.of(), of(inbox(NT_BUREAU), "overdue", schoolId));

        // The registrar records the letter sent: the filing arrives with the PDF.
        Api.Reply done = school.post("/api/v1/tasks/" + taskId + "/complete",
                "{\"note\":\"正本函報中壢區強迫入學委員會，副本教育局（回校字第1150000031號）\",\"version\":"
                        + letter.getInt("version") + "}");
        assertEquals(200, done.status(), done.toString());
        JsonObject filed = filingOfTask(school, taskId);
        assertEquals("FILED", filed.getString("status"));
        long filingId = filed.getJsonNumber("id").longValue();
        List<JsonObject> received = of(inbox(TY_BUREAU), "filings", schoolId);
        assertEquals(1, received.size());
        assertEquals("林○安", received.get(0).getString("studentName"));
        assertEquals(List.of(), of(inbox(TY_BUREAU), "overdue", schoolId), "filed, no longer overdue");
        byte[] pdf = bytes("ty-bureau", "/api/v1/filings/" + filingId + "/attachment");
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));

        // Another county's bureau, and another school, see nothing of it.
        assertEquals(List.of(), of(inbox(NT_BUREAU), "filings", schoolId));
        assertEquals(404, NT_BUREAU.get("/api/v1/filings/" + filingId).status());
        assertEquals(404, NT_BUREAU.get("/api/v1/filings/" + filingId + "/attachment").status());
        assertEquals(404, NT_BUREAU.post("/api/v1/filings/" + filingId + "/acknowledge", "{\"version\":1}").status());
        assertEquals(404, otherSchool.get("/api/v1/filings/" + filingId).status());
        assertEquals(403, school.get("/api/v1/filings").status(), "the inbox is the bureau's");
        assertEquals(403, school.post("/api/v1/filings/" + filingId + "/acknowledge", "{\"version\":1}").status());

        // Returned with a reason (none: 400), shown on the school's duty; filed again; acknowledged.
        assertEquals(400, TY_BUREAU.post("/api/v1/filings/" + filingId + "/return",
                "{\"version\":" + filed.getInt("version") + "}").status());
        Api.Reply returned = TY_BUREAU.post("/api/v1/filings/" + filingId + "/return",
                "{\"note\":\"請補附原住民身分查核結果\",\"version\":" + filed.getInt("version") + "}");
        assertEquals(200, returned.status(), returned.toString());
        JsonObject onDuty = filingOfTask(school, taskId);
        assertEquals("RETURNED", onDuty.getString("status"));
        assertEquals("請補附原住民身分查核結果", onDuty.getString("decisionNote"));
        assertEquals("邱○雅 桃園市教育局承辦人", onDuty.getString("decidedByName"));
        Api.Reply again = school.post("/api/v1/filings/" + filingId + "/refile", "{\"note\":\"已補附查核結果\"}");
        assertEquals(200, again.status(), again.toString());
        long secondId = again.json().getJsonNumber("id").longValue();
        assertEquals(filingId, again.json().getJsonNumber("resubmitsId").longValue());
        assertEquals(409, TY_BUREAU.post("/api/v1/filings/" + filingId + "/acknowledge",
                "{\"version\":" + returned.json().getInt("version") + "}").status(), "the returned one stays returned");
        Api.Reply acknowledged = TY_BUREAU.post("/api/v1/filings/" + secondId + "/acknowledge",
                "{\"note\":\"收件備查\",\"version\":" + again.json().getInt("version") + "}");
        assertEquals(200, acknowledged.status(), acknowledged.toString());
        assertEquals("ACKNOWLEDGED", filingOfTask(school, taskId).getString("status"));

        // As the application role: the county binding decides, a school binding shows the school's own.
        assertEquals(2, countAs("TAOYUAN", null, schoolId));
        assertEquals(0, countAs("NEW_TAIPEI", null, schoolId));
        assertEquals(0, countAs(null, null, schoolId));
        assertEquals(2, countAs(null, schoolId, schoolId));
        long otherId = otherSchool.get("/api/v1/me").json().getJsonObject("school").getJsonNumber("id").longValue();
        assertEquals(0, countAs(null, otherId, schoolId));
        assertEquals(0, decideAs("NEW_TAIPEI", secondId), "another county's bureau changes nothing");
    }

    private static String dropoutCategory(Api school, long student) {
        return school.get("/api/v1/cases?status=OPEN&studentId=" + student).json().getJsonArray("items")
                .getJsonObject(0).getString("categoryId");
    }

    private static byte[] bytes(String user, String path) throws Exception {
        HttpResponse<byte[]> response = TestTls.client(HttpClient.Redirect.NEVER).send(HttpRequest.newBuilder(URI.create(Api.BASE + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8))).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        assertFalse(response.headers().firstValue("Content-Type").orElse("").contains("json"));
        return response.body();
    }

    private static Connection appRole(String county, Long school) throws Exception {
        Connection db = DriverManager.getConnection(System.getenv("HUIXIAO_DB_URL"), System.getenv("HUIXIAO_DB_APP_USER"),
                System.getenv("HUIXIAO_DB_APP_PASSWORD"));
        if (county != null) {
            try (PreparedStatement set = db.prepareStatement("SELECT set_config('app.county', ?, false)")) {
                set.setString(1, county);
                set.execute();
            }
        }
        if (school != null) {
            try (PreparedStatement set = db.prepareStatement("SELECT set_config('app.tenant_id', ?, false)")) {
                set.setString(1, String.valueOf(school));
                set.execute();
            }
        }
        return db;
    }

    private static int countAs(String county, Long boundSchool, long schoolId) throws Exception {
        try (Connection db = appRole(county, boundSchool);
             PreparedStatement q = db.prepareStatement("SELECT count(*) FROM " + SchemaMigrator.SCHEMA
                     + ".bureau_filing WHERE tenant_id = ? AND status <> 'DUE'")) {
            q.setLong(1, schoolId);
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    private static int decideAs(String county, long filingId) throws Exception {
        try (Connection db = appRole(county, null);
             PreparedStatement update = db.prepareStatement("UPDATE " + SchemaMigrator.SCHEMA
                     + ".bureau_filing SET decision_note = 'x' WHERE id = ?")) {
            update.setLong(1, filingId);
            return update.executeUpdate();
        }
    }

    /** JSON-B leaves null properties out. */
    private static boolean absent(JsonObject o, String key) {
        return !o.containsKey(key) || o.isNull(key);
    }
}
