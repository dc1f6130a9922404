package tw.huixiao.platform.application.modules;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import tw.huixiao.platform.application.AccessDeniedException;
import tw.huixiao.platform.application.Caller;
import tw.huixiao.platform.application.CallerProvider;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.RecordNotFoundException;
import tw.huixiao.platform.application.StateConflictException;
import tw.huixiao.platform.application.escalation.DryRunReplay;
import tw.huixiao.platform.application.policy.Policies;
import tw.huixiao.platform.domain.calendar.TaiwanTime;
import tw.huixiao.platform.domain.identity.Role;
import tw.huixiao.platform.domain.modules.ModuleState;
import tw.huixiao.platform.domain.modules.StoredModule;
import tw.huixiao.policy.spi.CountyCode;
import tw.huixiao.policy.spi.CountyPolicy;

/**
 * Dry-run (issue 21 §3): a bureau replays its own county's attendance of a period (default: the
 * current semester to yesterday) under an uploaded version of its module (VERIFIED or APPROVED)
 * beside the version that serves the county now, school by school, in memory
 * ({@link DryRunReplay}), and sees the difference ({@link DryRunDiff}). It runs in the background
 * (a managed executor) with its progress on its row; only the result is stored (V64), never
 * cases or duties. A platform administrator reads the runs (approval shows them).
 */
@ApplicationScoped
public class DryRunService {

    private static final Logger LOG = Logger.getLogger(DryRunService.class.getName());
    /** The longest period replayed: a school year. */
    public static final int MAX_DAYS = 366;
    private static final int LOOKBACK_DAYS = 200;

    @Inject
    CallerProvider callers;

    @Inject
    ModuleService modules;

    @Inject
    Policies policies;

    @Inject
    DryRunWorker worker;

    @Inject
    DryRunStore store;

    @Inject
    Clock clock;

    @Resource
    ManagedExecutorService executor;

