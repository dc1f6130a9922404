package tw.huixiao.platform.infrastructure.modules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tw.huixiao.platform.application.modules.DryRunDiff;
import tw.huixiao.platform.application.modules.DryRunReport;
import tw.huixiao.platform.application.modules.DryRunStore;
import tw.huixiao.platform.infrastructure.persistence.Jdbc;
import tw.huixiao.platform.infrastructure.persistence.Sql;

/** Dry-run results (V64) on PostgreSQL, as platform rows; students' names in the school's bound transaction. */
@ApplicationScoped
public class JdbcDryRunStore implements DryRunStore {

    private static final Jsonb JSON = JsonbBuilder.create();
    private static final String COLUMNS = "id, module_row_id, county, active_module, state, period_from, period_to, "
            + "started_by_name, started_at, finished_at, schools_total, schools_done, totals, error";
    private static final java.lang.reflect.Type SCHOOLS = new java.util.ArrayList<DryRunDiff.SchoolDiff>() {
    }.getClass().getGenericSuperclass();

    @Inject
    Jdbc jdbc;

    @Override
    public long start(long moduleRowId, String county, String activeModule, LocalDate from, LocalDate to, long by,
                      String byName, Instant at, int schoolsTotal) {
        return Sql.insert(jdbc.platform(), "INSERT INTO module_dry_run (module_row_id, county, active_module, "
                + "period_from, period_to, started_by, started_by_name, started_at, schools_total) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", moduleRowId, county, activeModule, from, to, by, byName, at,
                schoolsTotal);
    }

    @Override
    public boolean running(long moduleRowId) {
        return Sql.one(jdbc.platform(), "SELECT 1 FROM module_dry_run WHERE module_row_id = ? AND state = 'RUNNING'",
                r -> Boolean.TRUE, moduleRowId).isPresent();
    }

    @Override
    public void progress(long id, int schoolsDone) {
        Sql.update(jdbc.platform(), "UPDATE module_dry_run SET schools_done = ? WHERE id = ? AND state = 'RUNNING'",
                schoolsDone, id);
    }

    @Override
    public void finish(long id, DryRunDiff.Totals totals, List<DryRunDiff.SchoolDiff> schools, Instant at) {
        Sql.update(jdbc.platform(), "UPDATE module_dry_run SET state = 'DONE', finished_at = ?, schools_done = "
                + "schools_total, totals = ?::jsonb, schools = ?::jsonb WHERE id = ? AND state = 'RUNNING'", at,
                JSON.toJson(totals), JSON.toJson(schools), id);
    }

    @Override
    public void fail(long id, String error, Instant at) {
        Sql.update(jdbc.platform(), "UPDATE module_dry_run SET state = 'FAILED', finished_at = ?, error = ? "
                + "WHERE id = ? AND state = 'RUNNING'", at, error, id);
    }

    @Override
    public Optional<DryRunReport> find(long id) {
        return Sql.one(jdbc.platform(), "SELECT " + COLUMNS + ", schools FROM module_dry_run WHERE id = ?",
                r -> row(r, true), id);
    }

    @Override
    public List<DryRunReport> list(long moduleRowId) {
        return Sql.list(jdbc.platform(), "SELECT " + COLUMNS + " FROM module_dry_run WHERE module_row_id = ? "
                + "ORDER BY id DESC", r -> row(r, false), moduleRowId);
    }

    @Override
    public List<SchoolRef> schools(String county) {
        return Sql.list(jdbc.platform(), "SELECT id, name FROM school WHERE county = ? ORDER BY id",
                r -> new SchoolRef(r.getLong(1), r.getString(2)), county);
    }

    @Override
    public Map<Long, String> studentNames(long schoolId, Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            Sql.list(jdbc.tenant(), "SELECT id, name FROM student WHERE tenant_id = ? AND id = ANY (?)",
                    r -> names.put(r.getLong(1), r.getString(2)), schoolId, ids.toArray(Long[]::new));
        }
        return names;
    }

    private static DryRunReport row(ResultSet r, boolean withSchools) throws SQLException {
        String totals = r.getString("totals");
        List<DryRunDiff.SchoolDiff> schools = withSchools && r.getString("schools") != null
                ? JSON.fromJson(r.getString("schools"), SCHOOLS) : List.of();
        return new DryRunReport(r.getLong("id"), r.getLong("module_row_id"), r.getString("county"),
                r.getString("active_module"), r.getString("state"), Sql.date(r, "period_from"),
                Sql.date(r, "period_to"), r.getString("started_by_name"), Sql.instant(r, "started_at"),
                Sql.instant(r, "finished_at"), r.getInt("schools_total"), r.getInt("schools_done"),
                totals == null ? null : JSON.fromJson(totals, DryRunDiff.Totals.class), schools, r.getString("error"));
    }
}
