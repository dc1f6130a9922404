package tw.huixiao.platform.application.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A retention run as recorded (issue 22 §7): a dry-run or a purge, who ran it, when, why, as of which
 * day, which dry-run a purge followed, and per school (null: the platform) and record kind the cutoff
 * and the number of records — or why a school failed. Never a name or any content.
 */
public record RetentionRun(long id, String mode, String channel, LocalDate asOf, Long dryRunId, String username,
                           String reason, String state, Instant startedAt, Instant finishedAt, int schools, int failures,
                           List<Count> counts) {

    public RetentionRun {
        counts = counts == null ? List.of() : List.copyOf(counts);
    }

    /** One school's (or the platform's) count of one kind; kind FAILURE carries the failure. */
    public record Count(Long schoolId, String schoolName, String kind, LocalDate cutoff, int records, String failure) {
    }
}
