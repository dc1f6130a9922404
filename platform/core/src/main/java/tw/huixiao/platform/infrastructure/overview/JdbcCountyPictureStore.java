package tw.huixiao.platform.infrastructure.overview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tw.huixiao.platform.infrastructure.persistence.Jdbc;
import tw.huixiao.platform.infrastructure.persistence.Sql;
import tw.huixiao.platform.application.overview.CountyPictureStore;
import tw.huixiao.platform.infrastructure.escalation.JdbcTaskStore;
import tw.huixiao.platform.application.overview.CaseRow;
import tw.huixiao.platform.application.overview.DutyRow;
import tw.huixiao.platform.application.overview.Measure;
import tw.huixiao.platform.application.overview.SchoolRow;
import tw.huixiao.platform.application.overview.StepCount;

/**
 * The county picture's numbers as set-based queries over a county bureau's read scope (the
 * transaction bound with {@code TenantBoundEntityManager.bindCounty}: PostgreSQL's county_read
 * policies let through the county's schools only, whatever the statement asks). Each number is a
 * {@link Measure} whose condition is written once and used by both the count and the list behind
 * it, so the two always agree.
 */
@ApplicationScoped
public class JdbcCountyPictureStore implements CountyPictureStore {

    @Inject
    Jdbc jdbc;

    /**
     * The county's schools under the scope, each with its numbers; district and code order. Each
     * school's numbers are read per school ({@code CROSS JOIN LATERAL … WHERE tenant_id = sc.id}), so
     * that the school is an index condition and row-level security filters only the county's rows;
     * a join of the county's schools with whole tables made PostgreSQL read every county's students
     * and duties through the policies (deploy/bench/county-picture: the county picture of 1,163
     * schools and 654,436 students).
     */
    @Override
    public List<SchoolRow> schools(Scope scope, Terms terms) {
        Statement s = schoolsCte(scope);
        s.sql(" SELECT sc.id, sc.moe_code, sc.name, sc.district, sc.level, sc.remote_area, st.n, kc.open, kc.dropouts, "
                + "kc.re_enrolled, kc.long_absence, tc.overdue, tc.reports FROM sc "
                + "CROSS JOIN LATERAL (SELECT count(*) AS n FROM student s WHERE s.tenant_id = sc.id "
                + "AND s.enrolment_status = 'ENROLLED') st "
                + "CROSS JOIN LATERAL (SELECT ");
        String separator = "";
        for (Measure m : Measure.values()) {
            if (m.onCases()) {
                s.sql(separator + "count(*) FILTER (WHERE ");
                condition(m, s, terms);
                s.sql(") AS " + m.name().toLowerCase());
                separator = ", ";
            }
        }
        s.sql(" FROM student_case k WHERE k.tenant_id = sc.id) kc "
                + "CROSS JOIN LATERAL (SELECT count(*) AS overdue, count(*) FILTER (WHERE t.produces = ANY(?)) AS reports "
                + "FROM case_task t WHERE t.tenant_id = sc.id AND ", (Object) terms.reportKinds());
        condition(Measure.OVERDUE, s, terms);
        s.sql(") tc ORDER BY sc.district, sc.moe_code");
        return Sql.list(jdbc.county(), s.text(), r -> new SchoolRow(r.getLong(1), r.getString(2), r.getString(3),
                r.getString(4), r.getString(5), r.getBoolean(6), r.getLong(7), r.getLong(8), r.getLong(9), r.getLong(10),
                r.getLong(11), r.getLong(12), r.getLong(13)), s.parameters());
    }

    /** Cases not closed by category (and the module version naming it) and state. */
    @Override
    public List<CategoryStateCount> openByCategoryAndState(Scope scope) {
        Statement s = schoolsCte(scope);
        s.sql(" SELECT k.category_id, k.policy_id, k.policy_version, k.state, count(*) FROM student_case k "
                + "JOIN sc ON sc.id = k.tenant_id WHERE k.state <> 'CLOSED' "
                + "GROUP BY k.category_id, k.policy_id, k.policy_version, k.state ORDER BY k.category_id, k.state");
        return Sql.list(jdbc.county(), s.text(), r -> new CategoryStateCount(r.getString(1), r.getString(2),
                r.getString(3), r.getString(4), r.getLong(5)), s.parameters());
    }

