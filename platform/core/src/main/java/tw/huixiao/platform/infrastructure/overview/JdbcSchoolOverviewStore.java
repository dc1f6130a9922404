package tw.huixiao.platform.infrastructure.overview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import tw.huixiao.platform.application.escalation.TaskStore;
import tw.huixiao.platform.infrastructure.persistence.Jdbc;
import tw.huixiao.platform.infrastructure.persistence.Sql;
import tw.huixiao.platform.application.overview.SchoolOverviewStore;
import tw.huixiao.platform.infrastructure.escalation.JdbcTaskStore;
import tw.huixiao.platform.application.overview.ChildOnLadder;
import tw.huixiao.platform.application.overview.IdleCase;
import tw.huixiao.platform.application.overview.OverdueDuty;
import tw.huixiao.platform.application.overview.PersonCount;

/**
 * The school overview's numbers as set-based queries of the bound school (row-level security
 * applies): each a GROUP BY over the school's rows, never a loop over cases. The lists behind the
 * numbers use the same conditions, so a number and its list always agree.
 */
@ApplicationScoped
public class JdbcSchoolOverviewStore implements SchoolOverviewStore {

    /** A case is idle when nothing was recorded on it for this many days. */

    @Inject
    Jdbc jdbc;

    private static final String ON_LADDER = "FROM absence_episode e WHERE e.tenant_id = ? AND NOT e.finished "
            + "AND e.returned_on IS NULL AND e.ladder_day > 0";

    @Override
    public List<Count> childrenByLadderDay(long schoolId) {
        return Sql.list(jdbc.tenant(), "SELECT e.ladder_day, count(DISTINCT e.student_id) " + ON_LADDER
                + " GROUP BY e.ladder_day ORDER BY e.ladder_day", r -> new Count(String.valueOf(r.getInt(1)), r.getLong(2)),
                schoolId);
    }

    /** The children on a ladder day, each once (the latest streak's case, if one was opened). */
    @Override
    public List<ChildOnLadder> childrenOnLadderDay(long schoolId, int day) {
        return Sql.list(jdbc.tenant(), "SELECT DISTINCT ON (s.id) s.id, s.name, c.name, e.ladder_day, e.started_on, "
                + "e.case_id FROM absence_episode e JOIN student s ON s.tenant_id = e.tenant_id AND s.id = e.student_id "
                + "LEFT JOIN school_class c ON c.tenant_id = s.tenant_id AND c.id = s.class_id WHERE e.tenant_id = ? "
                + "AND NOT e.finished AND e.returned_on IS NULL AND e.ladder_day = ? "
                + "ORDER BY s.id, e.case_id NULLS LAST, e.started_on DESC",
                r -> new ChildOnLadder(r.getLong(1), r.getString(2), r.getString(3), r.getInt(4), Sql.date(r, "started_on"),
                        Sql.longOrNull(r, "case_id")), schoolId, day);
    }

    /** Cases not closed, by category and the module version naming it. */
    @Override
    public List<CategoryCount> openByCategory(long schoolId) {
        return Sql.list(jdbc.tenant(), "SELECT category_id, policy_id, policy_version, count(*) FROM student_case "
                + "WHERE tenant_id = ? AND state <> 'CLOSED' GROUP BY category_id, policy_id, policy_version "
                + "ORDER BY category_id", r -> new CategoryCount(r.getString(1), r.getString(2), r.getString(3),
                r.getLong(4)), schoolId);
    }

    @Override
    public List<Count> openByState(long schoolId) {
        return Sql.list(jdbc.tenant(), "SELECT state, count(*) FROM student_case WHERE tenant_id = ? AND state <> 'CLOSED' "
                + "GROUP BY state", r -> new Count(r.getString(1), r.getLong(2)), schoolId);
    }

    private static final String OVERDUE_FROM = " FROM case_task t WHERE " + JdbcTaskStore.OVERDUE + " AND t.tenant_id = ?";

    @Override
    public List<Count> overdueByRole(long schoolId, LocalDate today, Instant now) {
        return Sql.list(jdbc.tenant(), "SELECT t.responsible_role, count(*)" + OVERDUE_FROM
                + " GROUP BY t.responsible_role ORDER BY count(*) DESC, t.responsible_role",
                r -> new Count(r.getString(1), r.getLong(2)), today, now, schoolId);
    }

    /** Overdue duties that name a person (a class's 導師, a student's 認輔老師), by that person. */
    @Override
    public List<PersonCount> overdueByPerson(long schoolId, LocalDate today, Instant now) {
        return Sql.list(jdbc.tenant(), "SELECT t.assignee_id, u.display_name, count(*) FROM case_task t "
                + "JOIN app_user u ON u.id = t.assignee_id WHERE " + JdbcTaskStore.OVERDUE + " AND t.tenant_id = ? "
                + "GROUP BY t.assignee_id, u.display_name ORDER BY count(*) DESC, u.display_name",
                r -> new PersonCount(r.getLong(1), r.getString(2), r.getLong(3)), today, now, schoolId);
    }

