package tw.huixiao.platform.application.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where retention runs count and purge (issue 22 §7). Implemented in infrastructure on the schema
 * owner's data source: the audited tables are append-only for the application role, and only the
 * owner deletes. Every school's work is one transaction bound to that school (row-level security
 * applies to the owner too: the tables FORCE it), its deletions and its counts together, so a
 * failure leaves the school as it was.
 */
public interface RetentionStore {

    /** A school, as the purge reports it. */
    record SchoolRef(long id, String name, String county) {
    }

    /** What one school or the platform had past its time: records per kind, or why the school failed. */
    record Counted(Map<RecordKind, Integer> records, String failure) {
        public Counted {
            records = Map.copyOf(records);
        }
    }

    /** The exclusive right to run, across servers (a session advisory lock); empty when another holds it. */
    interface Session extends AutoCloseable {

        List<SchoolRef> schools();

        long start(String mode, String channel, LocalDate asOf, Long dryRunId, Long userId, String username,
                   String reason, Instant at);

        /** Counts (purge false: then rolls back) or purges one school, recording its counts with the run's. */
        Counted school(long runId, SchoolRef school, RetentionRules.Cutoffs cutoffs, boolean purge, Instant at);

        /** The same for the platform's records. */
        Counted platform(long runId, RetentionRules.Cutoffs cutoffs, boolean purge);

        void finish(long runId, String state, int schools, int failures, Instant at);

        @Override
        void close();
    }

    Optional<Session> open();

    List<RetentionRun> recent(int limit);

    Optional<RetentionRun> run(long id);
}
