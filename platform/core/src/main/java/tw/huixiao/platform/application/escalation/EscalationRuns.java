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
import tw.huixiao.platform.application.CallerProvider;
import tw.huixiao.platform.application.StateConflictException;
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
                            int failures, long millis, long peakHeapBytes, String node) {
    }

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

    RunReport run(LocalDate date, boolean scheduled) {
        String node = node();
        Optional<RunLedger.Hold> held = ledger.hold(date, !scheduled);
        if (held.isEmpty()) {
            return new RunReport(date, true, 0, 0, 0, 0, 0, 0, node);
        }
        try (RunLedger.Hold hold = held.get()) {
            if (scheduled && hold.done()) {
                return new RunReport(date, true, 0, 0, 0, 0, 0, 0, node);
            }
            RunReport report = runAllSchools(hold.schoolIds(), date, node);
            hold.record(report);
            LOG.info(() -> "escalation run " + report);
            return report;
        }
    }

    private RunReport runAllSchools(List<Long> schoolIds, LocalDate date, String node) {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long begin = System.nanoTime();
        ConcurrentLinkedQueue<Long> queue = new ConcurrentLinkedQueue<>(schoolIds);
        AtomicInteger opened = new AtomicInteger();
        AtomicInteger created = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < Math.max(1, threads); t++) {
            workers.add(executor.submit(() -> {
                for (Long schoolId = queue.poll(); schoolId != null; schoolId = queue.poll()) {
                    try {
                        SchoolEscalation.Outcome outcome = perSchool.run(schoolId, date, false);
                        opened.addAndGet(outcome.casesOpened());
                        created.addAndGet(outcome.tasksCreated());
                    } catch (RuntimeException e) {
                        failures.incrementAndGet();
                        long failed = schoolId;
                        LOG.log(Level.SEVERE, e, () -> "escalation of school " + failed + " for " + date + " failed");
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
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new RunReport(date, false, schoolIds.size(), opened.get(), created.get(), failures.get(),
                (System.nanoTime() - begin) / 1_000_000, peak, node);
    }

    /** The last runs, newest first. */
    public List<RunReport> recent() {
        if (!callers.get().has(Role.PLATFORM_ADMIN)) {
            throw new AccessDeniedException("僅限平台管理者 (platform administrators only)");
        }
        return ledger.recent(30);
    }

    private static String node() {
        try {
            return InetAddress.getLocalHost().getHostName() + "/" + ProcessHandle.current().pid();
        } catch (UnknownHostException e) {
            return "pid " + ProcessHandle.current().pid();
        }
    }

}
