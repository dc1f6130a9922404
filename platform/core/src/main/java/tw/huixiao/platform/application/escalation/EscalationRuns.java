package tw.huixiao.platform.application.escalation;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.CronTrigger;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tw.huixiao.platform.application.AccessDeniedException;
import tw.huixiao.platform.application.Caller;
import tw.huixiao.platform.application.CallerProvider;
import tw.huixiao.platform.application.policy.ModuleCallFailedException;
import tw.huixiao.platform.application.policy.ModuleCalls;
import tw.huixiao.platform.application.StateConflictException;
import tw.huixiao.platform.application.lifecycle.ServiceLifecycle;
import tw.huixiao.platform.application.lifecycle.ServiceStoppingException;
import tw.huixiao.platform.domain.identity.Role;
import tw.huixiao.platform.domain.calendar.TaiwanTime;

/**
 * The daily escalation run: every school, one business date, exactly once across server nodes.
 * A node holds a PostgreSQL session advisory lock for the date while it runs and records the
 * date in escalation_run when done; a scheduled run skips a date that is locked or done. An
 * administrator's run of a date waits for the lock and runs again — which adds nothing, as
 * every write of the engine is keyed. Schools are processed in parallel, each in its own
 * transaction, so one school's failure is logged and retried next run without stopping others.
 */
@ApplicationScoped
public class EscalationRuns {

    private static final Logger LOG = Logger.getLogger(EscalationRuns.class.getName());

    /** What a run did. {@code skipped} runs found the date locked by another node or done. */
    public record RunReport(LocalDate businessDate, boolean skipped, int schools, int casesOpened, int tasksCreated,
                            int failures, long millis, long peakHeapBytes, String node, List<SchoolFailure> failed) {
        public RunReport {
            failed = List.copyOf(failed);
        }
    }

