package tw.huixiao.platform.application.overview;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The county picture's numbers as set-based queries over a county bureau's read scope (the
 * transaction bound with {@code TenantBoundEntityManager.bindCounty}: PostgreSQL's county_read
 * policies let through the county's schools only, whatever the statement asks). Each number is a
 * {@link Measure} whose condition is written once and used by both the count and the list behind
 * it, so the two always agree.
 */
public interface CountyPictureStore {

    /** Which schools: the bureau's county, optionally one district, level, remote-area flag or school. */
    public record Scope(String county, String district, String level, Boolean remoteArea, Long schoolId) {

        public Scope withSchool(Long school) {
            return new Scope(county, district, level, remoteArea, school);
        }
    }

    /**
     * What the measures are counted against: the county's category ids of dropout (中輟) and
     * long-absence kinds, the document kinds that are reports, the semester's first day, today and now.
     */
    public record Terms(String[] dropoutCategories, String[] longAbsenceCategories, String[] reportKinds,
                        LocalDate semesterStart, Instant semesterStartInstant, LocalDate today, Instant now) {
    }

    public record CategoryStateCount(String categoryId, String policyId, String policyVersion, String state, long count) {
    }

    public record Month(LocalDate start, long opened, long dropoutsOpened, long openAtEnd) {
    }

    /** The county's schools under the scope, each with its numbers; district and code order. */
    List<SchoolRow> schools(Scope scope, Terms terms);

    /** Cases not closed by category (and the module version naming it) and state. */
    List<CategoryStateCount> openByCategoryAndState(Scope scope);

    /** Overdue duties by ladder step (the rule id of the step). */
    List<StepCount> overdueBySteps(Scope scope, Terms terms);

    /** Per calendar month from {@code from} to {@code to}: cases opened, 中輟 cases opened, cases open at its end. */
    List<Month> months(Scope scope, Terms terms, LocalDate from, LocalDate to);

    /**
     * The cases behind a number: the measure (a case measure), optionally one category and state.
     * The student's name only where {@code withNames} (the documents send it to the bureau).
     */
    List<CaseRow> cases(Scope scope, Terms terms, Measure measure, String categoryId, String state,
                               boolean withNames);

    /** The duties behind a number: overdue (or overdue reports), optionally of one ladder step. */
    List<DutyRow> duties(Scope scope, Terms terms, Measure measure, String ruleId);

    /** The county's districts (for the filter). */
    List<String> districts(String county);
}