    /** Overdue duties by ladder step (the rule id of the step). */
    @Override
    public List<StepCount> overdueBySteps(Scope scope, Terms terms) {
        Statement s = schoolsCte(scope);
        s.sql(" SELECT t.rule_id, min(t.duty_zh), min(t.duty_en), count(*) FROM case_task t "
                + "JOIN sc ON sc.id = t.tenant_id WHERE ");
        condition(Measure.OVERDUE, s, terms);
        s.sql(" GROUP BY t.rule_id ORDER BY count(*) DESC, t.rule_id");
        return Sql.list(jdbc.county(), s.text(), r -> new StepCount(r.getString(1), r.getString(2), r.getString(3),
                r.getLong(4)), s.parameters());
    }

    /** Per calendar month from {@code from} to {@code to}: cases opened, 中輟 cases opened, cases open at its end. */
    @Override
    public List<Month> months(Scope scope, Terms terms, LocalDate from, LocalDate to) {
        Statement s = schoolsCte(scope);
        s.sql(", m AS (SELECT d::date AS start FROM generate_series(date_trunc('month', CAST(? AS date)), "
                + "date_trunc('month', CAST(? AS date)), interval '1 month') d), "
                + "k AS (SELECT k.opened_on, k.closed_at, k.category_id = ANY(?) AS dropout FROM student_case k "
                + "JOIN sc ON sc.id = k.tenant_id) "
                + "SELECT m.start, "
                + "(SELECT count(*) FROM k WHERE k.opened_on >= m.start AND k.opened_on < (m.start + interval '1 month')), "
                + "(SELECT count(*) FROM k WHERE k.dropout AND k.opened_on >= m.start "
                + "AND k.opened_on < (m.start + interval '1 month')), "
                + "(SELECT count(*) FROM k WHERE k.opened_on < (m.start + interval '1 month') AND (k.closed_at IS NULL "
                + "OR k.closed_at >= (m.start + interval '1 month')::timestamp AT TIME ZONE 'Asia/Taipei')) "
                + "FROM m ORDER BY m.start", from, to, terms.dropoutCategories());
        return Sql.list(jdbc.county(), s.text(), r -> new Month(Sql.date(r, "start"), r.getLong(2), r.getLong(3),
                r.getLong(4)), s.parameters());
    }

    /**
     * The cases behind a number: the measure (a case measure), optionally one category and state.
     * The student's name only where {@code withNames} (the documents send it to the bureau).
     */
    @Override
    public List<CaseRow> cases(Scope scope, Terms terms, Measure measure, String categoryId, String state,
                               boolean withNames) {
        Statement s = schoolsCte(scope);
        s.sql(" SELECT k.id, sc.id, sc.moe_code, sc.name, k.category_id, k.policy_id, k.policy_version, k.state, "
                + "k.opened_on, " + (withNames ? "p.name" : "NULL") + " AS student_name FROM student_case k "
                + "JOIN sc ON sc.id = k.tenant_id "
                + (withNames ? "JOIN student p ON p.tenant_id = k.tenant_id AND p.id = k.student_id " : "") + "WHERE ");
        condition(measure, s, terms);
        s.sql(" AND (CAST(? AS text) IS NULL OR k.category_id = ?) AND (CAST(? AS text) IS NULL OR k.state = ?) "
                + "ORDER BY sc.district, sc.moe_code, k.opened_on DESC, k.id", categoryId, categoryId, state, state);
        return Sql.list(jdbc.county(), s.text(), r -> new CaseRow(r.getLong(1), r.getLong(2), r.getString(3),
                r.getString(4), r.getString(5), r.getString(6), r.getString(7), r.getString(8), Sql.date(r, "opened_on"),
                r.getString(10)), s.parameters());
    }