    /**
     * A school whose work failed in a run, and why: the module whose code threw or ran past its
     * time budget ({@code kind} THREW, TIMED_OUT, OVERLOADED; see {@link ModuleCalls}), or ERROR
     * for anything else (module fields empty). The school's work is rolled back whole and done by
     * the next run.
     */
    public record SchoolFailure(LocalDate businessDate, long schoolId, String schoolName, String county,
                                String moduleId, String moduleVersion, String method, String kind, String message) {

        static SchoolFailure of(LocalDate date, long schoolId, RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof ModuleCallFailedException m) {
                    return new SchoolFailure(date, schoolId, null, null, m.moduleId(), m.moduleVersion(), m.method(),
                            m.kind().name(), m.getMessage());
                }
            }
            return new SchoolFailure(date, schoolId, null, null, null, null, null, "ERROR",
                    "推進作業發生錯誤 (the school's run failed): " + e.getClass().getSimpleName());
        }
    }

    /** How many business dates back the failures are listed. */
    private static final int FAILURE_DAYS = 31;

    @Inject
    RunLedger ledger;

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    SchoolEscalation perSchool;

    @Inject
    CallerProvider callers;

    @Inject
    Clock clock;

    @Inject
    ServiceLifecycle lifecycle;

    @Inject
    @ConfigProperty(name = "huixiao.escalation.schedule.enabled", defaultValue = "true")
    boolean scheduleEnabled;

    /** When the run starts, Taiwan time (Quartz-style cron: second minute hour day month weekday). */
    @Inject
    @ConfigProperty(name = "huixiao.escalation.cron", defaultValue = "0 0 7 * * MON-SAT")
    String cron;

    /**
     * Schools worked on at once. A school's run is a dozen short round trips to PostgreSQL, so
     * the threads mostly wait: four keep a 2-core server busy (deploy/bench: 2 → 4 threads took
     * a fifth off the daily run).
     */
    @Inject
    @ConfigProperty(name = "huixiao.escalation.threads", defaultValue = "4")
    int threads;

    void schedule(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (scheduleEnabled) {
            scheduler.schedule(() -> run(LocalDate.now(clock), true), new CronTrigger(cron, TaiwanTime.TAIPEI));
            LOG.info(() -> "daily escalation run scheduled: " + cron + " Asia/Taipei");
        }
    }

    /** A platform administrator's run of a business date. */
    public RunReport runAsAdministrator(LocalDate date) {
        if (!callers.get().has(Role.PLATFORM_ADMIN)) {
            throw new AccessDeniedException("每日推進作業僅限平台管理者執行 (platform administrators only)");
        }
        return run(date, false);
    }

    /** The run of one school after its attendance changed (imports detect at once). */
    public SchoolEscalation.Outcome runSchool(long schoolId) {
        return perSchool.run(schoolId, LocalDate.ofInstant(clock.instant(), TaiwanTime.TAIPEI), true);
    }

    /**
     * The run of a date. A server that is stopping (issue 22 §4) does not begin a run (a scheduled
     * one is skipped, an administrator's is refused with 503); one that begins to stop during a
     * run finishes the schools it has started, takes no more, and hands the date back: the lock
     * is released and the date is not recorded as run, so another server's or the next run does
     * the schools left, and none twice (each school's work is its own transaction and keyed).
     */
    RunReport run(LocalDate date, boolean scheduled) {
        String node = node();
        Optional<ServiceLifecycle.Work> work = lifecycle.begin("daily escalation run " + date);
        if (work.isEmpty()) {
            if (scheduled) {
                return new RunReport(date, true, 0, 0, 0, 0, 0, 0, node, List.of());
            }
            throw new ServiceStoppingException("每日推進作業 (the daily run of " + date + ")");
        }
        try (ServiceLifecycle.Work inFlight = work.get()) {
            return runHeld(date, scheduled, node);
        }
    }

    private RunReport runHeld(LocalDate date, boolean scheduled, String node) {
        Optional<RunLedger.Hold> held = ledger.hold(date, !scheduled);
        if (held.isEmpty()) {
            return new RunReport(date, true, 0, 0, 0, 0, 0, 0, node, List.of());
        }
        try (RunLedger.Hold hold = held.get()) {
            if (scheduled && hold.done()) {
                return new RunReport(date, true, 0, 0, 0, 0, 0, 0, node, List.of());
            }
            RunReport ran = runAllSchools(hold.schoolIds(), date, node);
            if (ran == null) {
                LOG.warning(() -> "escalation run " + date + " handed back: the server is stopping");
                throw new ServiceStoppingException("每日推進作業其餘學校 (the rest of the daily run of " + date
                        + ", handed back)");
            }
            hold.record(ran);
            RunReport report = ran.failed().isEmpty() ? ran : new RunReport(ran.businessDate(), false, ran.schools(),
                    ran.casesOpened(), ran.tasksCreated(), ran.failures(), ran.millis(), ran.peakHeapBytes(), node,
                    ledger.failures(date, 1, null));
            LOG.info(() -> "escalation run " + report);
            return report;
        }
    }

    /** The run of every school; null when the server began to stop before every school was started. */
    private RunReport runAllSchools(List<Long> schoolIds, LocalDate date, String node) {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long begin = System.nanoTime();
        ConcurrentLinkedQueue<Long> queue = new ConcurrentLinkedQueue<>(schoolIds);
        AtomicInteger opened = new AtomicInteger();
        AtomicInteger created = new AtomicInteger();
        ConcurrentLinkedQueue<SchoolFailure> failed = new ConcurrentLinkedQueue<>();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < Math.max(1, threads); t++) {
            workers.add(executor.submit(() -> {
                // A stopping server takes no further school; the ones started finish.
                for (Long schoolId = next(queue); schoolId != null; schoolId = next(queue)) {
                    try {
                        SchoolEscalation.Outcome outcome = perSchool.run(schoolId, date, false);
                        opened.addAndGet(outcome.casesOpened());
                        created.addAndGet(outcome.tasksCreated());
                    } catch (RuntimeException e) {
                        SchoolFailure failure = SchoolFailure.of(date, schoolId, e);
                        failed.add(failure);
                        if (failure.moduleId() != null) {
                            LOG.severe(() -> "escalation of school " + failure.schoolId() + " for " + date
                                    + " failed in module " + failure.moduleId() + " " + failure.moduleVersion() + ": "
                                    + failure.message());
                        } else {
                            LOG.log(Level.SEVERE, e, () -> "escalation of school " + failure.schoolId() + " for "
                                    + date + " failed");
                        }
                    }
                }
            }));
        }
        for (Future<?> worker : workers) {
            try {
                worker.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StateConflictException("推進作業被中斷 (the run was interrupted)");
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
        if (!queue.isEmpty()) {
            return null;
        }
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        List<SchoolFailure> failures = failed.stream()
                .sorted(java.util.Comparator.comparingLong(SchoolFailure::schoolId)).toList();
        return new RunReport(date, false, schoolIds.size(), opened.get(), created.get(), failures.size(),
                (System.nanoTime() - begin) / 1_000_000, peak, node, failures);
    }

    private Long next(ConcurrentLinkedQueue<Long> queue) {
        return lifecycle.stopping() ? null : queue.poll();
    }

    /** The last runs, newest first. */
    public List<RunReport> recent() {
        if (!callers.get().has(Role.PLATFORM_ADMIN)) {
            throw new AccessDeniedException("僅限平台管理者 (platform administrators only)");
        }
        return ledger.recent(30);
    }

    /**
     * Schools whose work failed in the last month's runs, with the module named: every county for
     * a platform administrator, its own for a bureau officer.
     */
    public List<SchoolFailure> failures() {
        Caller caller = callers.get();
        LocalDate until = LocalDate.now(clock);
        if (caller.has(Role.PLATFORM_ADMIN)) {
            return ledger.failures(until, FAILURE_DAYS, null);
        }
        if (caller.has(Role.BUREAU_OFFICER) && caller.bureauCounty() != null) {
            return ledger.failures(until, FAILURE_DAYS, caller.bureauCounty().toString());
        }
        throw new AccessDeniedException("僅限平台管理者與縣市教育局（處）承辦人 (platform administrators and bureau officers only)");
    }

    private static String node() {
        try {
            return InetAddress.getLocalHost().getHostName() + "/" + ProcessHandle.current().pid();
        } catch (UnknownHostException e) {
            return "pid " + ProcessHandle.current().pid();
        }
    }

}
