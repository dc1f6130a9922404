package tw.huixiao.platform.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 20 §1: the database layer of a county bureau's scope (V34), tested as the application role
 * with the bureau's binding ({@code app.county}): a Taoyuan bureau reads the Taoyuan schools' rows
 * and nothing of Yunlin's, by any query; it writes nothing, not even into its own county; without
 * the setting (a school's transaction) the county policies add nothing.
 */
class CountyScopeRowLevelSecurityTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static long taoyuanA;
    private static long taoyuanB;
    private static long yunlin;
    private static long yunlinStudent;

    @BeforeAll
    static void schoolsOfTwoCounties() throws SQLException {
        try (Connection c = TestDatabase.asApplication()) {
            taoyuanA = insertSchool(c, "TAOYUAN");
            taoyuanB = insertSchool(c, "TAOYUAN");
            yunlin = insertSchool(c, "YUNLIN");
            c.setAutoCommit(false);
            for (long school : new long[] {taoyuanA, taoyuanB, yunlin}) {
                set(c, "app.tenant_id", String.valueOf(school));
                long student = insertStudent(c, school);
                if (school == yunlin) {
                    yunlinStudent = student;
                }
                c.commit();
            }
        }
    }

    @Test
    void aBureauReadsItsCountysSchoolsAndNothingOfAnother() throws SQLException {
        String three = taoyuanA + "," + taoyuanB + "," + yunlin;
        try (Connection c = TestDatabase.asApplication()) {
            c.setAutoCommit(false);
            set(c, "app.county", "TAOYUAN");
            assertEquals(2, count(c, "SELECT count(*) FROM student WHERE tenant_id IN (" + three + ")"));
            assertEquals(0, count(c, "SELECT count(*) FROM student WHERE id = " + yunlinStudent));
            assertEquals(0, count(c, "SELECT count(*) FROM student WHERE tenant_id = " + yunlin));
            assertEquals(0, count(c, "SELECT count(*) FROM student s JOIN school k ON k.id = s.tenant_id "
                    + "WHERE k.county = 'YUNLIN'"), "no join reaches another county's rows");
            for (String table : new String[] {"student_case", "case_event", "case_task"}) {
                assertEquals(0, count(c, "SELECT count(*) FROM " + table + " t JOIN school k ON k.id = t.tenant_id "
                        + "WHERE k.county <> 'TAOYUAN'"), table);
            }
            assertEquals(0, count(c, "SELECT count(*) FROM guardian"), "tables outside the picture stay closed");
            c.commit();
            set(c, "app.county", "YUNLIN");
            assertEquals(1, count(c, "SELECT count(*) FROM student WHERE tenant_id IN (" + three + ")"));
            c.commit();
            assertEquals(0, count(c, "SELECT count(*) FROM student WHERE tenant_id IN (" + three + ")"),
                    "the binding ends with the transaction");
            c.commit();
        }
    }

    @Test
    void aBureauWritesNothingEvenInItsOwnCounty() throws SQLException {
        try (Connection c = TestDatabase.asApplication()) {
            c.setAutoCommit(false);
            set(c, "app.county", "TAOYUAN");
            SQLException insert = assertThrows(SQLException.class, () -> insertStudent(c, taoyuanA));
            assertTrue(insert.getMessage().contains("row-level security"), insert.getMessage());
            c.rollback();
            set(c, "app.county", "TAOYUAN");
            assertEquals(0, c.createStatement().executeUpdate("UPDATE student SET name = '竄○改' WHERE tenant_id = "
                    + taoyuanA));
            assertEquals(0, c.createStatement().executeUpdate("DELETE FROM student WHERE tenant_id = " + taoyuanA));
            c.rollback();
        }
    }

    @Test
    void aSchoolsTransactionSeesNoMoreThanItsSchool() throws SQLException {
        try (Connection c = TestDatabase.asApplication()) {
            c.setAutoCommit(false);
            set(c, "app.tenant_id", String.valueOf(taoyuanA));
            assertEquals(1, count(c, "SELECT count(*) FROM student WHERE tenant_id IN (" + taoyuanA + "," + taoyuanB
                    + ")"));
            c.commit();
        }
    }

    private static void set(Connection c, String setting, String value) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT set_config(?, ?, true)")) {
            s.setString(1, setting);
            s.setString(2, value);
            s.executeQuery().close();
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long insertSchool(Connection c, String county) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO school (moe_code, name, county, level, district, address)
                VALUES (?, '縣市範圍測試國民中學', ?, 'JUNIOR_HIGH', '測試區', '測試路 1 號') RETURNING id""")) {
            s.setString(1, String.format("96%04d", RANDOM.nextInt(10_000)));
            s.setString(2, county);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long insertStudent(Connection c, long school) throws SQLException {
        byte[] index = new byte[32];
        RANDOM.nextBytes(index);
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO student (tenant_id, national_id_cipher, national_id_index, name, gender, birth_date,
                                     grade, enrolment_status)
                VALUES (?, ?, ?, '測○生', 'M', DATE '2013-10-01', 7, 'ENROLLED') RETURNING id""")) {
            s.setLong(1, school);
            s.setBytes(2, index);
            s.setBytes(3, index);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
