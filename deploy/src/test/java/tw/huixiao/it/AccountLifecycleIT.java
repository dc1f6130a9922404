package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Accounts with a lifecycle (issue 18 §6), OWASP ASVS 4.0.3: V2.1.1/2.1.2/2.1.7 (password
 * policy on change), V2.1.5/2.1.6 (change needs the current password), V2.4.2 (per-user salts),
 * V4.1.3 (who may disable whom), V3.3 (a disabled account's session and tokens stop).
 */
class AccountLifecycleIT {

    private static final Api ADMIN = Api.as("platform-admin");

    @Test
    void v2_1_ownerChangesTheirPasswordUnderThePolicy() {
        Api staff = Onboarding.schoolWithStaff("TAINAN", "acct-pw");
        String username = staff.username();
        Api.Reply wrongCurrent = staff.post("/api/v1/me/password", """
                {"currentPassword":"not-my-password","newPassword":"plum orchard twilight"}""");
        assertEquals(400, wrongCurrent.status(), wrongCurrent.toString());
        assertTrue(wrongCurrent.body().contains("currentPassword"), wrongCurrent.body());

        for (String weak : new String[] {"short-one", "1qaz2wsx3edc", "password1234!", username + "-2026"}) {
            Api.Reply refused = staff.post("/api/v1/me/password", """
                    {"currentPassword":"%s","newPassword":"%s"}""".formatted(Onboarding.PASSWORD, weak));
            assertEquals(400, refused.status(), weak + ": " + refused);
            assertTrue(refused.body().contains("newPassword"), refused.body());
        }
        Api.Reply tooLong = staff.post("/api/v1/me/password", """
                {"currentPassword":"%s","newPassword":"%s"}""".formatted(Onboarding.PASSWORD, "q7Kx".repeat(33)));
        assertEquals(400, tooLong.status(), "over 128 characters");

        String fresh = "晴天騎單車去海邊看夕陽 plum 🐱";
        Api.Reply changed = staff.post("/api/v1/me/password", """
                {"currentPassword":"%s","newPassword":"%s"}""".formatted(Onboarding.PASSWORD, fresh));
        assertEquals(204, changed.status(), changed.toString());
        assertEquals(401, Api.as(username, Onboarding.PASSWORD).get("/api/v1/me").status(), "the old password is gone");
        assertEquals(200, Api.as(username, fresh).get("/api/v1/me").status(), "the new one, spaces and emoji included");
    }

    @Test
    void v4_1_principalDisablesAndEnablesTheirOwnStaffOnly() {
        Api registrar = Onboarding.schoolWithStaff("TAOYUAN", "acct-off");
        long schoolId = registrar.get("/api/v1/me").json().getJsonObject("school").getJsonNumber("id").longValue();
        long registrarId = registrar.get("/api/v1/me").json().getJsonNumber("id").longValue();
        Api.Reply principalCreated = ADMIN.post("/api/v1/admin/schools/" + schoolId + "/accounts", """
                {"username":"%s","displayName":"校○長","password":"%s","roles":["PRINCIPAL"]}"""
                .formatted(registrar.username() + "-p", Onboarding.PASSWORD));
        assertEquals(201, principalCreated.status(), principalCreated.toString());
        Api principal = Api.as(registrar.username() + "-p", Onboarding.PASSWORD);

        assertEquals(404, Api.as("tne-principal").post("/api/v1/accounts/" + registrarId + "/disable", "").status(),
                "another school's principal: as if the account did not exist");
        assertEquals(403, Api.as("ty-registrar").post("/api/v1/accounts/" + registrarId + "/disable", "").status(),
                "a registrar administers nobody");
        long principalId = principal.get("/api/v1/me").json().getJsonNumber("id").longValue();
        assertEquals(409, principal.post("/api/v1/accounts/" + principalId + "/disable", "").status(),
                "nobody disables themselves");

        Api.Reply disabled = principal.post("/api/v1/accounts/" + registrarId + "/disable", "");
        assertEquals(200, disabled.status(), disabled.toString());
        assertFalse(disabled.json().getBoolean("enabled"));
        assertEquals(401, registrar.get("/api/v1/me").status(), "a disabled account cannot log in");
        Api.Reply staff = principal.get("/api/v1/accounts?school=" + schoolId);
        assertTrue(staff.body().contains("\"enabled\":false"), staff.body());

        Api.Reply enabled = ADMIN.post("/api/v1/accounts/" + registrarId + "/enable", "");
        assertEquals(200, enabled.status(), enabled.toString());
        assertEquals(200, registrar.get("/api/v1/me").status(), "enabled again");
    }

    @Test
    void v2_4_2_everyDemoAccountHasItsOwnSalt() throws SQLException {
        try (Connection db = DriverManager.getConnection(System.getenv("HUIXIAO_DB_URL"),
                System.getenv("HUIXIAO_DB_APP_USER"), System.getenv("HUIXIAO_DB_APP_PASSWORD"));
             ResultSet rs = db.createStatement().executeQuery(
                     "SELECT password_hash FROM huixiao.app_user WHERE username LIKE 'ty-%' OR username LIKE 'tne-%'")) {
            Set<String> salts = new HashSet<>();
            int accounts = 0;
            while (rs.next()) {
                String[] parts = rs.getString(1).split(":");
                assertEquals("PBKDF2WithHmacSHA256", parts[0]);
                assertTrue(Integer.parseInt(parts[1]) >= 210_000, "iterations " + parts[1]);
                salts.add(parts[2]);
                accounts++;
            }
            assertTrue(accounts > 20, "demo accounts found: " + accounts);
            assertEquals(accounts, salts.size(), "one salt per account, though the demo gives them one password");
        }
    }
}
