package tw.huixiao.platform.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tw.huixiao.platform.infrastructure.persistence.SchemaSecurityTest.assertSqlFails;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 21 §1 at the database (V58), as the application role: a stored module's life moves one
 * step forward at a time (an upload cannot enter approved or skip approval), its content never
 * changes, nothing is deleted, every change raises the store's revision (which servers poll),
 * and a school's transaction sees no module at all.
 */
class ModuleStoreSchemaTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * The database is the one the deployed server's tests use next: the owner removes what these
     * tests stored (the application role cannot), so no test module or officer shows in a bureau's
     * pages afterwards.
     */
    @AfterEach
    void removeTestModulesAndOfficers() throws SQLException {
        try (Connection owner = TestDatabase.asOwner()) {
            owner.setAutoCommit(true);
            owner.createStatement().execute("DELETE FROM policy_module WHERE module_id LIKE 'test-%'");
            owner.createStatement().execute("DELETE FROM module_vendor_grant WHERE vendor_id IN (SELECT id FROM "
                    + "app_user WHERE username LIKE 'mod-%') OR granted_by IN (SELECT id FROM app_user WHERE "
                    + "username LIKE 'mod-%')");
            owner.createStatement().execute("DELETE FROM app_user WHERE username LIKE 'mod-%'");
        }
    }

    @Test
    void anUploadMovesOneStepAtATimeAndItsContentNeverChanges() throws Exception {
        try (Connection c = TestDatabase.asApplication()) {
            long user = bureauOfficer(c);
            String module = "test-" + Long.toHexString(RANDOM.nextLong() & 0xffffffffL);
            assertSqlFails(c, upload(module, "1.0.0", user, "ACTIVE"));
            long id = id(c, upload(module, "1.0.0", user, "UPLOADED") + " RETURNING id");
            long revision = revision(c, id);

            assertSqlFails(c, "UPDATE policy_module SET state = 'APPROVED', approved_at = now(), verified_at = now() "
                    + "WHERE id = " + id);
            c.createStatement().execute("UPDATE policy_module SET state = 'VERIFIED', verified_at = now() WHERE id = " + id);
            assertTrue(revision(c, id) > revision, "a change raises the revision servers poll");
            assertSqlFails(c, "UPDATE policy_module SET state = 'ACTIVE', activated_at = now(), effective_from = "
                    + "current_date WHERE id = " + id);
            assertSqlFails(c, "UPDATE policy_module SET jar = '\\x00'::bytea WHERE id = " + id);
            assertSqlFails(c, "UPDATE policy_module SET jar_sha256 = repeat('b', 64) WHERE id = " + id);
            assertSqlFails(c, "UPDATE policy_module SET signer_sha256 = repeat('c', 64) WHERE id = " + id);
            assertSqlFails(c, "DELETE FROM policy_module WHERE id = " + id);
            c.createStatement().execute("UPDATE policy_module SET state = 'APPROVED', approved_at = now(), "
                    + "approved_by_name = 'x' WHERE id = " + id);
            c.createStatement().execute("UPDATE policy_module SET state = 'ACTIVE', activated_at = now(), "
                    + "effective_from = current_date WHERE id = " + id);
            assertSqlFails(c, "UPDATE policy_module SET state = 'VERIFIED' WHERE id = " + id);
            assertSqlFails(c, "UPDATE policy_module SET state = 'RETIRED' WHERE id = " + id);
            c.createStatement().execute("UPDATE policy_module SET state = 'RETIRED', retired_at = now() WHERE id = " + id);
            assertSqlFails(c, upload(module, "1.0.0", user, "UPLOADED"));
        }
    }

    @Test
    void aSchoolsTransactionSeesNoModule() throws Exception {
        try (Connection c = TestDatabase.asApplication()) {
            long user = bureauOfficer(c);
            c.createStatement().execute(upload("test-" + Long.toHexString(RANDOM.nextLong() & 0xffffffffL), "1.0.0",
                    user, "UPLOADED"));
            assertTrue(count(c, "SELECT count(*) FROM policy_module") > 0);
            c.setAutoCommit(false);
            c.createStatement().executeQuery("SELECT set_config('app.tenant_id', '1', true)").close();
            assertEquals(0, count(c, "SELECT count(*) FROM policy_module"));
            assertEquals(0, count(c, "SELECT count(*) FROM module_signer"));
            c.rollback();
        }
    }

    /**
     * Issue 21 §2 (V67): a county's grant to a module vendor is kept as its record — one standing
     * grant per county and vendor, a revocation is final, nothing deleted — and a school's
     * transaction sees none.
     */
    @Test
    void aVendorGrantIsKeptAndItsRevocationIsFinal() throws Exception {
        try (Connection c = TestDatabase.asApplication()) {
            long officer = bureauOfficer(c);
            long vendor = id(c, "INSERT INTO app_user (username, display_name) VALUES ('mod-"
                    + Long.toHexString(RANDOM.nextLong() & 0xffffffffL) + "', '測試廠商') RETURNING id");
            c.createStatement().execute("INSERT INTO app_user_role (user_id, role) VALUES (" + vendor
                    + ", 'MODULE_VENDOR')");
            String grant = "INSERT INTO module_vendor_grant (county, vendor_id, granted_by, granted_by_name, granted_at) "
                    + "VALUES ('YUNLIN', " + vendor + ", " + officer + ", '測試承辦人', now())";
            long id = id(c, grant + " RETURNING id");
            assertSqlFails(c, grant);
            assertSqlFails(c, "UPDATE module_vendor_grant SET county = 'TAOYUAN' WHERE id = " + id);
            assertSqlFails(c, "UPDATE module_vendor_grant SET revoked_at = now() WHERE id = " + id);
            assertSqlFails(c, "DELETE FROM module_vendor_grant WHERE id = " + id);
            c.createStatement().execute("UPDATE module_vendor_grant SET revoked_by = " + officer
                    + ", revoked_by_name = '測試承辦人', revoked_at = now() WHERE id = " + id);
            assertSqlFails(c, "UPDATE module_vendor_grant SET revoked_by_name = 'x' WHERE id = " + id);
            long again = id(c, grant + " RETURNING id");
            assertTrue(again > id, "granted again after the revocation, as a new record");
            assertEquals(2, count(c, "SELECT count(*) FROM module_vendor_grant WHERE vendor_id = " + vendor));
            c.setAutoCommit(false);
            c.createStatement().executeQuery("SELECT set_config('app.tenant_id', '1', true)").close();
            assertEquals(0, count(c, "SELECT count(*) FROM module_vendor_grant"));
            c.rollback();
        }
    }

    private static String upload(String module, String version, long user, String state) {
        return "INSERT INTO policy_module (module_id, version, counties, origin, jar, jar_sha256, jar_bytes, descriptor, "
                + "signer_subject, signer_sha256, state, uploaded_by, uploaded_by_name, uploaded_at) VALUES ('" + module
                + "', '" + version + "', '{YUNLIN}', 'UPLOAD', '\\x504b'::bytea, repeat('a', 64), 2, 'id=" + module
                + "', 'CN=Test', repeat('d', 64), '" + state + "', " + user + ", '測試承辦人', now())";
    }

    private static long bureauOfficer(Connection c) throws SQLException {
        return id(c, "INSERT INTO app_user (username, display_name, county) VALUES ('mod-"
                + Long.toHexString(RANDOM.nextLong() & 0xffffffffL) + "', '測試承辦人', 'YUNLIN') RETURNING id");
    }

    private static long revision(Connection c, long id) throws SQLException {
        return count(c, "SELECT revision FROM policy_module WHERE id = " + id);
    }

    private static long id(Connection c, String sql) throws SQLException {
        return count(c, sql);
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql); ResultSet r = q.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
