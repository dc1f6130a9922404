package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * API tokens for school systems (issue 18 §6), OWASP ASVS 4.0.3: V3.5.2 (tokens, not
 * passwords, for integrations), V3.5.3/V2.10 (random, hashed at rest), V4.1.3/V4.2.1 (scope
 * and tenancy still apply), V3.3.1/V3.3.2 (revoked and expired tokens stop working).
 */
class ApiTokenIT {

    private static final Api ADMIN = Api.as("platform-admin");

    private static JsonObject issue(Api owner, String scopes, int days) {
        Api.Reply issued = owner.post("/api/v1/me/tokens", """
                {"name":"校務系統 ApiTokenIT","scopes":[%s],"days":%d}""".formatted(scopes, days));
        assertEquals(201, issued.status(), issued.toString());
        return issued.json();
    }

    @Test
    void v3_5_aTokenIsItsOwnerNarrowedToItsScopes() throws Exception {
        Api registrar = Api.as("ty-registrar");
        JsonObject issued = issue(registrar, "\"cases:read\",\"students:read\"", 30);
        String token = issued.getString("token");
        assertTrue(token.matches("hx1_[0-9]+_[A-Za-z0-9_-]{43}"), token);
        Api script = Api.bearer(token);

        assertEquals("ty-registrar", script.get("/api/v1/me").json().getString("username"), "GET me needs no scope");
        Api.Reply byToken = script.get("/api/v1/cases?size=200");
        assertEquals(200, byToken.status(), byToken.toString());
        assertEquals(registrar.get("/api/v1/cases?size=200").body(), byToken.body(), "the owner's view, no more");

        Api.Reply write = script.post("/api/v1/students", "{}");
        assertEquals(403, write.status(), "students:write not granted: " + write);
        assertTrue(write.body().contains("students:write"), write.body());
        assertEquals(403, script.post("/api/v1/me/tokens", "{\"name\":\"x\",\"scopes\":[\"cases:read\"]}").status(),
                "a token mints no tokens");
        assertEquals(403, script.post("/api/v1/me/password", "{}").status(), "nor changes the password");
        assertEquals(403, script.get("/api/v1/counselling-notes/1").status(), "nor reads counselling notes");

        // Tenancy: a Tainan case is as unknown to a Taoyuan token as to the Taoyuan registrar.
        Api.Reply tainanCases = Api.as("tne-counseling").get("/api/v1/cases?size=1");
        if (!tainanCases.json().getJsonArray("items").isEmpty()) {
            long tainanCase = tainanCases.json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
            assertEquals(404, script.get("/api/v1/cases/" + tainanCase).status());
        }

        // Tampered or re-addressed tokens are nobody's.
        String tampered = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
        assertEquals(401, Api.bearer(tampered).get("/api/v1/me").status());
        long school = Long.parseLong(token.split("_")[1]);
        String otherSchool = token.replaceFirst("^hx1_[0-9]+_", "hx1_" + (school + 1) + "_");
        assertEquals(401, Api.bearer(otherSchool).get("/api/v1/me").status());

        // At rest only the SHA-256 of the token, never the token.
        try (Connection db = DriverManager.getConnection(System.getenv("HUIXIAO_DB_URL"),
                System.getenv("HUIXIAO_DB_APP_USER"), System.getenv("HUIXIAO_DB_APP_PASSWORD"))) {
            db.setAutoCommit(false);
            try (PreparedStatement tenant = db.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
                tenant.setString(1, String.valueOf(school));
                tenant.executeQuery().close();
            }
            try (PreparedStatement select = db.prepareStatement("SELECT * FROM huixiao.api_token WHERE id = ?")) {
                select.setLong(1, issued.getJsonObject("details").getJsonNumber("id").longValue());
                ResultSet row = select.executeQuery();
                assertTrue(row.next());
                String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(token.getBytes(StandardCharsets.US_ASCII)));
                assertEquals(hash, row.getString("token_hash"));
                // The secret is base64url and may itself hold '_': it is all that follows "hx1_<school>_".
                String secret = token.substring(("hx1_" + school + "_").length());
                for (int c = 1; c <= row.getMetaData().getColumnCount(); c++) {
                    String value = row.getString(c);
                    assertFalse(value != null && value.contains(secret),
                            "the secret is stored nowhere: " + row.getMetaData().getColumnName(c));
                }
            }
            db.rollback();
        }
        String listed = registrar.get("/api/v1/me/tokens").body();
        assertFalse(listed.contains(token), "shown once, never listed");
    }

    @Test
    void v3_3_revokedExpiredAndDisabledTokensStopWorking() {
        Api registrar = Api.as("ty-registrar");
        JsonObject issued = issue(registrar, "\"cases:read\"", 1);
        Api script = Api.bearer(issued.getString("token"));
        assertEquals(200, script.get("/api/v1/cases").status());
        try {
            assertEquals(200, ADMIN.put("/api/v1/admin/clock", "{\"instant\":\"%s\"}".formatted(
                    OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(2))).status());
            Api.Reply expired = script.get("/api/v1/cases");
            assertEquals(401, expired.status(), "a one-day token two days later: " + expired);
        } finally {
            ADMIN.delete("/api/v1/admin/clock");
        }

        JsonObject second = issue(registrar, "\"cases:read\"", 30);
        Api another = Api.bearer(second.getString("token"));
        assertEquals(200, another.get("/api/v1/cases").status());
        long id = second.getJsonObject("details").getJsonNumber("id").longValue();
        assertEquals(404, Api.as("ty-counseling").delete("/api/v1/me/tokens/" + id).status(), "only the owner revokes");
        assertEquals(204, registrar.delete("/api/v1/me/tokens/" + id).status());
        assertEquals(401, another.get("/api/v1/cases").status(), "revoked");

        Api staff = Onboarding.schoolWithStaff("TAOYUAN", "tok-off");
        Api owned = Api.bearer(issue(staff, "\"students:read\"", 30).getString("token"));
        assertEquals(200, owned.get("/api/v1/me").status());
        long staffId = staff.get("/api/v1/me").json().getJsonNumber("id").longValue();
        assertEquals(200, ADMIN.post("/api/v1/accounts/" + staffId + "/disable", "").status());
        assertEquals(401, owned.get("/api/v1/me").status(), "a disabled account's tokens stop at once");
    }

    @Test
    void v4_1_tokensAreForSchoolStaffAndNeedAScope() {
        assertEquals(403, ADMIN.post("/api/v1/me/tokens", "{\"name\":\"x\",\"scopes\":[\"cases:read\"]}").status(),
                "operators have no school to scope a token to");
        Api.Reply noScope = Api.as("ty-registrar").post("/api/v1/me/tokens", "{\"name\":\"x\",\"scopes\":[]}");
        assertEquals(400, noScope.status());
        Api.Reply unknown = Api.as("ty-registrar").post("/api/v1/me/tokens",
                "{\"name\":\"x\",\"scopes\":[\"admin:all\"],\"days\":999}");
        assertEquals(400, unknown.status());
        assertTrue(unknown.body().contains("scopes") && unknown.body().contains("days"), unknown.body());
    }
}