    /** The bureau starts a dry-run of an uploaded version of its county's module; answers at once (RUNNING). */
    public DryRunReport start(long moduleRowId, LocalDate from, LocalDate to) {
        Caller caller = callers.get();
        if (!caller.has(Role.BUREAU_OFFICER) || caller.bureauCounty() == null) {
            throw new AccessDeniedException("試運行僅供本縣市教育局（處）承辦人啟動 (a county bureau officer starts a dry-run)");
        }
        String county = caller.bureauCounty().value();
        StoredModule module = modules.get(moduleRowId);
        if (!module.counties().contains(county)) {
            throw new RecordNotFoundException("module", moduleRowId);
        }
        if (module.state() != ModuleState.VERIFIED && module.state() != ModuleState.APPROVED) {
            throw new StateConflictException("只有已驗證或已核准、尚未啟用的模組可以試運行；目前為 " + module.state()
                    + " (only a VERIFIED or APPROVED module is dry-run; it is " + module.state() + ")");
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), TaiwanTime.TAIPEI);
        LocalDate end = to == null ? today.minusDays(1) : to;
        LocalDate begin = from == null ? semesterStart(end) : from;
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        if (!end.isBefore(today)) {
            errors.add(new InvalidInputException.FieldError("to", "試運行只重播已發生的出缺席，迄日須早於今天 " + today
                    + " (the period ends before today)"));
        }
        if (begin.isAfter(end)) {
            errors.add(new InvalidInputException.FieldError("from", "起日晚於迄日 (from is after to)"));
        } else if (ChronoUnit.DAYS.between(begin, end) >= MAX_DAYS) {
            errors.add(new InvalidInputException.FieldError("from", "期間最長 " + MAX_DAYS + " 天 (at most "
                    + MAX_DAYS + " days)"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        CountyPolicy candidate = policies.stored(moduleRowId).orElseThrow(() -> new StateConflictException(
                "模組無法載入，不能試運行 (the uploaded module does not load)"));
        CountyPolicy active = policies.forCounty(CountyCode.of(county)).orElseThrow(() -> new StateConflictException(
                county + " 目前沒有啟用中的規範模組可比較 (no active module serves the county to compare with)"));
        List<DryRunStore.SchoolRef> schools = worker.schools(county);
        String activeName = active.identity().id() + " " + active.identity().version();
        long id = worker.start(moduleRowId, county, activeName, begin, end, caller.userId(), caller.displayName(),
                clock.instant(), schools.size());
        if (id < 0) {
            throw new StateConflictException("此模組的試運行進行中，請等它完成 (a dry-run of this module is running)");
        }
        executor.execute(() -> run(id, county, schools, active, candidate, begin, end));
        return store(id);
    }

    /** The runs of a module, newest first (a bureau: of its county; a platform administrator: any). */
    public List<DryRunReport> list(long moduleRowId) {
        modules.get(moduleRowId);
        return worker.list(moduleRowId);
    }

    /** One run with its per-school difference. */
    public DryRunReport get(long moduleRowId, long runId) {
        modules.get(moduleRowId);
        DryRunReport report = store(runId);
        if (report.moduleRowId() != moduleRowId) {
            throw new RecordNotFoundException("dry-run", runId);
        }
        return report;
    }

    private DryRunReport store(long runId) {
        return worker.find(runId).orElseThrow(() -> new RecordNotFoundException("dry-run", runId));
    }

    /**
     * The whole run: every school of the county, both versions, the difference; progress as it goes.
     * Schools are replayed in lanes, one per processor (each school's read is its own short
     * transaction and its replay is in memory, so the lanes share nothing); the result is in the
     * county's school order whatever lane finished first.
     */
    void run(long id, String county, List<DryRunStore.SchoolRef> schools, CountyPolicy active, CountyPolicy candidate,
             LocalDate from, LocalDate to) {
        try {
            long begin = System.nanoTime();
            int lanes = Math.max(1, Math.min(schools.size(), Runtime.getRuntime().availableProcessors()));
            AtomicInteger done = new AtomicInteger();
            DryRunDiff.SchoolDiff[] results = new DryRunDiff.SchoolDiff[schools.size()];
            List<Future<?>> running = new ArrayList<>();
            for (int lane = 0; lane < lanes; lane++) {
                int first = lane;
                running.add(executor.submit(() -> {
                    for (int i = first; i < schools.size(); i += lanes) {
                        DryRunStore.SchoolRef school = schools.get(i);
                        DryRunWorker.SchoolRead read = worker.read(school.id(), county, from.minusDays(LOOKBACK_DAYS), to);
                        results[i] = compare(school, read, active, candidate, from, to);
                        done.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> lane : running) {
                while (!awaitLane(lane)) {
                    worker.progress(id, done.get());
                }
            }
            List<DryRunDiff.SchoolDiff> diffs = new ArrayList<>();
            DryRunDiff.Totals totals = DryRunDiff.Totals.NONE;
            for (DryRunDiff.SchoolDiff diff : results) {
                totals = totals.plus(diff.totals());
                if (diff.totals().differs()) {
                    diffs.add(diff);
                }
            }
            worker.finish(id, totals, diffs, clock.instant());
            long millis = (System.nanoTime() - begin) / 1_000_000;
            int count = schools.size();
            LOG.info(() -> "dry-run " + id + " of " + county + ": " + count + " schools in " + millis + " ms, "
                    + lanes + " lanes");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "dry-run " + id + " failed", e);
            worker.fail(id, "試運行失敗 (the dry-run failed): " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()), clock.instant());
        }
    }

    /** Waits up to a second for a lane; true when it has finished (its failure thrown as the run's). */
    private static boolean awaitLane(Future<?> lane) {
        try {
            lane.get(1, TimeUnit.SECONDS);
            return true;
        } catch (TimeoutException stillRunning) {
            return false;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the dry-run was interrupted", e);
        }
    }

    /** One school: both versions over the same history, and their difference. */
    static DryRunDiff.SchoolDiff compare(DryRunStore.SchoolRef school, DryRunWorker.SchoolRead read,
                                         CountyPolicy active, CountyPolicy candidate, LocalDate from, LocalDate to) {
        DryRunReplay.Outcome was = DryRunReplay.replay(read.history(), active, from, to);
        DryRunReplay.Outcome would = DryRunReplay.replay(read.history(), candidate, from, to);
        Map<Long, String> names = read.names();
        return DryRunDiff.diff(school.id(), school.name(), was, would, names);
    }

    /** The first day of the semester a day is in: 1 August or 1 February (the usual semester starts). */
    static LocalDate semesterStart(LocalDate day) {
        return day.getMonthValue() >= 8 ? day.withMonth(8).withDayOfMonth(1)
                : day.getMonthValue() >= 2 ? day.withMonth(2).withDayOfMonth(1)
                : day.minusYears(1).withMonth(8).withDayOfMonth(1);
    }
}
