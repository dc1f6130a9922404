package tw.huixiao.platform.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** OWASP ASVS 4.0.3 V2.2.1: guessing is slowed per client and per account; the owner is never locked out. */
class LoginThrottleTest {

    private final LoginThrottle throttle = new LoginThrottle();
    private final Instant t0 = Instant.parse("2026-12-07T01:00:00Z");

    @Test
    void aGuessingClientWaitsLongerWithEveryFailure() {
        for (int i = 0; i < LoginThrottle.FREE_PER_CLIENT_ACCOUNT; i++) {
            assertEquals(Optional.empty(), throttle.waitBefore("10.0.0.9", "ty-principal", t0));
            throttle.failed("10.0.0.9", "ty-principal", t0);
        }
        assertEquals(Optional.of(Duration.ofSeconds(1)), throttle.waitBefore("10.0.0.9", "ty-principal", t0));
        throttle.failed("10.0.0.9", "ty-principal", t0.plusSeconds(1));
        assertEquals(Optional.of(Duration.ofSeconds(2)), throttle.waitBefore("10.0.0.9", "ty-principal", t0.plusSeconds(1)));
        assertEquals(Optional.empty(), throttle.waitBefore("10.0.0.9", "ty-principal", t0.plusSeconds(3)), "waited enough");
    }

    @Test
    void theOwnerOnAKnownDeviceIsNeverSlowedBySomeoneElsesGuessing() {
        throttle.succeeded("192.0.2.1", "ty-principal");
        for (int client = 0; client < 10; client++) {
            for (int i = 0; i < LoginThrottle.FREE_PER_CLIENT_ACCOUNT; i++) {
                throttle.failed("198.51.100." + client, "ty-principal", t0);
            }
        }
        assertEquals(Optional.empty(), throttle.waitBefore("192.0.2.1", "ty-principal", t0), "known device");
        Optional<Duration> newDevice = throttle.waitBefore("203.0.113.7", "ty-principal", t0);
        assertTrue(newDevice.isPresent(), "a device new to the account waits");
        assertTrue(newDevice.get().compareTo(LoginThrottle.LONGEST_ACCOUNT_WAIT) <= 0, "at most a minute: " + newDevice);
        assertEquals(Optional.empty(), throttle.waitBefore("203.0.113.7", "ty-registrar", t0), "other accounts unaffected");
    }

    @Test
    void sprayingOneWrongPasswordOverManyAccountsSlowsThatClient() {
        for (int i = 0; i < LoginThrottle.FREE_PER_CLIENT; i++) {
            throttle.failed("198.51.100.1", "user-" + i, t0);
        }
        assertTrue(throttle.waitBefore("198.51.100.1", "someone-else", t0).isPresent());
        assertEquals(Optional.empty(), throttle.waitBefore("198.51.100.2", "someone-else", t0));
    }

    @Test
    void failuresAreForgottenAfterAnHour() {
        for (int i = 0; i < 12; i++) {
            throttle.failed("10.0.0.9", "ty-principal", t0);
        }
        assertEquals(Optional.empty(), throttle.waitBefore("10.0.0.9", "ty-principal", t0.plus(Duration.ofMinutes(61))));
    }
}
