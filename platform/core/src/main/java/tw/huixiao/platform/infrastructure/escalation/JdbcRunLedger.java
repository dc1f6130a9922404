package tw.huixiao.platform.infrastructure.escalation;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import tw.huixiao.platform.application.escalation.EscalationRuns.RunReport;
import tw.huixiao.platform.application.escalation.EscalationRuns.SchoolFailure;
import tw.huixiao.platform.application.escalation.RunLedger;
import tw.huixiao.platform.infrastructure.persistence.Jdbc;
import tw.huixiao.platform.infrastructure.persistence.SchemaMigrator;
import tw.huixiao.platform.infrastructure.persistence.Sql;

/**
 * The runs' ledger on the owner data source: a PostgreSQL session advisory lock per business
 * date (held on its own connection for the run's length, outside any transaction) and the
 * {@code escalation_run} rows.
 */
@ApplicationScoped
public class JdbcRunLedger implements RunLedger {

    private static final int RUN_LOCK = 0x4859;

    @Resource(lookup = "jdbc/huixiaoOwner")
    DataSource lockSource;

    @Override
    public Optional<Hold> hold(LocalDate date, boolean wait) {
        Connection c = null;
        try {
            c = lockSource.getConnection();
            c.setSchema(SchemaMigrator.SCHEMA);
            if (wait) {
                lockQuery(c, "SELECT pg_advisory_lock(?, ?) IS NULL", date);
            } else if (!lockQuery(c, "SELECT pg_try_advisory_lock(?, ?)", date)) {
                c.close();
                return Optional.empty();
            }
            return Optional.of(new DateHold(c, date));
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c);
            throw e instanceof SQLException s ? Jdbc.failure(s) : (RuntimeException) e;
        }
    }

    @Override
    public List<RunReport> recent(int limit) {
        try (Connection c = lockSource.getConnection()) {
            return Sql.list(c, "SELECT business_date, schools, cases_opened, tasks_created, failures, "
                            + "extract(epoch FROM finished_at - started_at) * 1000, node FROM " + SchemaMigrator.SCHEMA
                            + ".escalation_run ORDER BY business_date DESC LIMIT ?",
                    rows -> new RunReport(rows.getDate(1).toLocalDate(), false, rows.getInt(2), rows.getInt(3),
                            rows.getInt(4), rows.getInt(5), rows.getLong(6), 0, rows.getString(7), List.of()), limit);
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    @Override
    public List<SchoolFailure> failures(LocalDate until, int days, String county) {
        try (Connection c = lockSource.getConnection()) {
            c.setSchema(SchemaMigrator.SCHEMA);
            return Sql.list(c, "SELECT f.business_date, f.school_id, s.name, f.county, f.module_id, f.module_version, "
                            + "f.module_method, f.kind, f.message FROM escalation_run_failure f JOIN school s ON s.id = "
                            + "f.school_id WHERE f.business_date <= ? AND f.business_date > ? "
                            + "AND (?::text IS NULL OR f.county = ?) ORDER BY f.business_date DESC, f.county, s.name",
                    rows -> new SchoolFailure(rows.getDate(1).toLocalDate(), rows.getLong(2), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7),
                            rows.getString(8), rows.getString(9)),
                    until, until.minusDays(days), county, county);
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    private static boolean lockQuery(Connection c, String sql, LocalDate date) {
        return Sql.one(c, sql, rows -> rows.getBoolean(1), RUN_LOCK, Math.toIntExact(date.toEpochDay())).orElseThrow();
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // the lock ends with the session
            }
        }
    }

    private record DateHold(Connection c, LocalDate date) implements Hold {

        @Override
        public boolean done() {
            return Sql.one(c, "SELECT 1 FROM escalation_run WHERE business_date = ?", rows -> true, date).isPresent();
        }

        @Override
        public List<Long> schoolIds() {
            return Sql.list(c, "SELECT id FROM school ORDER BY id", rows -> rows.getLong(1));
        }

        @Override
        public void record(RunReport report) {
            Instant finished = Instant.now();
            Sql.update(c, "INSERT INTO escalation_run (business_date, started_at, finished_at, node, schools, "
                            + "cases_opened, tasks_created, failures) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                            + "ON CONFLICT (business_date) DO UPDATE SET started_at = excluded.started_at, finished_at = "
                            + "excluded.finished_at, node = excluded.node, runs = escalation_run.runs + 1, "
                            + "schools = excluded.schools, cases_opened = excluded.cases_opened, "
                            + "tasks_created = excluded.tasks_created, failures = excluded.failures",
                    report.businessDate(), finished.minusMillis(report.millis()), finished, report.node(),
                    report.schools(), report.casesOpened(), report.tasksCreated(), report.failures());
            Sql.update(c, "DELETE FROM escalation_run_failure WHERE business_date = ?", report.businessDate());
            List<Object[]> rows = report.failed().stream().map(f -> new Object[] {report.businessDate(), f.schoolId(),
                    f.moduleId(), f.moduleVersion(), f.method(), f.kind(), f.message(), f.schoolId()}).toList();
            if (!rows.isEmpty()) {
                Sql.batch(c, "INSERT INTO escalation_run_failure (business_date, school_id, county, module_id, "
                        + "module_version, module_method, kind, message) SELECT ?, ?, s.county, ?, ?, ?, ?, ? "
                        + "FROM school s WHERE s.id = ?", rows);
            }
        }

        @Override
        public void close() {
            try {
                lockQuery(c, "SELECT pg_advisory_unlock(?, ?)", date);
            } finally {
                closeQuietly(c);
            }
        }
    }
}
