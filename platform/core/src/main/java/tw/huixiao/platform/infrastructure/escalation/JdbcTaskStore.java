package tw.huixiao.platform.infrastructure.escalation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tw.huixiao.platform.domain.escalation.TaskCompleted;
import tw.huixiao.platform.domain.escalation.TaskView;
import tw.huixiao.platform.infrastructure.persistence.Jdbc;
import tw.huixiao.platform.infrastructure.persistence.Sql;
import tw.huixiao.platform.application.escalation.TaskStore;

/** Reads and completes tasks of the bound school. */
@ApplicationScoped
public class JdbcTaskStore implements TaskStore {

    private static final String COLUMNS = "t.id, t.case_id, t.episode_id, t.student_id, s.name, t.rule_id, t.trigger_text, "
            + "t.why, t.responsible_role, t.other_roles, t.assignee_id, t.duty_zh, t.duty_en, t.source_text, t.produces, "
            + "t.arose_at, t.due_kind, t.earliest_on, t.due_on, t.due_at, t.status, t.completed_at, t.completed_by, "
            + "t.completion_note, t.record_ref, t.version";
    /** An open task {@code t} past its date or time; parameters: today, now. */
    public static final String OVERDUE = "(t.status = 'OPEN' AND ((t.due_kind IN ('DATE', 'WINDOW') AND t.due_on < ?) "
            + "OR (t.due_kind = 'TIME' AND t.due_at < ?)))";

    /** How far ahead today's list shows tasks due at a time of day. */
    static final java.time.Duration HOUR_DEADLINES_SHOWN = java.time.Duration.ofHours(24);

    @Inject
    Jdbc jdbc;

    @Inject
    Event<TaskCompleted> completions;

    @Override
    public List<TaskView> ofCase(long schoolId, long caseId, LocalDate today, Instant now) {
        return list("SELECT " + COLUMNS + ", " + OVERDUE + " FROM case_task t JOIN student s ON s.tenant_id = t.tenant_id "
                + "AND s.id = t.student_id WHERE t.tenant_id = ? AND t.case_id = ? ORDER BY t.arose_at, t.step_index, "
                + "t.occurrence, t.id", Date.valueOf(today), Timestamp.from(now), schoolId, caseId);
    }

    /**
     * Open tasks of the given kind: those assigned to the user, or — unassigned — to one of the
     * roles, or watched by one of the roles; with {@code wholeSchool} every open task of the school.
     * "Today" also holds tasks due at a time within the next 24 hours.
     */
    @Override
    public List<TaskView> due(long schoolId, Due due, long userId, Collection<String> roles, boolean wholeSchool,
                              LocalDate today, Instant now, int limit) {
        String which = switch (due) {
            // Hour deadlines (e.g. a protective report within 24 hours, YL-PROTECT) are in today's
            // list from the moment they arise until they fall due, even when that is tomorrow.
            case TODAY -> "t.status = 'OPEN' AND (t.due_on = ? OR (t.due_kind = 'TIME' AND t.due_at <= ?))";
            case OVERDUE -> OVERDUE;
            case OPEN -> "t.status = 'OPEN' AND ?::date IS NOT NULL";
        };
        List<Object> parameters = new ArrayList<>(List.of(Date.valueOf(today), Timestamp.from(now), schoolId,
                Date.valueOf(today)));
        if (due == Due.OVERDUE) {
            parameters.add(Timestamp.from(now));
        } else if (due == Due.TODAY) {
            parameters.add(Timestamp.from(now.plus(HOUR_DEADLINES_SHOWN)));
        }
        String mine = "";
        if (!wholeSchool) {
            mine = " AND (t.assignee_id = ? OR (t.assignee_id IS NULL AND t.responsible_role = ANY (?) "
                    + "AND t.responsible_role NOT IN ('HOMEROOM_TEACHER', 'MENTOR_TEACHER')) "
                    + "OR string_to_array(t.watcher_roles, ',') && ?::text[])";
            parameters.add(userId);
            parameters.add(roles.toArray(String[]::new));
            parameters.add(roles.toArray(String[]::new));
        }
        parameters.add(limit);
        return list("SELECT " + COLUMNS + ", " + OVERDUE + " FROM case_task t JOIN student s ON s.tenant_id = t.tenant_id "
                + "AND s.id = t.student_id WHERE t.tenant_id = ? AND " + which + mine
                + " ORDER BY coalesce(t.due_on, DATE '9999-12-31'), t.student_id, t.arose_at, t.step_index LIMIT ?",
                parameters.toArray());
    }

