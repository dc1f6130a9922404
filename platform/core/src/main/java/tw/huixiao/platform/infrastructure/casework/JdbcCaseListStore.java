package tw.huixiao.platform.infrastructure.casework;

import tw.huixiao.platform.infrastructure.persistence.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import tw.huixiao.platform.application.escalation.TaskStore;
import tw.huixiao.platform.infrastructure.persistence.Jdbc;
import tw.huixiao.platform.application.casework.CaseListStore;
import tw.huixiao.platform.infrastructure.escalation.JdbcTaskStore;

/**
 * The case list as one set-based query of the bound school: each case with its student, class,
 * the ladder day of its streak (an active episode whose student is not back) and its overdue
 * tasks, filtered and paged in PostgreSQL — a page never loads more than its rows.
 */
@ApplicationScoped
public class JdbcCaseListStore implements CaseListStore {

    private static final String FROM = " FROM student_case k JOIN student s ON s.tenant_id = k.tenant_id "
            + "AND s.id = k.student_id LEFT JOIN school_class c ON c.tenant_id = s.tenant_id AND c.id = s.class_id "
            + "LEFT JOIN LATERAL (SELECT max(e.ladder_day) AS ladder_day FROM absence_episode e "
            + "WHERE e.tenant_id = k.tenant_id AND e.case_id = k.id AND NOT e.finished AND e.returned_on IS NULL "
            + "AND e.ladder_day > 0) ep ON true "
            + "LEFT JOIN LATERAL (SELECT count(*) AS overdue FROM case_task t WHERE t.tenant_id = k.tenant_id "
            + "AND t.case_id = k.id AND " + JdbcTaskStore.OVERDUE + ") ov ON true WHERE k.tenant_id = ?";

    @Inject
    Jdbc jdbc;

    /** Newest first. */
    @Override
    public List<Row> page(Query query, int offset, int limit) {
        return rows(query, " OFFSET ? LIMIT ?", offset, limit);
    }

    /** Every matching case, newest first (an export: a school's cases, never another's). */
    @Override
    public List<Row> all(Query query) {
        return rows(query, "");
    }

    private List<Row> rows(Query query, String paging, Object... pagingParameters) {
        List<Object> parameters = new ArrayList<>();
        String where = where(query, parameters);
        parameters.addAll(List.of(pagingParameters));
        return Sql.list(jdbc.tenant(), "SELECT k.id, k.student_id, s.name, s.grade, c.name AS class_name, s.seat_number, "
                + "k.category_id, k.policy_id, k.policy_version, k.state, k.tier, ep.ladder_day, ov.overdue, k.opened_on, "
                + "k.returned_on, k.emergency, k.opened_by_engine"
                + FROM + where + " ORDER BY k.opened_at DESC, k.id DESC" + paging, JdbcCaseListStore::row,
                parameters.toArray());
    }

    @Override
    public Counts count(Query query) {
        List<Object> parameters = new ArrayList<>();
        String where = where(query, parameters);
        return Sql.one(jdbc.tenant(), "SELECT count(*), count(*) FILTER (WHERE ov.overdue > 0)" + FROM + where,
                rows -> new Counts(rows.getLong(1), rows.getLong(2)), parameters.toArray()).orElseThrow();
    }

    /** The classes a caller may filter by: all, or those of their own class and mentored students. */
    @Override
    public List<ClassOption> classes(long schoolId, Long homeroomOf, Long mentoredBy) {
        List<Object> parameters = new ArrayList<>(List.of(schoolId));
        String restriction = visibleThrough("c.homeroom_teacher_id = ?", "EXISTS (SELECT 1 FROM student s "
                + "JOIN mentor_assignment m ON m.tenant_id = s.tenant_id AND m.student_id = s.id "
                + "WHERE s.tenant_id = c.tenant_id AND s.class_id = c.id AND m.mentor_user_id = ?)", homeroomOf,
                mentoredBy, parameters);
        return Sql.list(jdbc.tenant(), "SELECT c.id, c.school_year, c.name FROM school_class c WHERE c.tenant_id = ?"
                + restriction + " ORDER BY c.school_year DESC, c.grade, c.name",
                rows -> new ClassOption(rows.getLong(1), rows.getInt(2), rows.getString(3)), parameters.toArray());
    }

    private static String where(Query q, List<Object> parameters) {
        // The laterals' overdue test comes first in the statement: today, then now.
        parameters.add(q.today());
        parameters.add(q.now());
        parameters.add(q.schoolId());
        StringBuilder where = new StringBuilder(visibleThrough("c.homeroom_teacher_id = ?", "EXISTS (SELECT 1 "
                + "FROM mentor_assignment m WHERE m.tenant_id = k.tenant_id AND m.student_id = k.student_id "
                + "AND m.mentor_user_id = ?)", q.homeroomOf(), q.mentoredBy(), parameters));
        if (q.categoryIds() != null) {
            where.append(" AND k.category_id = ANY (?)");
            parameters.add(q.categoryIds().toArray(String[]::new));
        }
        if (q.states() != null) {
            where.append(" AND k.state = ANY (?)");
            parameters.add(q.states().toArray(String[]::new));
        }
        if (q.tier() != null) {
            where.append(" AND k.tier = ?");
            parameters.add(q.tier());
        }
        if (q.ladderDay() != null) {
            where.append(" AND ep.ladder_day = ?");
            parameters.add(q.ladderDay());
        }
        if (q.overdueOnly()) {
            where.append(" AND ov.overdue > 0");
        }
        if (q.classId() != null) {
            where.append(" AND s.class_id = ?");
            parameters.add(q.classId());
        }
        return where.toString();
    }

    private static String visibleThrough(String ownClass, String mentored, Long homeroomOf, Long mentoredBy,
                                         List<Object> parameters) {
        List<String> through = new ArrayList<>();
        if (homeroomOf != null) {
            through.add(ownClass);
            parameters.add(homeroomOf);
        }
        if (mentoredBy != null) {
            through.add(mentored);
            parameters.add(mentoredBy);
        }
        return through.isEmpty() ? "" : " AND (" + String.join(" OR ", through) + ")";
    }

    private static Row row(ResultSet r) throws SQLException {
        return new Row(r.getLong("id"), r.getLong("student_id"), r.getString("name"), r.getInt("grade"),
                r.getString("class_name"), Sql.intOrNull(r, "seat_number"), r.getString("category_id"),
                r.getString("policy_id"), r.getString("policy_version"), r.getString("state"), r.getInt("tier"),
                Sql.intOrNull(r, "ladder_day"), r.getInt("overdue"), Sql.date(r, "opened_on"),
                Sql.date(r, "returned_on"), r.getBoolean("emergency"), r.getBoolean("opened_by_engine"));
    }
}
