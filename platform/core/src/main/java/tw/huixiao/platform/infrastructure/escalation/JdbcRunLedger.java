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
                            rows.getInt(4), rows.getInt(5), rows.getLong(6), 0, rows.getString(7)), limit);
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