    /** The duties behind a number: overdue (or overdue reports), optionally of one ladder step. */
    @Override
    public List<DutyRow> duties(Scope scope, Terms terms, Measure measure, String ruleId) {
        Statement s = schoolsCte(scope);
        s.sql(" SELECT t.id, t.case_id, sc.id, sc.moe_code, sc.name, t.rule_id, t.duty_zh, t.duty_en, t.due_on, "
                + "t.due_at, t.responsible_role, t.produces FROM case_task t JOIN sc ON sc.id = t.tenant_id WHERE ");
        condition(measure, s, terms);
        s.sql(" AND (CAST(? AS text) IS NULL OR t.rule_id = ?) ORDER BY sc.district, sc.moe_code, t.due_on, t.id",
                ruleId, ruleId);
        return Sql.list(jdbc.county(), s.text(), r -> new DutyRow(r.getLong(1), Sql.longOrNull(r, "case_id"),
                r.getLong(3), r.getString(4), r.getString(5), r.getString(6), r.getString(7), r.getString(8),
                Sql.date(r, "due_on"), Sql.instant(r, "due_at"), r.getString(11), r.getString(12)), s.parameters());
    }

    /** The county's districts (for the filter). */
    @Override
    public List<String> districts(String county) {
        return Sql.list(jdbc.county(), "SELECT DISTINCT district FROM school WHERE county = ? ORDER BY district",
                r -> r.getString(1), county);
    }

    /** The schools under the scope, as CTE {@code sc}; the county is also the database's condition. */
    private static Statement schoolsCte(Scope scope) {
        return new Statement().sql("WITH sc AS (SELECT id, moe_code, name, district, level, remote_area FROM school "
                + "WHERE county = ? AND county = current_county() AND (CAST(? AS text) IS NULL OR district = ?) "
                + "AND (CAST(? AS text) IS NULL OR level = ?) AND (CAST(? AS boolean) IS NULL OR remote_area = ?) "
                + "AND (CAST(? AS bigint) IS NULL OR id = ?))", scope.county(), scope.district(), scope.district(),
                scope.level(), scope.level(), scope.remoteArea(), scope.remoteArea(), scope.schoolId(), scope.schoolId());
    }

    /** SQL text and its parameters written together, so conditions can be composed in order. */
    static final class Statement {
        private final StringBuilder text = new StringBuilder();
        private final List<Object> parameters = new ArrayList<>();

        Statement sql(String part, Object... values) {
            text.append(part);
            parameters.addAll(Arrays.asList(values));
            return this;
        }

        String text() {
            return text.toString();
        }

        Object[] parameters() {
            return parameters.toArray();
        }
    }
    private static void condition(Measure measure, Statement s, Terms terms) {
        switch (measure) {
            case OPEN -> s.sql("k.state <> 'CLOSED'");
            case DROPOUTS -> s.sql("(k.category_id = ANY(?) AND k.opened_on BETWEEN ? AND ?)",
                    terms.dropoutCategories(), terms.semesterStart(), terms.today());
            case RE_ENROLLED -> s.sql("(k.category_id = ANY(?) AND EXISTS (SELECT 1 FROM case_event e WHERE "
                    + "e.tenant_id = k.tenant_id AND e.case_id = k.id AND e.event = 'RE_ENROLLED' AND e.occurred_at >= ?))",
                    terms.dropoutCategories(), terms.semesterStartInstant());
            case LONG_ABSENCE -> s.sql("(k.category_id = ANY(?) AND k.state <> 'CLOSED')", (Object) terms.longAbsenceCategories());
            case OVERDUE -> s.sql(JdbcTaskStore.OVERDUE, terms.today(), terms.now());
            case REPORTS_OVERDUE -> s.sql("(" + JdbcTaskStore.OVERDUE + " AND t.produces = ANY(?))", terms.today(),
                    terms.now(), terms.reportKinds());
            default -> throw new IllegalStateException(measure.name());
        }
    }
}
