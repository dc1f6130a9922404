package tw.huixiao.platform.infrastructure.casework;

import tw.huixiao.platform.infrastructure.persistence.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tw.huixiao.platform.domain.isp.IspPeriod;
import tw.huixiao.platform.domain.isp.IspPlan;
import tw.huixiao.platform.domain.isp.IspState;
import tw.huixiao.platform.domain.isp.IspTimetable;
import tw.huixiao.platform.infrastructure.persistence.Jdbc;
import tw.huixiao.platform.application.casework.IspStore;

/**
 * Tainan ISPs (V10) for the bound school: the plan's content as JSON, its timetable's cells as
 * rows (so that the school's plans can be checked against each other), its transitions.
 */
@ApplicationScoped
public class JdbcIspStore implements IspStore {

    /** First key of the per-school advisory lock that serialises timetable checks (pg_advisory_xact_lock(int, int)). */
    private static final int TIMETABLE_LOCK = 0x4850;
    private static final Jsonb JSON = JsonbBuilder.create();
    private static final String ACTIVE = "('DRAFT', 'SUBMITTED', 'APPROVED', 'FILED')";
    private static final String COLUMNS = "id, case_id, state, content, budget_total, submitted_budget, submitted_at, "
            + "submitted_by, decided_at, decided_by, filed_on, filing_reference, completed_on, created_at, created_by, "
            + "updated_at, updated_by, version";

    @Inject
    Jdbc jdbc;

    /** Serialises the school's timetable checks and writes until the transaction ends. */
    @Override
    public void lockTimetables(long schoolId) {
        Sql.run(c(), "SELECT pg_advisory_xact_lock(?, ?)", TIMETABLE_LOCK, (int) schoolId);
    }

    @Override
    public long insert(long schoolId, long caseId, IspPlan plan, BigDecimal total, Instant at, long by) {
        return Sql.insert(c(), "INSERT INTO isp_plan (tenant_id, case_id, state, term_label, starts_on, ends_on, content, "
                        + "budget_total, created_at, created_by, updated_at, updated_by) "
                        + "VALUES (?, ?, 'DRAFT', ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?)", schoolId, caseId, plan.term().label(),
                plan.term().startsOn(), plan.term().lastDay(), JSON.toJson(plan), total, at, by, at, by);
    }

    /** Replaces a draft read at {@code version}; false if it changed meanwhile or is no longer a draft. */
    @Override
    public boolean update(long schoolId, long id, long version, IspPlan plan, BigDecimal total, Instant at, long by) {
        return Sql.update(c(), "UPDATE isp_plan SET term_label = ?, starts_on = ?, ends_on = ?, content = ?::jsonb, "
                        + "budget_total = ?, updated_at = ?, updated_by = ?, version = version + 1 "
                        + "WHERE tenant_id = ? AND id = ? AND version = ? AND state = 'DRAFT'", plan.term().label(),
                plan.term().startsOn(), plan.term().lastDay(), JSON.toJson(plan), total, at, by, schoolId, id, version) == 1;
    }

    /** Rewrites the plan's cells (with each cell's teacher key and students). */
    @Override
    public void replaceCells(long schoolId, long planId, IspPlan plan) {
        Sql.update(c(), "DELETE FROM isp_cell_student WHERE tenant_id = ? AND cell_id IN "
                + "(SELECT id FROM isp_cell WHERE tenant_id = ? AND plan_id = ?)", schoolId, schoolId, planId);
        Sql.update(c(), "DELETE FROM isp_cell WHERE tenant_id = ? AND plan_id = ?", schoolId, planId);
        for (int i = 0; i < plan.timetable().size(); i++) {
            IspPlan.Cell cell = plan.timetable().get(i);
            String key = plan.teacher(cell.teacher()).map(IspPlan.Teacher::key).orElse("name:" + cell.teacher());
            long cellId = Sql.insert(c(), "INSERT INTO isp_cell (tenant_id, plan_id, position, weekday, period, course, "
                            + "teacher_name, teacher_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", schoolId, planId, i,
                    (short) cell.day().getValue(), cell.period().name(), cell.course(), cell.teacher(), key);
            for (Long student : cell.studentIds()) {
                Sql.update(c(), "INSERT INTO isp_cell_student (tenant_id, cell_id, student_id) VALUES (?, ?, ?)",
                        schoolId, cellId, student);
            }
        }
    }

