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
 * The database layer of tenant isolation, tested on its own (no EclipseLink): connected as
 * the application role, each school sees and writes only its own rows, and a connection
 * without a school context sees nothing at all.
 */
class RowLevelSecurityTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static long schoolA;
    private static long schoolB;
    private static long studentA;
    private static long studentB;
    private static long classB;

    @BeforeAll
    static void twoSchoolsWithOneStudentEach() throws SQLException {
        try (Connection c = TestDatabase.asApplication()) {
            schoolA = insertSchool(c);
            schoolB = insertSchool(c);
            c.setAutoCommit(false);
            inTenant(c, schoolA);
            long classA = insertClass(c, schoolA);
            studentA = insertStudent(c, schoolA, classA);
            c.commit();
            inTenant(c, schoolB);
            classB = insertClass(c, schoolB);
            studentB = insertStudent(c, schoolB, classB);
            c.commit();
        }
    }

    @Test
    void eachSchoolSeesOnlyItsOwnStudents() throws SQLException {
        try (Connection c = TestDatabase.asApplication()) {
            c.setAutoCommit(false);
            inTenant(c, schoolA);
            assertEquals(1, count(c, "SELECT count(*) FROM student WHERE tenant_id IN (" + schoolA + "," + schoolB + ")"));
            assertEquals(0, count(c, "SELECT count(*) FROM student WHERE id = " + studentB));
            assertEquals(0, count(c, "SELECT count(*) FROM school_class WHERE id = " + classB));
            c.commit();
            inTenant(c, schoolB);
            assertEquals(1, count(c, "SELECT count(*) FROM student WHERE id = " + studentB));
            assertEquals(0, count(c, "SELECT count(*) FROM student WHERE id = " + studentA));
            c.commit();
        }
    }

    @Test
    void withoutASchoolContextNothingIsVisible() throws SQLException {
        try (Connection c = TestDatabase.asApplication()) {
            assertEquals(0, count(c, "SELECT count(*) FROM student"));
            assertEquals(0, count(c, "SELECT count(*) FROM guardian"));
            assertEquals(0, count(c, "SELECT count(*) FROM school_class"));
        }
    }

    @Test
    void theContextEndsWithTheTransaction() throws SQLException {
        try (Connection c = TestDatabase.asApplication()) {
            c.setAutoCommit(false);
            inTenant(c, schoolA);
            assertEquals(1, count(c, "SELECT count(*) FROM student WHERE id = " + studentA));
            c.commit();
            assertEquals(0, count(c, "SELECT count(*) FROM student WHERE id = " + studentA),
                    "a pooled connection must not carry the school to the next transaction");
            c.commit();
        }
    }

    @Test
    void writesIntoAnotherSchoolAreRefused() throws SQLException {
        try (Connection c = TestDatabase.asApplication()) {
            c.setAutoCommit(false);
            inTenant(c, schoolA);
            SQLException insert = assertThrows(SQLException.class, () -> insertStudent(c, schoolB, null));
            assertTrue(insert.getMessage().contains("row-level security"), insert.getMessage());
            c.rollback();

            inTenant(c, schoolA);
            assertThrows(SQLException.class,
                    () -> c.createStatement().executeUpdate("UPDATE student SET tenant_id = " + schoolB
                            + " WHERE id = " + studentA));
            c.rollback();

            inTenant(c, schoolA);
            assertEquals(0, c.createStatement().executeUpdate("UPDATE student SET name = '竄○改' WHERE id = " + studentB));
            assertEquals(0, c.createStatement().executeUpdate("DELETE FROM student WHERE id = " + studentB));
            c.rollback();
        }
    }

    @Test
    void aStudentCannotBePlacedInAnotherSchoolsClass() throws SQLException {
        try (Connection c = TestDatabase.asApplication()) {
            c.setAutoCommit(false);
            inTenant(c, schoolA);
            SQLException e = assertThrows(SQLException.class, () -> insertStudent(c, schoolA, classB));
            assertEquals("23503", e.getSQLState(), "foreign-key violation expected: " + e.getMessage());
            c.rollback();
        }
    }

    private static void inTenant(Connection c, long school) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
            s.setString(1, String.valueOf(school));
            s.executeQuery().close();
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long insertSchool(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO school (moe_code, name, county, level, district, address)
                VALUES (?, '測試國民中學', 'TAOYUAN', 'JUNIOR_HIGH', '測試區', '測試路 1 號') RETURNING id""")) {
            s.setString(1, String.format("97%04d", RANDOM.nextInt(10_000)));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long insertClass(Connection c, long school) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO school_class (tenant_id, school_year, grade, name) VALUES (?, 115, 7, '701') RETURNING id")) {
            s.setLong(1, school);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long insertStudent(Connection c, long school, Long classId) throws SQLException {
        byte[] index = new byte[32];
        RANDOM.nextBytes(index);
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO student (tenant_id, national_id_cipher, national_id_index, name, gender, birth_date,
                                     grade, class_id, enrolment_status)
                VALUES (?, ?, ?, '測○生', 'F', DATE '2013-10-01', 7, ?, 'ENROLLED') RETURNING id""")) {
            s.setLong(1, school);
            s.setBytes(2, index);
            s.setBytes(3, index);
            if (classId == null) {
                s.setNull(4, java.sql.Types.BIGINT);
            } else {
                s.setLong(4, classId);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
