package tw.huixiao.platform.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tw.huixiao.platform.infrastructure.persistence.TestDatabase;

/**
 * OWASP ASVS 4.0.3 V2.2.1: guessing is slowed per client and per account; the owner is never
 * locked out. On PostgreSQL, shared by every server (issue 22 §2): two throttles on one database
 * (two servers) count the same failures. Time passes in the database (the failures' times moved
 * back), as the waits are judged by the database's clock.
 */
class LoginThrottleTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final LoginThrottle server1 = new LoginThrottle(TestDatabase.applicationDataSource());
    private final LoginThrottle server2 = new LoginThrottle(TestDatabase.applicationDataSource());
    /** Accounts and addresses of this test only (the database outlives it). */
    private final String run = Long.toHexString(RANDOM.nextLong());
    private final String account = "ty-principal-" + run;

    private String client(int n) {
        return "198.51." + run + "." + n;
    }

    @Test
    void aGuessingClientWaitsLongerWithEveryFailure() throws SQLException {
        for (int i = 0; i < LoginThrottle.FREE_PER_CLIENT_ACCOUNT; i++) {
            assertEquals(Optional.empty(), server1.waitBefore(client(9), account));
            server1.failed(client(9), account);
        }
        Optional<Duration> wait = server1.waitBefore(client(9), account);
        assertTrue(wait.isPresent() && wait.get().compareTo(Duration.ofSeconds(1)) <= 0, "about 1 s: " + wait);
        server1.failed(client(9), account);
        wait = server1.waitBefore(client(9), account);
        assertTrue(wait.isPresent() && wait.get().compareTo(Duration.ofMillis(1500)) > 0, "about 2 s: " + wait);
        passInDatabase(Duration.ofSeconds(3));
        assertEquals(Optional.empty(), server1.waitBefore(client(9), account), "waited enough");
    }

    @Test
    void failuresSpreadOverTwoServersCountAsOne() {
        for (int i = 0; i < LoginThrottle.FREE_PER_CLIENT_ACCOUNT; i++) {
            (i % 2 == 0 ? server1 : server2).failed(client(9), account);
        }
        assertTrue(server1.waitBefore(client(9), account).isPresent(), "server 1 counts server 2's failures");
        assertTrue(server2.waitBefore(client(9), account).isPresent(), "and server 2 server 1's");
        server2.succeeded(client(9), account);
        assertEquals(Optional.empty(), server1.waitBefore(client(9), account), "a success on one clears it on both");
    }

    @Test
    void theOwnerOnAKnownDeviceIsNeverSlowedBySomeoneElsesGuessing() {
        server1.succeeded(client(1), account);
        for (int c = 10; c < 20; c++) {
            for (int i = 0; i < LoginThrottle.FREE_PER_CLIENT_ACCOUNT; i++) {
                (c % 2 == 0 ? server1 : server2).failed(client(c), account);
            }
        }
        assertEquals(Optional.empty(), server2.waitBefore(client(1), account), "known device");
        Optional<Duration> newDevice = server2.waitBefore(client(7), account);
        assertTrue(newDevice.isPresent(), "a device new to the account waits");
        assertTrue(newDevice.get().compareTo(LoginThrottle.LONGEST_ACCOUNT_WAIT) <= 0, "at most a minute: " + newDevice);
        assertEquals(Optional.empty(), server2.waitBefore(client(7), "ty-registrar-" + run), "other accounts unaffected");
    }

    @Test
    void anAccountKnowsItsTwentyNewestClients() {
        for (int c = 100; c < 121; c++) {
            (c % 2 == 0 ? server1 : server2).succeeded(client(c), account);
        }
        for (int i = 0; i < LoginThrottle.FREE_PER_ACCOUNT; i++) {
            server1.failed(client(50 + i), account);
        }
        assertTrue(server2.waitBefore(client(100), account).isPresent(), "the oldest of 21 is forgotten");
        assertEquals(Optional.empty(), server2.waitBefore(client(101), account), "the newest 20 are known");
        assertEquals(Optional.empty(), server2.waitBefore(client(120), account));
    }

    @Test
    void sprayingOneWrongPasswordOverManyAccountsSlowsThatClient() {
        for (int i = 0; i < LoginThrottle.FREE_PER_CLIENT; i++) {
            server1.failed(client(1), "user-" + run + "-" + i);
        }
        assertTrue(server2.waitBefore(client(1), "someone-else-" + run).isPresent());
        assertEquals(Optional.empty(), server2.waitBefore(client(2), "someone-else-" + run));
    }

    @Test
    void failuresAreForgottenAfterAnHourAndTheirRowsDeleted() throws SQLException {
        for (int i = 0; i < 12; i++) {
            server1.failed(client(9), account);
        }
        assertTrue(server1.waitBefore(client(9), account).isPresent());
        assertEquals(3, rows(), "one counter row per key: client+account, client, account");
        passInDatabase(Duration.ofMinutes(61));
        assertEquals(Optional.empty(), server1.waitBefore(client(9), account));
        assertTrue(server2.forgetOld() >= 3);
        assertEquals(0, rows(), "old rows are deleted: the table does not grow without bound");
        server1.failed(client(9), account);
        assertEquals(Optional.empty(), server1.waitBefore(client(9), account), "counting starts again");
    }

    @Test
    void waitsDoubleToTheirCaps() {
        assertEquals(Duration.ZERO, LoginThrottle.remaining(4, 0, 5, Duration.ofMinutes(15)));
        assertEquals(Duration.ofSeconds(1), LoginThrottle.remaining(5, 0, 5, Duration.ofMinutes(15)));
        assertEquals(Duration.ofMillis(1500), LoginThrottle.remaining(6, 0.5, 5, Duration.ofMinutes(15)));
        assertEquals(Duration.ofMinutes(15), LoginThrottle.remaining(40, 0, 5, Duration.ofMinutes(15)));
        assertEquals(Duration.ofSeconds(60), LoginThrottle.remaining(40, 0, 10, Duration.ofSeconds(60)));
        assertEquals(Duration.ZERO, LoginThrottle.remaining(40, 3601, 10, Duration.ofSeconds(60)));
    }

    /** The database's clock moves on: this test's failures are dated that much earlier. */
    private void passInDatabase(Duration d) throws SQLException {
        try (Connection owner = TestDatabase.asOwner(); PreparedStatement s = owner.prepareStatement(
                "UPDATE login_failure SET last_at = last_at - make_interval(secs => ?) WHERE key_hash IN (?, ?, ?)")) {
            s.setLong(1, d.toSeconds());
            s.setBytes(2, LoginThrottle.hash(client(9) + "\n" + account));
            s.setBytes(3, LoginThrottle.hash(client(9)));
            s.setBytes(4, LoginThrottle.hash(account));
            s.executeUpdate();
        }
    }

    private int rows() throws SQLException {
        try (Connection owner = TestDatabase.asOwner(); PreparedStatement s = owner.prepareStatement(
                "SELECT count(*) FROM login_failure WHERE key_hash IN (?, ?, ?)")) {
            s.setBytes(1, LoginThrottle.hash(client(9) + "\n" + account));
            s.setBytes(2, LoginThrottle.hash(client(9)));
            s.setBytes(3, LoginThrottle.hash(account));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
