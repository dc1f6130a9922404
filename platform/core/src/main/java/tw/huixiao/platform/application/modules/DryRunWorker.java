package tw.huixiao.platform.application.modules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import tw.huixiao.platform.application.calendar.CalendarService;
import tw.huixiao.platform.application.escalation.DryRunReplay;
import tw.huixiao.platform.application.escalation.EscalationStore;
import tw.huixiao.platform.application.tenancy.Tenancy;

/**
 * A dry-run's transactions, each short and of its own: the run's row (platform), and one read-only
 * read per school bound to that school (the engine's own reads: unexcused days, taken rolls, the
 * students' facts), so row-level security applies as to the engine. Nothing here writes case data.
 */
@ApplicationScoped
public class DryRunWorker {

    /** One school's history and its students' names. */
    public record SchoolRead(DryRunReplay.History history, Map<Long, String> names) {
    }

    @Inject
    Tenancy tenancy;

    @Inject
    EscalationStore escalation;

    @Inject
    CalendarService calendars;

    @Inject
    DryRunStore store;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long start(long moduleRowId, String county, String activeModule, LocalDate from, LocalDate to, long by,
                      String byName, Instant at, int schools) {
        if (store.running(moduleRowId)) {
            return -1;
        }
        return store.start(moduleRowId, county, activeModule, from, to, by, byName, at, schools);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<DryRunStore.SchoolRef> schools(String county) {
        return store.schools(county);
    }

    /** The school's attendance from {@code since} to {@code to}, in a transaction bound to the school. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public SchoolRead read(long schoolId, String county, LocalDate since, LocalDate to) {
        tenancy.bind(schoolId);
        var calendar = calendars.schoolCalendar(schoolId, county);
        Map<Long, NavigableSet<LocalDate>> unexcused = escalation.unexcused(schoolId, since, to);
        Set<Long> ids = new HashSet<>(unexcused.keySet());
        Map<Long, EscalationStore.StudentFacts> students = escalation.students(schoolId, ids);
        return new SchoolRead(new DryRunReplay.History(schoolId, calendar, unexcused,
                escalation.rolls(schoolId, since, to), students), store.studentNames(schoolId, ids));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void progress(long id, int done) {
        store.progress(id, done);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void finish(long id, DryRunDiff.Totals totals, List<DryRunDiff.SchoolDiff> schools, Instant at) {
        store.finish(id, totals, schools, at);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void fail(long id, String error, Instant at) {
        store.fail(id, error, at);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public java.util.Optional<DryRunReport> find(long id) {
        return store.find(id);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<DryRunReport> list(long moduleRowId) {
        return store.list(moduleRowId);
    }
}
