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
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tw.huixiao.platform.application.AccessDeniedException;
import tw.huixiao.platform.application.CallerProvider;
import tw.huixiao.platform.application.StateConflictException;
import tw.huixiao.platform.domain.identity.Role;
import tw.huixiao.platform.infrastructure.persistence.Jdbc;
import tw.huixiao.platform.infrastructure.persistence.SchemaMigrator;
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
    private static final int RUN_LOCK = 0x4859;

    /** What a run did. {@code skipped} runs found the date locked by another node or done. */
    public record RunReport(LocalDate businessDate, boolean skipped, int schools, int casesOpened, int tasksCreated,
                            int failures, long millis, long peakHeapBytes, String node) {
    }

    @Resource(lookup = "jdbc/huixiaoOwner")
    DataSource lockSource;

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
        try (Connection lock = lockSource.getConnection()) {
            lock.setSchema(SchemaMigrator.SCHEMA);
            if (scheduled ? !tryLock(lock, date) : !lock(lock, date)) {
                return new RunReport(date, true, 0, 0, 0, 0, 0, 0, node);
            }
            try {
                if (scheduled && done(lock, date)) {
                    return new RunReport(date, true, 0, 0, 0, 0, 0, 0, node);
                }
                RunReport report = runAllSchools(lock, date, node);
                record(lock, report);
                LOG.info(() -> "escalation run " + report);
                return report;
            } finally {
                unlock(lock, date);
            }
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    private RunReport runAllSchools(Connection c, LocalDate date, String node) throws SQLException {
        List<Long> schoolIds = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT id FROM school ORDER BY id");
             ResultSet rows = q.executeQuery()) {
            while (rows.next()) {
                schoolIds.add(rows.getLong(1));
            }
        }
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
        List<RunReport> found = new ArrayList<>();
        try (Connection c = lockSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT business_date, schools, cases_opened, tasks_created, failures, "
                        + "extract(epoch FROM finished_at - started_at) * 1000, node FROM " + SchemaMigrator.SCHEMA
                        + ".escalation_run "
                        + "ORDER BY business_date DESC LIMIT 30"); ResultSet rows = q.executeQuery()) {
            while (rows.next()) {
                found.add(new RunReport(rows.getDate(1).toLocalDate(), false, rows.getInt(2), rows.getInt(3),
                        rows.getInt(4), rows.getInt(5), rows.getLong(6), 0, rows.getString(7)));
            }
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
        return found;
    }

    private static boolean tryLock(Connection c, LocalDate date) throws SQLException {
        return lockQuery(c, "SELECT pg_try_advisory_lock(?, ?)", date);
    }

    private static boolean lock(Connection c, LocalDate date) throws SQLException {
        lockQuery(c, "SELECT pg_advisory_lock(?, ?) IS NULL", date);
        return true;
    }

    private static void unlock(Connection c, LocalDate date) throws SQLException {
        lockQuery(c, "SELECT pg_advisory_unlock(?, ?)", date);
    }

    private static boolean lockQuery(Connection c, String sql, LocalDate date) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql)) {
            q.setInt(1, RUN_LOCK);
            q.setInt(2, Math.toIntExact(date.toEpochDay()));
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getBoolean(1);
            }
        }
    }

    private static boolean done(Connection c, LocalDate date) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM escalation_run WHERE business_date = ?")) {
            q.setDate(1, Date.valueOf(date));
            try (ResultSet r = q.executeQuery()) {
                return r.next();
            }
        }
    }

    private void record(Connection c, RunReport report) throws SQLException {
        try (PreparedStatement upsert = c.prepareStatement("INSERT INTO escalation_run (business_date, started_at, "
                + "finished_at, node, schools, cases_opened, tasks_created, failures) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT (business_date) DO UPDATE SET started_at = excluded.started_at, finished_at = "
                + "excluded.finished_at, node = excluded.node, runs = escalation_run.runs + 1, schools = excluded.schools, "
                + "cases_opened = excluded.cases_opened, tasks_created = excluded.tasks_created, failures = excluded.failures")) {
            Instant finished = Instant.now();
            upsert.setDate(1, Date.valueOf(report.businessDate()));
            upsert.setTimestamp(2, Timestamp.from(finished.minusMillis(report.millis())));
            upsert.setTimestamp(3, Timestamp.from(finished));
            upsert.setString(4, report.node());
            upsert.setInt(5, report.schools());
            upsert.setInt(6, report.casesOpened());
            upsert.setInt(7, report.tasksCreated());
            upsert.setInt(8, report.failures());
            upsert.executeUpdate();
        }
    }

    private static String node() {
        try {
            return InetAddress.getLocalHost().getHostName() + "/" + ProcessHandle.current().pid();
        } catch (UnknownHostException e) {
            return "pid " + ProcessHandle.current().pid();
        }
    }

}
