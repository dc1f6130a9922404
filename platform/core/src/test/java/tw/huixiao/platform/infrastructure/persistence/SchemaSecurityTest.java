package tw.huixiao.platform.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Meta-tests on the migrated schema: a new tenant table without row-level security, or an
 * application role with more power than it needs, fails the build.
 */
class SchemaSecurityTest {

    @Test
    void everyTableWithTenantIdHasForcedRowLevelSecurityAndAPolicy() throws Exception {
        List<String> unprotected = new ArrayList<>();
        List<String> tenantTables = new ArrayList<>();
        try (Connection c = TestDatabase.asOwner(); PreparedStatement s = c.prepareStatement("""
                SELECT t.relname, t.relrowsecurity, t.relforcerowsecurity,
                       (SELECT count(*) FROM pg_policy p WHERE p.polrelid = t.oid) AS policies
                  FROM pg_class t
                  JOIN pg_namespace n ON n.oid = t.relnamespace
                 WHERE n.nspname = ? AND t.relkind IN ('r', 'p')
                   AND EXISTS (SELECT 1 FROM pg_attribute a
                                WHERE a.attrelid = t.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped)
                """)) {
            s.setString(1, SchemaMigrator.SCHEMA);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    tenantTables.add(rs.getString(1));
                    if (!rs.getBoolean(2) || !rs.getBoolean(3) || rs.getLong(4) == 0) {
                        unprotected.add(rs.getString(1));
                    }
                }
            }
        }
        assertTrue(tenantTables.containsAll(List.of("student", "guardian", "school_class", "mentor_assignment")),
                "tenant tables found: " + tenantTables);
        assertEquals(List.of(), unprotected, "tables with tenant_id but without ENABLE + FORCE RLS and a policy");
    }

    /**
     * A policy that calls current_tenant_id() or current_county() bare pays two current_setting
     * calls and a cast on every row it filters (a bureau's read of a county's 650,000 students);
     * as a scalar sub-select it is evaluated once per statement (V57).
     */
    @Test
    void everyPolicyReadsTheTenantAndCountyOncePerStatement() throws Exception {
        List<String> perRow = new ArrayList<>();
        try (Connection c = TestDatabase.asOwner(); PreparedStatement s = c.prepareStatement("""
                SELECT tablename || '.' || policyname, coalesce(qual, '') || ' ' || coalesce(with_check, '')
                  FROM pg_policies WHERE schemaname = ?
                """)) {
            s.setString(1, SchemaMigrator.SCHEMA);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String outsideSubSelects = rs.getString(2)
                            .replaceAll("SELECT ([a-z_]+\\.)?current_(tenant_id|county)\\(\\)", "");
                    if (outsideSubSelects.matches("(?s).*current_(tenant_id|county)\\(\\).*")) {
                        perRow.add(rs.getString(1));
                    }
                }
            }
        }
        assertEquals(List.of(), perRow, "policies calling current_tenant_id()/current_county() per row, not (SELECT …)");
    }

    @Test
    void applicationRoleOwnsNothingAndCannotBypassRowLevelSecurity() throws Exception {
        try (Connection c = TestDatabase.asOwner()) {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT rolsuper, rolbypassrls, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = ?")) {
                s.setString(1, TestDatabase.appRole());
                try (ResultSet rs = s.executeQuery()) {
                    assertTrue(rs.next(), "application role exists");
                    assertFalse(rs.getBoolean("rolsuper"), "application role must not be SUPERUSER");
                    assertFalse(rs.getBoolean("rolbypassrls"), "application role must not have BYPASSRLS");
                    assertFalse(rs.getBoolean("rolcreaterole"), "application role must not create roles");
                    assertFalse(rs.getBoolean("rolcreatedb"), "application role must not create databases");
                }
            }
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                     WHERE pg_get_userbyid(c.relowner) = ?
                    UNION ALL
                    SELECT n.nspname FROM pg_namespace n WHERE pg_get_userbyid(n.nspowner) = ?
                    """)) {
                s.setString(1, TestDatabase.appRole());
                s.setString(2, TestDatabase.appRole());
                try (ResultSet rs = s.executeQuery()) {
                    assertFalse(rs.next(), "application role owns a table or schema");
                }
            }
        }
    }

    @Test
    void applicationRoleCannotChangeTheSchemaOrTheMigrationHistory() throws Exception {
        try (Connection c = TestDatabase.asApplication()) {
            assertSqlFails(c, "CREATE TABLE sneaky (id int)");
            assertSqlFails(c, "ALTER TABLE student DISABLE ROW LEVEL SECURITY");
            assertSqlFails(c, "DELETE FROM flyway_schema_history");
        }
    }

    @Test
    void theAccessLogIsAppendOnlyForTheApplication() throws Exception {
        try (Connection c = TestDatabase.asApplication()) {
            // Refused by privilege (V5 grants SELECT and INSERT only), before row-level security.
            assertSqlFails(c, "UPDATE access_log SET username = 'someone-else'");
            assertSqlFails(c, "DELETE FROM access_log");
            assertSqlFails(c, "TRUNCATE access_log");
        }
    }

    @Test
    void caseHistoryAndFormSignaturesAreAppendOnly_formRecordsAreNeverDeleted() throws Exception {
        try (Connection c = TestDatabase.asApplication()) {
            // V6: a signed stage is never unsigned, a recorded change never rewritten (issue 6 §1, §2).
            assertSqlFails(c, "UPDATE case_change SET reason = 'rewritten'");
            assertSqlFails(c, "DELETE FROM case_change");
            assertSqlFails(c, "UPDATE form_signature SET signed_by = signed_by");
            assertSqlFails(c, "DELETE FROM form_signature");
            assertSqlFails(c, "DELETE FROM form_record");
        }
    }

    static void assertSqlFails(Connection c, String sql) throws Exception {
        boolean autoCommit = c.getAutoCommit();
        try {
            c.createStatement().execute(sql);
            throw new AssertionError("should have been refused: " + sql);
        } catch (java.sql.SQLException expected) {
            if (!autoCommit) {
                c.rollback();
            }
        }
    }
}