    /** The cells of the school's other plans in progress whose terms overlap [from, to]. */
    @Override
    public List<IspTimetable.OtherCell> otherCells(long schoolId, Long excludePlanId, LocalDate from, LocalDate to) {
        return Sql.list(c(), "SELECT c.plan_id, p.case_id, c.weekday, c.period, c.course, c.teacher_name, c.teacher_key, "
                        + "ARRAY(SELECT s.student_id FROM isp_cell_student s WHERE s.tenant_id = c.tenant_id "
                        + "AND s.cell_id = c.id ORDER BY s.student_id) AS students "
                        + "FROM isp_cell c JOIN isp_plan p ON p.tenant_id = c.tenant_id AND p.id = c.plan_id "
                        + "WHERE c.tenant_id = ? AND p.state IN " + ACTIVE + " AND p.id <> ? AND p.starts_on <= ? "
                        + "AND p.ends_on >= ? ORDER BY c.plan_id, c.position",
                rows -> new IspTimetable.OtherCell(rows.getLong("plan_id"), rows.getLong("case_id"),
                        new IspPlan.Cell(DayOfWeek.of(rows.getInt("weekday")), IspPeriod.valueOf(rows.getString("period")),
                                rows.getString("course"), rows.getString("teacher_name"), longs(rows.getArray("students"))),
                        rows.getString("teacher_key")),
                schoolId, excludePlanId == null ? -1L : excludePlanId, to, from);
    }

    @Override
    public Optional<Plan> find(long schoolId, long caseId, long id) {
        return Sql.one(c(), "SELECT " + COLUMNS + " FROM isp_plan WHERE tenant_id = ? AND case_id = ? AND id = ?",
                JdbcIspStore::plan, schoolId, caseId, id);
    }

    @Override
    public List<Plan> ofCase(long schoolId, long caseId) {
        return Sql.list(c(), "SELECT " + COLUMNS + " FROM isp_plan WHERE tenant_id = ? AND case_id = ? "
                + "ORDER BY starts_on, id", JdbcIspStore::plan, schoolId, caseId);
    }

    /** The case's plan in progress, if any. */
    @Override
    public Optional<Long> inProgress(long schoolId, long caseId) {
        return Sql.one(c(), "SELECT id FROM isp_plan WHERE tenant_id = ? AND case_id = ? AND state IN " + ACTIVE,
                rows -> rows.getLong(1), schoolId, caseId);
    }

    /** Moves the plan read at {@code version} from one state to another; false if it changed meanwhile. */
    @Override
    public boolean move(long schoolId, long id, long version, IspState from, IspState to, Instant at, long by) {
        String set = switch (to) {
            case SUBMITTED -> ", submitted_at = ?, submitted_by = ?";
            case APPROVED -> ", decided_at = ?, decided_by = ?";
            case DRAFT -> ", decided_at = ?, decided_by = ?, submitted_budget = NULL";
            default -> "";
        };
        List<Object> parameters = new ArrayList<>(List.of(to.name(), at, by));
        if (!set.isEmpty()) {
            parameters.addAll(List.of(at, by));
        }
        parameters.addAll(List.of(schoolId, id, version, from.name()));
        return Sql.update(c(), "UPDATE isp_plan SET state = ?, updated_at = ?, updated_by = ?" + set
                + ", version = version + 1 WHERE tenant_id = ? AND id = ? AND version = ? AND state = ?",
                parameters.toArray()) == 1;
    }

    /** Keeps the budget as it was submitted (JSON) and its total. */
    @Override
    public void submittedBudget(long schoolId, long id, String budgetJson, BigDecimal total) {
        Sql.update(c(), "UPDATE isp_plan SET submitted_budget = ?::jsonb, budget_total = ? WHERE tenant_id = ? AND id = ?",
                budgetJson, total, schoolId, id);
    }

