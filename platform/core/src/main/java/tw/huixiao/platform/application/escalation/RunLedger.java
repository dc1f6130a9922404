package tw.huixiao.platform.application.escalation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tw.huixiao.platform.application.escalation.EscalationRuns.RunReport;
import tw.huixiao.platform.application.work.WorkLeases;

/**
 * The daily runs' ledger: the schools done in a date's run ({@code escalation_run_school}, each
 * written in the school's own transaction under the run's lease), and the record of the dates run
 * ({@code escalation_run}), written with the lease's end. A date's run is exactly-once across
 * server nodes by its lease ({@link WorkLeases}): a server taking a run over skips the schools done.
 */
public interface RunLedger {

    /** Every school, by id. */
    List<Long> schoolIds();

    /** Whether the date was recorded as run to the end (before leases existed too). */
    boolean recorded(LocalDate date);

    /** The schools done in the date's current run. */
    Set<Long> schoolsDone(LocalDate date);

    /** A fresh run of the date (first, or an administrator's again): no school is done yet. */
    void startAfresh(LocalDate date);

    /**
     * In the school's transaction, after its writes: passes the lease's fence and records the
     * school done; throws {@link tw.huixiao.platform.application.work.LeaseLostException} (the
     * transaction rolls back) when the lease was lost, and refuses a school done twice.
     */
    void schoolDone(WorkLeases.Lease lease, long schoolId, SchoolEscalation.Outcome outcome);

    /**
     * Records the date as run — the totals of its schools done, whoever did them, and the
     * schools whose work failed in this part — and finishes the lease, in one transaction;
     * empty (nothing recorded) when the lease was lost. A fresh run of a date recorded before
     * counts once more and replaces the figures.
     */
    Optional<RunReport> record(WorkLeases.Lease lease, List<EscalationRuns.SchoolFailure> failed, long peakHeapBytes);

    /** The last {@code limit} runs, newest first. */
    List<RunReport> recent(int limit);

    /**
     * Schools whose work failed in the runs of the last {@code days} business dates up to
     * {@code until}, newest first; of one county when {@code county} is not null.
     */
    List<EscalationRuns.SchoolFailure> failures(LocalDate until, int days, String county);
}
