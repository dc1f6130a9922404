package tw.huixiao.platform.infrastructure.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import tw.huixiao.platform.infrastructure.persistence.TestDatabase;

/**
 * Issue 18 §7's unusual-reading window, shared by every server (issue 22 §2): reads counted
 * through two connections (two servers) add up in one row per account; the window restarts in
 * place when its hour is over by the database's clock (moved here by dating the window back);
 * rows two hours old are deleted.
 */
class JdbcReadingCounterTest {

    private final long user = 900_000_000L + new SecureRandom().nextInt(100_000_000);

    @Test
    void readsOnTwoServersAddUpInOneWindowThatRestartsAfterAnHour() throws SQLException {
        try (Connection server1 = TestDatabase.asApplication(); Connection server2 = TestDatabase.asApplication()) {
            assertEquals(120, JdbcReadingCounter.add(server1, user, 120));
            assertEquals(220, JdbcReadingCounter.add(server2, user, 100));
            assertEquals(221, JdbcReadingCounter.add(server1, user, 1));
            assertEquals(1, count("SELECT count(*) FROM reading_window WHERE user_id = " + user), "one row per account");

            moveWindowBack("61 minutes");
            assertEquals(5, JdbcReadingCounter.add(server2, user, 5), "a new window, in the same row");
            assertEquals(1, count("SELECT count(*) FROM reading_window WHERE user_id = " + user));

            moveWindowBack("3 hours");
            assertTrue(JdbcReadingCounter.forgetOld(server1) >= 1);
            assertEquals(0, count("SELECT count(*) FROM reading_window WHERE user_id = " + user), "old rows deleted");
        }
    }

    private void moveWindowBack(String interval) throws SQLException {
        try (Connection owner = TestDatabase.asOwner()) {
            owner.createStatement().execute("UPDATE reading_window SET window_start = window_start - interval '"
                    + interval + "' WHERE user_id = " + user);
        }
    }

    private static int count(String sql) throws SQLException {
        try (Connection owner = TestDatabase.asOwner(); ResultSet rs = owner.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
