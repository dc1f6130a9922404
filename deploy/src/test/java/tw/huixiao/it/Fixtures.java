package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertFalse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import tw.huixiao.platform.infrastructure.persistence.SchemaMigrator;

/** Test helpers shared by integration tests (issue 25: none lives in another IT). */
final class Fixtures {

    private static final Api ADMIN = Api.as("platform-admin");

    private Fixtures() {
    }

    /** "RULE ROLE due" of the case's tasks in a status. */
    static Set<String> tasks(Api school, long caseId, String status) {
        Api.Reply reply = school.get("/api/v1/cases/" + caseId + "/tasks");
        assertEquals(200, reply.status(), reply.toString());
        return reply.structure().asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getString("status").equals(status))
                .map(t -> t.getString("ruleId") + " " + t.getString("responsibleRole") + " "
                        + (t.containsKey("dueOn") && !t.isNull("dueOn") ? t.getString("dueOn") : "ongoing"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static long dropoutCase(Api school, long studentId) {
        JsonArray items = school.get("/api/v1/cases?status=OPEN&studentId=" + studentId).json().getJsonArray("items");
        List<JsonObject> dropout = items.stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("categoryId").equals("TW-DROPOUT")).toList();
        assertEquals(1, dropout.size(), items.toString());
        return dropout.get(0).getJsonNumber("id").longValue();
    }

    static long student(Api school, boolean indigenous) {
        String stem = "H" + (indigenous ? "2" : "1") + Unique.sevenDigits();
        String nationalId = tw.huixiao.platform.domain.student.NationalId.withCheckDigit(stem);
        Api.Reply created = school.post("/api/v1/students", """
                {"nationalId":"%s","name":"林○%s","gender":"M","birthDate":"2012-05-01","grade":8,"indigenous":%s}"""
                .formatted(nationalId, indigenous ? "原" : "安", indigenous));
        assertEquals(201, created.status(), created.toString());
        return created.json().getJsonNumber("id").longValue();
    }

    static void clock(String instant) {
        Api.Reply set = ADMIN.put("/api/v1/admin/clock", "{\"instant\":\"" + instant + "\"}");
        assertEquals(200, set.status(), set.toString());
    }

    /**
     * The school's EXPORT rows as "username action record_type channel detail", oldest first, read
     * as the application role under row-level security (no API lists rows without a case).
     */
    static List<String> exportLog(long schoolId) throws Exception {
        List<String> found = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(System.getenv("HUIXIAO_DB_URL"),
                System.getenv("HUIXIAO_DB_APP_USER"), System.getenv("HUIXIAO_DB_APP_PASSWORD"))) {
            try (PreparedStatement tenant = db.prepareStatement("SELECT set_config('app.tenant_id', ?, false)")) {
                tenant.setString(1, String.valueOf(schoolId));
                tenant.execute();
            }
            try (PreparedStatement q = db.prepareStatement("SELECT username, action, record_type, channel, detail, case_id "
                    + "FROM " + SchemaMigrator.SCHEMA + ".access_log WHERE action = 'EXPORT' ORDER BY id")) {
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        assertEquals(null, r.getObject(6), "an export is not one case's read");
                        found.add(r.getString(1) + " " + r.getString(2) + " " + r.getString(3) + " " + r.getString(4) + " "
                                + r.getString(5));
                    }
                }
            }
        }
        assertFalse(found.isEmpty(), "HUIXIAO_DB_URL and the app role's credentials come from deploy/bin/postgres-env.sh");
        return found;
    }
}
