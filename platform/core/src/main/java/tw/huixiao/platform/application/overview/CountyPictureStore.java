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

    /** The numbers of the picture; cases counted on student_case k, duties on case_task t. */
    public enum Measure {
        /** Cases not closed. */
        OPEN(true),
        /** 中輟 cases opened this semester (up to today). */
        DROPOUTS(true),
        /** 中輟 cases with a 復學 (RE_ENROLLED event) this semester. */
        RE_ENROLLED(true),
        /** Long-absence (長期缺課) cases not closed. */
        LONG_ABSENCE(true),
        /** Duties past their deadline. */
        OVERDUE(false),
        /** Duties past their deadline that produce a report (a document kind of the county's module). */
        REPORTS_OVERDUE(false);

        private final boolean onCases;

        Measure(boolean onCases) {
            this.onCases = onCases;
        }

        public boolean onCases() {
            return onCases;
        }

    }

    public record SchoolRow(long schoolId, String moeCode, String name, String district, String level,
                            boolean remoteArea, long enrolled, long open, long dropouts, long reEnrolled,
                            long longAbsence, long overdue, long reportsOverdue) {
    }

    public record CategoryStateCount(String categoryId, String policyId, String policyVersion, String state, long count) {
    }

    public record StepCount(String ruleId, String dutyZh, String dutyEn, long count) {
    }

    public record Month(LocalDate start, long opened, long dropoutsOpened, long openAtEnd) {
    }

    public record CaseRow(long caseId, long schoolId, String moeCode, String schoolName, String categoryId,
                          String policyId, String policyVersion, String state, LocalDate openedOn, String studentName) {
    }

    public record DutyRow(long taskId, Long caseId, long schoolId, String moeCode, String schoolName, String ruleId,
                          String dutyZh, String dutyEn, LocalDate dueOn, Instant dueAt, String responsibleRole,
                          String produces) {
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
