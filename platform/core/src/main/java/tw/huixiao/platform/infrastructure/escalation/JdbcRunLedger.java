package tw.huixiao.platform.infrastructure.escalation;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import tw.huixiao.platform.application.escalation.EscalationRuns.RunReport;
import tw.huixiao.platform.application.escalation.EscalationRuns.SchoolFailure;
import tw.huixiao.platform.application.escalation.RunLedger;
import tw.huixiao.platform.application.escalation.SchoolEscalation;
import tw.huixiao.platform.application.work.WorkLeases;
import tw.huixiao.platform.infrastructure.work.JdbcWorkLeases;
import tw.huixiao.platform.infrastructure.persistence.Jdbc;
import tw.huixiao.platform.infrastructure.persistence.SchemaMigrator;
import tw.huixiao.platform.infrastructure.persistence.Sql;

/**
 * The runs' ledger. The schools done are written on the school's transaction's connection
 * ({@link Jdbc#platform()}) behind the lease's fence; the rest on the owner data source, each
 * operation a short transaction of its own, the run's record with the lease's end.
 */
@ApplicationScoped
public class JdbcRunLedger implements RunLedger {

    @Resource(lookup = "jdbc/huixiaoOwner")
    DataSource lockSource;

    @Inject
    Jdbc jdbc;

    public JdbcRunLedger() {
    }

    /** Outside a container (tests): the owner's data source; {@link #schoolDone(Connection, WorkLeases.Lease, long, SchoolEscalation.Outcome)} takes its connection. */
    public JdbcRunLedger(DataSource owner) {
        this.lockSource = owner;
    }

    @Override
    public List<Long> schoolIds() {
        try (Connection c = connection()) {
            return Sql.list(c, "SELECT id FROM school ORDER BY id", rows -> rows.getLong(1));
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    @Override
    public boolean recorded(LocalDate date) {
        try (Connection c = connection()) {
            return Sql.one(c, "SELECT 1 FROM escalation_run WHERE business_date = ?", rows -> true, date).isPresent();
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    @Override
    public Set<Long> schoolsDone(LocalDate date) {
        try (Connection c = connection()) {
            return new HashSet<>(Sql.list(c, "SELECT school_id FROM escalation_run_school WHERE business_date = ?",
                    rows -> rows.getLong(1), date));
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    @Override
    public void startAfresh(LocalDate date) {
        try (Connection c = connection()) {
            Sql.update(c, "DELETE FROM escalation_run_school WHERE business_date = ?", date);
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    @Override
    public void schoolDone(WorkLeases.Lease lease, long schoolId, SchoolEscalation.Outcome outcome) {
        schoolDone(jdbc.platform(), lease, schoolId, outcome);
    }

    /** The school done, on the school's transaction's connection (see {@link RunLedger#schoolDone}). */
    public static void schoolDone(Connection c, WorkLeases.Lease lease, long schoolId, SchoolEscalation.Outcome outcome) {
        JdbcWorkLeases.fence(c, lease.name(), lease.token());
        Sql.update(c, "INSERT INTO escalation_run_school (business_date, school_id, lease_token, holder, done_at, "
                        + "cases_opened, tasks_created) VALUES (?, ?, ?, ?, clock_timestamp(), ?, ?)",
                lease.businessDate(), schoolId, lease.token(), lease.holder(), outcome.casesOpened(),
                outcome.tasksCreated());
    }

    @Override
    public Optional<RunReport> record(WorkLeases.Lease lease, List<SchoolFailure> failed, long peakHeapBytes) {
        LocalDate date = lease.businessDate();
        try (Connection c = connection()) {
            c.setAutoCommit(false);
            try {
                Optional<Boolean> held = Sql.one(c, "SELECT true FROM work_lease WHERE name = ? AND token = ? "
                        + "AND finished_at IS NULL AND expires_at > clock_timestamp() FOR UPDATE", rows -> true,
                        lease.name(), lease.token());
                if (held.isEmpty()) {
                    c.rollback();
                    return Optional.empty();
                }
                record Totals(int schools, int cases, int tasks) {
                }
                Totals done = Sql.one(c, "SELECT count(*), coalesce(sum(cases_opened), 0), coalesce(sum(tasks_created), 0) "
                                + "FROM escalation_run_school WHERE business_date = ?",
                        rows -> new Totals(rows.getInt(1), rows.getInt(2), rows.getInt(3)), date).orElseThrow();
                int schools = done.schools() + failed.size();
                Sql.update(c, "INSERT INTO escalation_run (business_date, started_at, finished_at, node, schools, "
                                + "cases_opened, tasks_created, failures) SELECT ?, started_at, now(), ?, ?, ?, ?, ? "
                                + "FROM work_lease WHERE name = ? "
                                + "ON CONFLICT (business_date) DO UPDATE SET started_at = excluded.started_at, finished_at = "
                                + "excluded.finished_at, node = excluded.node, runs = escalation_run.runs + 1, "
                                + "schools = excluded.schools, cases_opened = excluded.cases_opened, "
                                + "tasks_created = excluded.tasks_created, failures = excluded.failures",
                        date, lease.holder(), schools, done.cases(), done.tasks(), failed.size(), lease.name());
                Sql.update(c, "DELETE FROM escalation_run_failure WHERE business_date = ?", date);
                List<Object[]> rows = failed.stream().map(f -> new Object[] {date, f.schoolId(),
                        f.moduleId(), f.moduleVersion(), f.method(), f.kind(), f.message(), f.schoolId()}).toList();
                if (!rows.isEmpty()) {
                    Sql.batch(c, "INSERT INTO escalation_run_failure (business_date, school_id, county, module_id, "
                            + "module_version, module_method, kind, message) SELECT ?, ?, s.county, ?, ?, ?, ?, ? "
                            + "FROM school s WHERE s.id = ?", rows);
                }
                long millis = Sql.one(c, "SELECT (extract(epoch FROM now() - started_at) * 1000)::bigint FROM work_lease "
                        + "WHERE name = ?", r -> r.getLong(1), lease.name()).orElse(0L);
                if (!JdbcWorkLeases.finish(c, lease.name(), lease.token())) {
                    c.rollback();
                    return Optional.empty();
                }
                c.commit();
                return Optional.of(new RunReport(date, false, schools, done.cases(), done.tasks(), failed.size(), millis,
                        peakHeapBytes, lease.holder(), failed));
            } catch (RuntimeException | SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    private Connection connection() throws SQLException {
        Connection c = lockSource.getConnection();
        c.setSchema(SchemaMigrator.SCHEMA);
        return c;
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
}
