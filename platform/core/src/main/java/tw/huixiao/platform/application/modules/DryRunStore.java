package tw.huixiao.platform.application.modules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Dry-run results (V64) and what a dry-run reads besides the engine's store; each method in the caller's transaction. */
public interface DryRunStore {

    /** A school of the county, by id and name. */
    record SchoolRef(long id, String name) {
    }

    /** Starts a run (RUNNING); refused by the database while another run of the module is running. */
    long start(long moduleRowId, String county, String activeModule, LocalDate from, LocalDate to, long by,
               String byName, Instant at, int schoolsTotal);

    /** Whether a run of the module is running now. */
    boolean running(long moduleRowId);

    void progress(long id, int schoolsDone);

    void finish(long id, DryRunDiff.Totals totals, List<DryRunDiff.SchoolDiff> schools, Instant at);

    void fail(long id, String error, Instant at);

    /** One run with its per-school difference. */
    Optional<DryRunReport> find(long id);

    /** A module's runs, newest first, without the per-school difference. */
    List<DryRunReport> list(long moduleRowId);

    /** The county's schools (platform registry), by id. */
    List<SchoolRef> schools(String county);

    /** Students' names as the school's data has them; in a transaction bound to the school. */
    Map<Long, String> studentNames(long schoolId, Collection<Long> ids);
}