    /** The overdue duties of one office (role) or one person; null = any. Oldest deadline first. */
    @Override
    public List<OverdueDuty> overdueDuties(long schoolId, LocalDate today, Instant now, String role, Long personId) {
        return Sql.list(jdbc.tenant(), "SELECT t.id, t.case_id, s.name, c.name, t.rule_id, t.duty_zh, t.duty_en, "
                + "t.due_on, t.due_at, t.responsible_role, t.assignee_id, u.display_name FROM case_task t "
                + "JOIN student s ON s.tenant_id = t.tenant_id AND s.id = t.student_id "
                + "LEFT JOIN school_class c ON c.tenant_id = s.tenant_id AND c.id = s.class_id "
                + "LEFT JOIN app_user u ON u.id = t.assignee_id WHERE " + JdbcTaskStore.OVERDUE + " AND t.tenant_id = ? "
                + "AND (CAST(? AS text) IS NULL OR t.responsible_role = ?) AND (CAST(? AS bigint) IS NULL OR t.assignee_id = ?) "
                + "ORDER BY t.due_on, t.id",
                r -> new OverdueDuty(r.getLong(1), Sql.longOrNull(r, "case_id"), r.getString(3), r.getString(4),
                        r.getString(5), r.getString(6), r.getString(7), Sql.date(r, "due_on"), Sql.instant(r, "due_at"),
                        r.getString(10), Sql.longOrNull(r, "assignee_id"), r.getString(12)),
                today, now, schoolId, role, role, personId, personId);
    }

    /**
     * Cases not closed, opened over {@link #IDLE_DAYS} days ago, with nothing recorded since: no duty
     * done, no change of state, tier or people, no meeting, form record or counselling note.
     */
    private static final String IDLE = " FROM student_case k JOIN student s ON s.tenant_id = k.tenant_id "
            + "AND s.id = k.student_id LEFT JOIN school_class c ON c.tenant_id = s.tenant_id AND c.id = s.class_id "
            + "CROSS JOIN LATERAL (SELECT greatest(k.opened_at, "
            + "(SELECT max(t.completed_at) FROM case_task t WHERE t.tenant_id = k.tenant_id AND t.case_id = k.id), "
            + "(SELECT max(h.changed_at) FROM case_change h WHERE h.tenant_id = k.tenant_id AND h.case_id = k.id), "
            + "(SELECT max(m.updated_at) FROM case_meeting m WHERE m.tenant_id = k.tenant_id AND m.case_id = k.id), "
            + "(SELECT max(f.updated_at) FROM form_record f WHERE f.tenant_id = k.tenant_id AND f.case_id = k.id), "
            + "(SELECT max(n.updated_at) FROM counselling_note n WHERE n.tenant_id = k.tenant_id AND n.case_id = k.id)"
            + ") AS at) last WHERE k.tenant_id = ? AND k.state <> 'CLOSED' AND last.at < ?";

    @Override
    public long idleCount(long schoolId, Instant since) {
        return Sql.one(jdbc.tenant(), "SELECT count(*)" + IDLE, r -> r.getLong(1), schoolId, since).orElse(0L);
    }

    @Override
    public List<IdleCase> idleCases(long schoolId, Instant since) {
        return Sql.list(jdbc.tenant(), "SELECT k.id, s.name, c.name, k.category_id, k.policy_id, k.policy_version, "
                + "k.state, last.at" + IDLE + " ORDER BY last.at, k.id",
                r -> new IdleCase(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                        r.getString(6), r.getString(7), Sql.instant(r, "at")), schoolId, since);
    }

    /** The semester today falls in, or the last one begun: its first and last day. */
    @Override
    public Optional<LocalDate[]> semester(long schoolId, LocalDate today) {
        return Sql.one(jdbc.tenant(), "SELECT first_day, last_day FROM semester WHERE tenant_id = ? AND first_day <= ? "
                + "ORDER BY first_day DESC LIMIT 1",
                r -> new LocalDate[] {Sql.date(r, "first_day"), Sql.date(r, "last_day")}, schoolId, today);
    }

    /**
     * Per week (Monday to Sunday) from {@code from}'s week to {@code to}'s: the unexcused absences
     * (student-days of 曠課) and the cases open at the week's end.
     */
    @Override
    public List<Week> weeks(long schoolId, LocalDate from, LocalDate to) {
        return Sql.list(jdbc.tenant(), "WITH w AS (SELECT d::date AS start FROM generate_series("
                + "date_trunc('week', CAST(? AS date)), date_trunc('week', CAST(? AS date)), interval '7 days') d) "
                + "SELECT w.start, "
                + "(SELECT count(*) FROM attendance a WHERE a.tenant_id = ? AND a.status = 'UNEXCUSED' "
                + "AND a.day BETWEEN w.start AND w.start + 6), "
                + "(SELECT count(*) FROM student_case k WHERE k.tenant_id = ? AND k.opened_on <= w.start + 6 "
                + "AND (k.closed_at IS NULL OR k.closed_at >= (w.start + 7)::timestamp AT TIME ZONE 'Asia/Taipei')) "
                + "FROM w ORDER BY w.start",
                r -> new Week(Sql.date(r, "start"), r.getLong(2), r.getLong(3)), from, to, schoolId, schoolId);
    }
}
