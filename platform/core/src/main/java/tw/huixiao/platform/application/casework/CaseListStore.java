package tw.huixiao.platform.application.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The case list as one set-based query of the bound school: each case with its student, class,
 * the ladder day of its streak (an active episode whose student is not back) and its overdue
 * tasks, filtered and paged in PostgreSQL — a page never loads more than its rows.
 */
public interface CaseListStore {

    /**
     * Which cases: {@code homeroomOf} / {@code mentoredBy} restrict to a homeroom teacher's classes
     * or a mentor's students (either, when both are set); the rest are filters, null = any.
     * {@code today} and {@code now} decide what is overdue.
     */
    public record Query(long schoolId, Long homeroomOf, Long mentoredBy, List<String> categoryIds, List<String> states,
                        Integer tier, Integer ladderDay, boolean overdueOnly, Long classId, LocalDate today,
                        Instant now) {
    }

    /** A row of the list; {@code ladderDay} null when no streak is running. */
    public record Row(long id, long studentId, String studentName, int grade, String className, Integer seatNumber,
                      String categoryId, String policyId, String policyVersion, String state, int tier,
                      Integer ladderDay, int overdueTasks, LocalDate openedOn, LocalDate returnedOn, boolean emergency,
                      boolean openedByEngine) {
    }

    /** How many cases match, and how many of them have overdue tasks. */
    public record Counts(long total, long withOverdueTasks) {
    }

    /** A homeroom class to filter by. */
    public record ClassOption(long id, int schoolYear, String name) {
    }

    /** Newest first. */
    List<Row> page(Query query, int offset, int limit);

    /** Every matching case, newest first (an export: a school's cases, never another's). */
    List<Row> all(Query query);

    Counts count(Query query);

    /** The classes a caller may filter by: all, or those of their own class and mentored students. */
    List<ClassOption> classes(long schoolId, Long homeroomOf, Long mentoredBy);
}
