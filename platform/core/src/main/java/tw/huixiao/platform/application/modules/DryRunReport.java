package tw.huixiao.platform.application.modules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A dry-run's stored result (issue 21 §3, V64): which uploaded version was replayed beside which
 * active one, over which period, by whom, how far it has come, and the difference — totals and,
 * when read one by one, per school. Never cases or duties.
 *
 * @param state    RUNNING, DONE or FAILED
 * @param schools  per-school differences (empty in listings and while running)
 */
public record DryRunReport(long id, long moduleRowId, String county, String activeModule, String state,
                           LocalDate periodFrom, LocalDate periodTo, String startedByName, Instant startedAt,
                           Instant finishedAt, int schoolsTotal, int schoolsDone, DryRunDiff.Totals totals,
                           List<DryRunDiff.SchoolDiff> schools, String error) {

    public DryRunReport {
        schools = schools == null ? List.of() : List.copyOf(schools);
    }
}
