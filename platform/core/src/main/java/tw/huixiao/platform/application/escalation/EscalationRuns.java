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
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
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
import tw.huixiao.platform.application.work.LeaseLostException;
import tw.huixiao.platform.application.work.LeasedWork;
import tw.huixiao.platform.application.work.WorkLeases;
import tw.huixiao.platform.application.work.WorkTakeover;
import tw.huixiao.platform.domain.identity.Role;
import tw.huixiao.platform.domain.calendar.TaiwanTime;

/**
 * The daily escalation run: every school, one business date, exactly once across server nodes
 * (issue 22 §3). A node holds the date's lease ({@link WorkLeases}, kind {@value #KIND}) while it
 * runs, renewing it; each school is done in its own transaction, which also records the school
 * done behind the lease's fence ({@link RunLedger#schoolDone}), and the date is recorded with the
 * lease's end. A scheduled run skips a date held by another node or done. When the node holding
 * a run dies, its lease expires by the database's clock and any node takes the run over
 * ({@link WorkTakeover}): it does the schools not done, never one twice. An administrator's run
 * of a date waits for a running one and runs the date again — which adds nothing, as every write
 * of the engine is keyed. One school's failure is logged and retried next run without stopping others.
 */
@ApplicationScoped
public class EscalationRuns implements LeasedWork {

    private static final Logger LOG = Logger.getLogger(EscalationRuns.class.getName());

    /** The lease kind of the daily run. */
    public static final String KIND = "escalation-run";

    /** How long an administrator's run waits for another node's run of the date. */
    private static final long ADMIN_WAIT_MILLIS = 15 * 60 * 1000L;

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

    @Inject
    WorkLeases leases;

    @Inject
    ServiceLifecycle lifecycle;

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

    /**
     * Tests only (the IT's second server): a pause after each school, so that a server can be
     * killed in the middle of a run. 0 (none) unless the test configuration sets it.
     */
    @Inject
    @ConfigProperty(name = "huixiao.escalation.test.pause-after-school-ms", defaultValue = "0")
    long pauseAfterSchool;

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

    @Override
    public String kind() {
        return KIND;
    }

    /** Another node's run of the date whose lease expired: finished here, the schools done skipped. */
    @Override
    public void takeOver(LocalDate businessDate) {
        run(businessDate, true);
    }

    /**
     * The run of a date. A server that is stopping (issue 22 §4) does not begin a run (a scheduled
     * one is skipped, an administrator's is refused with 503); one that begins to stop during a
     * run finishes the schools it has started, takes no more, and hands the date's lease back at
     * once, so another server takes the run over and does the schools left, none twice.
     */
    RunReport run(LocalDate date, boolean scheduled) {
        Optional<ServiceLifecycle.Work> work = lifecycle.begin("daily escalation run " + date);
        if (work.isEmpty()) {
            if (scheduled) {
                return new RunReport(date, true, 0, 0, 0, 0, 0, 0, leases.holder(), List.of());
            }
            throw new ServiceStoppingException("每日推進作業 (the daily run of " + date + ")");
        }
        try (ServiceLifecycle.Work inFlight = work.get()) {
            return runHeld(date, scheduled);
        }
    }

    private RunReport runHeld(LocalDate date, boolean scheduled) {
        Optional<WorkLeases.Lease> held = scheduled ? leases.acquire(KIND, date, false) : Optional.of(leases.await(KIND, date, ADMIN_WAIT_MILLIS));
        if (held.isEmpty()) {
            return new RunReport(date, true, 0, 0, 0, 0, 0, 0, leases.holder(), List.of());
        }
        try (WorkLeases.Lease lease = held.get()) {
            if (lease.start() == WorkLeases.Start.NEW && scheduled && ledger.recorded(date)) {
                // Run to the end before leases existed.
                lease.finish();
                return new RunReport(date, true, 0, 0, 0, 0, 0, 0, lease.holder(), List.of());
            }
            if (lease.start() != WorkLeases.Start.TAKEOVER) {
                ledger.startAfresh(date);
            }
            Set<Long> done = ledger.schoolsDone(date);
            List<Long> todo = ledger.schoolIds().stream().filter(id -> !done.contains(id)).toList();
            if (lease.start() == WorkLeases.Start.TAKEOVER) {
                LOG.warning(() -> "escalation run " + date + " taken over: " + done.size() + " schools done before, "
                        + todo.size() + " to do");
            }
            Part part = runSchools(todo, date, lease);
            if (part.lost()) {
                throw new LeaseLostException(lease.name());
            }
            if (part.stopped()) {
                LOG.warning(() -> "escalation run " + date + " handed back: the server is stopping");
                throw new ServiceStoppingException("每日推進作業其餘學校 (the rest of the daily run of " + date
                        + ", handed back)");
            }
            RunReport ran = ledger.record(lease, part.failures(), part.peakHeapBytes())
                    .orElseThrow(() -> new LeaseLostException(lease.name()));
            RunReport report = ran.failed().isEmpty() ? ran : new RunReport(ran.businessDate(), false, ran.schools(),
                    ran.casesOpened(), ran.tasksCreated(), ran.failures(), ran.millis(), ran.peakHeapBytes(),
                    ran.node(), ledger.failures(date, 1, null));
            LOG.info(() -> "escalation run " + report + " (" + lease.start() + ", " + todo.size() + " schools here)");
            return report;
        }
    }

    /** What this node did of a run: the schools whose work failed; {@code lost} when the lease was lost. */
    /** {@code stopped} when the server began to stop before every school was started (the rest handed back). */
    private record Part(List<SchoolFailure> failures, long peakHeapBytes, boolean lost, boolean stopped) {
    }

    private Part runSchools(List<Long> schoolIds, LocalDate date, WorkLeases.Lease lease) {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        ConcurrentLinkedQueue<Long> queue = new ConcurrentLinkedQueue<>(schoolIds);
        ConcurrentLinkedQueue<SchoolFailure> failed = new ConcurrentLinkedQueue<>();
        AtomicBoolean lost = new AtomicBoolean();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < Math.max(1, threads); t++) {
            workers.add(executor.submit(() -> {
                // A stopping server takes no further school; the ones started finish.
                for (Long schoolId = next(queue); schoolId != null && !lost.get(); schoolId = next(queue)) {
                    if (lease.lost()) {
                        lost.set(true);
                        break;
                    }
                    long id = schoolId;
                    try {
                        perSchool.run(id, date, false, outcome -> ledger.schoolDone(lease, id, outcome));
                    } catch (LeaseLostException e) {
                        lost.set(true);
                    } catch (RuntimeException e) {
                        if (isLeaseLost(e)) {
                            lost.set(true);
                            continue;
                        }
                        SchoolFailure failure = SchoolFailure.of(date, id, e);
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
                    pause();
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
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        List<SchoolFailure> failures = failed.stream()
                .sorted(java.util.Comparator.comparingLong(SchoolFailure::schoolId)).toList();
        return new Part(failures, peak, lost.get(), !queue.isEmpty());
    }

    private Long next(ConcurrentLinkedQueue<Long> queue) {
        return lifecycle.stopping() ? null : queue.poll();
    }

    private static boolean isLeaseLost(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof LeaseLostException) {
                return true;
            }
        }
        return false;
    }

    private void pause() {
        if (pauseAfterSchool > 0) {
            try {
                Thread.sleep(pauseAfterSchool);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
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


}