    @Override
    public void filed(long schoolId, long id, LocalDate filedOn, String reference) {
        Sql.update(c(), "UPDATE isp_plan SET filed_on = ?, filing_reference = ? WHERE tenant_id = ? AND id = ?",
                filedOn, reference, schoolId, id);
    }

    @Override
    public void completed(long schoolId, long id, LocalDate completedOn) {
        Sql.update(c(), "UPDATE isp_plan SET completed_on = ? WHERE tenant_id = ? AND id = ?", completedOn, schoolId, id);
    }

    @Override
    public void insertTransition(long schoolId, long planId, IspState from, IspState to, String note, Instant at,
                                 long by) {
        Sql.update(c(), "INSERT INTO isp_transition (tenant_id, plan_id, from_state, to_state, note, occurred_at, "
                        + "occurred_by) VALUES (?, ?, ?, ?, ?, ?, ?)", schoolId, planId, from == null ? null : from.name(),
                to.name(), note, at, by);
    }

    @Override
    public List<Transition> transitions(long schoolId, long planId) {
        return Sql.list(c(), "SELECT t.from_state, t.to_state, t.note, t.occurred_at, t.occurred_by, u.display_name "
                        + "FROM isp_transition t LEFT JOIN app_user u ON u.id = t.occurred_by "
                        + "WHERE t.tenant_id = ? AND t.plan_id = ? ORDER BY t.occurred_at, t.id",
                rows -> new Transition(rows.getString(1), rows.getString(2), rows.getString(3), Sql.instant(rows, "occurred_at"),
                        rows.getLong(5), rows.getString(6)), schoolId, planId);
    }

    /** The case's needs-assessment meetings (需求評估會議), oldest first: #1, #2, … */
    @Override
    public List<NeedsMeeting> needsMeetings(long schoolId, long caseId) {
        return Sql.list(c(), "SELECT id, held_on FROM case_meeting WHERE tenant_id = ? AND case_id = ? "
                        + "AND kind = 'NEEDS_ASSESSMENT' ORDER BY held_on, id",
                rows -> new NeedsMeeting(rows.getLong(1), Sql.date(rows, "held_on")), schoolId, caseId);
    }

    /** Names of the school's students among the ids (others are left out). */
    @Override
    public Map<Long, String> studentNames(long schoolId, Collection<Long> ids) {
        Map<Long, String> names = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        Sql.list(c(), "SELECT id, name FROM student WHERE tenant_id = ? AND id = ANY (?) ORDER BY id",
                rows -> names.put(rows.getLong(1), rows.getString(2)), schoolId, ids.toArray(Long[]::new));
        return names;
    }

    /** The case's open tasks that produce a kind of document (completed when the plan is filed). */
    @Override
    public List<OpenTask> openTasksProducing(long schoolId, long caseId, String produces) {
        return Sql.list(c(), "SELECT id, version FROM case_task WHERE tenant_id = ? AND case_id = ? AND produces = ? "
                        + "AND status = 'OPEN' ORDER BY id", rows -> new OpenTask(rows.getLong(1), rows.getLong(2)),
                schoolId, caseId, produces);
    }

    private static Plan plan(ResultSet rows) throws SQLException {
        return new Plan(rows.getLong("id"), rows.getLong("case_id"), IspState.valueOf(rows.getString("state")),
                JSON.fromJson(rows.getString("content"), IspPlan.class), rows.getBigDecimal("budget_total"),
                rows.getString("submitted_budget"), Sql.instant(rows, "submitted_at"), Sql.longOrNull(rows, "submitted_by"),
                Sql.instant(rows, "decided_at"), Sql.longOrNull(rows, "decided_by"), Sql.date(rows, "filed_on"),
                rows.getString("filing_reference"), Sql.date(rows, "completed_on"), Sql.instant(rows, "created_at"),
                rows.getLong("created_by"), Sql.instant(rows, "updated_at"), rows.getLong("updated_by"),
                rows.getLong("version"));
    }

    private static List<Long> longs(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        return Arrays.stream(values).map(v -> ((Number) v).longValue()).toList();
    }

    private Connection c() {
        return jdbc.tenant();
    }
}