    /** The tasks this user recorded (done or not applicable) since the given instant, newest first. */
    @Override
    public List<TaskView> recordedBy(long schoolId, long userId, Instant since, LocalDate today, Instant now, int limit) {
        return list("SELECT " + COLUMNS + ", " + OVERDUE + " FROM case_task t JOIN student s ON s.tenant_id = t.tenant_id "
                + "AND s.id = t.student_id WHERE t.tenant_id = ? AND t.status <> 'OPEN' AND t.completed_by = ? "
                + "AND t.completed_at >= ? ORDER BY t.completed_at DESC, t.id LIMIT ?", Date.valueOf(today),
                Timestamp.from(now), schoolId, userId, Timestamp.from(since), limit);
    }

    @Override
    public Optional<TaskView> find(long schoolId, long taskId, LocalDate today, Instant now) {
        return list("SELECT " + COLUMNS + ", " + OVERDUE + " FROM case_task t JOIN student s ON s.tenant_id = t.tenant_id "
                + "AND s.id = t.student_id WHERE t.tenant_id = ? AND t.id = ?", Date.valueOf(today), Timestamp.from(now),
                schoolId, taskId).stream().findFirst();
    }

    /** Completes an open task at the version read; false if it changed meanwhile. */
    @Override
    public boolean complete(long schoolId, long taskId, long version, boolean notApplicable, long by, Instant at,
                            String note, String recordRef) {
        boolean completed = Sql.update(jdbc.tenant(), "UPDATE case_task SET status = ?, completed_at = ?, "
                + "completed_by = ?, completion_note = ?, record_ref = ?, version = version + 1 WHERE tenant_id = ? "
                + "AND id = ? AND version = ? AND status = 'OPEN'", notApplicable ? "NOT_APPLICABLE" : "DONE", at, by,
                note, recordRef, schoolId, taskId, version) == 1;
        if (completed && !notApplicable) {
            // Listeners act in this transaction (a duty that files with the bureau files its record).
            completions.fire(new TaskCompleted(schoolId, taskId, by, at, note, recordRef));
        }
        return completed;
    }

    /** When a case closes, its continuing duties end with it. */
    @Override
    public void endOngoing(long schoolId, long caseId, Instant at, String reason) {
        Sql.update(jdbc.tenant(), "UPDATE case_task SET status = 'NOT_APPLICABLE', completed_at = ?, "
                + "completion_note = ?, version = version + 1 WHERE tenant_id = ? AND case_id = ? AND status = 'OPEN' "
                + "AND due_kind = 'ONGOING'", at, reason, schoolId, caseId);
    }

    private List<TaskView> list(String sql, Object... parameters) {
        return Sql.list(jdbc.tenant(), sql, JdbcTaskStore::task, parameters);
    }

    private static TaskView task(ResultSet r) throws SQLException {
        Date earliest = r.getDate(18);
        Date dueOn = r.getDate(19);
        Timestamp dueAt = r.getTimestamp(20);
        Timestamp completedAt = r.getTimestamp(22);
        return new TaskView(r.getLong(1), (Long) r.getObject(2), (Long) r.getObject(3), r.getLong(4),
                r.getString(5), r.getString(6), r.getString(7), r.getString(8), r.getString(9),
                r.getString(10), (Long) r.getObject(11), r.getString(12), r.getString(13), r.getString(14),
                r.getString(15), r.getTimestamp(16).toInstant(), r.getString(17),
                earliest == null ? null : earliest.toLocalDate(), dueOn == null ? null : dueOn.toLocalDate(),
                dueAt == null ? null : dueAt.toInstant(), r.getString(21), r.getBoolean(27),
                completedAt == null ? null : completedAt.toInstant(), (Long) r.getObject(23), r.getString(24),
                r.getString(25), r.getLong(26));
    }

    /** Children on each ladder day: active streak episodes whose student is not back, by ladder day. */
    @Override
    public Map<Integer, Integer> childrenPerLadderDay(long schoolId) {
        Map<Integer, Integer> found = new TreeMap<>();
        Sql.list(jdbc.tenant(), "SELECT ladder_day, count(DISTINCT student_id) FROM absence_episode WHERE tenant_id = ? "
                        + "AND NOT finished AND returned_on IS NULL AND ladder_day > 0 GROUP BY ladder_day ORDER BY ladder_day",
                rows -> found.put(rows.getInt(1), rows.getInt(2)), schoolId);
        return found;
    }
}
