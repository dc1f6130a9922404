package tw.huixiao.platform.application.escalation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import tw.huixiao.platform.application.escalation.EscalationRuns.RunReport;

/**
 * The daily runs' ledger: the lock that makes a business date's run exactly-once across server
 * nodes, and the record of the dates run ({@code escalation_run}). Implemented in infrastructure
 * with a PostgreSQL session advisory lock on the owner data source.
 */
public interface RunLedger {

    /** A date's lock, held until closed; the run reads the schools and records itself through it. */
    interface Hold extends AutoCloseable {

        /** Whether the date was already run to the end (a scheduled run then skips it). */
        boolean done();

        /** Every school, by id. */
        List<Long> schoolIds();

        /**
         * Records the date as run (a re-run counts once more and replaces the figures) with the
         * schools whose work failed (a re-run replaces them too).
         */
        void record(RunReport report);

        /** Releases the date's lock. */
        @Override
        void close();
    }

    /**
     * The date's lock: waits for it when {@code wait}, else empty when another node holds it.
     */
    Optional<Hold> hold(LocalDate date, boolean wait);

    /** The last {@code limit} runs, newest first. */
    List<RunReport> recent(int limit);

    /**
     * Schools whose work failed in the runs of the last {@code days} business dates up to
     * {@code until}, newest first; of one county when {@code county} is not null.
     */
    List<EscalationRuns.SchoolFailure> failures(LocalDate until, int days, String county);
}
