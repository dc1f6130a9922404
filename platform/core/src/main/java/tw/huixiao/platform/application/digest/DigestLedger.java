package tw.huixiao.platform.application.digest;

import java.time.Instant;
import java.time.LocalDate;

/** Which digests went out (table mail_digest, one row per person per day). */
public interface DigestLedger {

    /**
     * Records the person's digest of the day in the current transaction; false if one is already
     * recorded (or being sent by another transaction, which this waits for).
     */
    boolean claim(long schoolId, long userId, LocalDate date, Instant at, String node, int duties, int schoolOverdue);
}
