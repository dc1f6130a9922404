package tw.huixiao.platform.application.overview;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The school overview's numbers as set-based queries of the bound school (row-level security
 * applies): each a GROUP BY over the school's rows, never a loop over cases. The lists behind the
 * numbers use the same conditions, so a number and its list always agree.
 */
public interface SchoolOverviewStore {

    /** A case untouched this many days counts as idle. */
    int IDLE_DAYS = 7;

    public record Count(String key, long count) {
    }

    public record CategoryCount(String categoryId, String policyId, String policyVersion, long count) {
    }

    public record Week(LocalDate start, long absences, long openCases) {
    }

    List<Count> childrenByLadderDay(long schoolId);

    /** The children on a ladder day, each once (the latest streak's case, if one was opened). */
    List<ChildOnLadder> childrenOnLadderDay(long schoolId, int day);

    /** Cases not closed, by category and the module version naming it. */
    List<CategoryCount> openByCategory(long schoolId);

    List<Count> openByState(long schoolId);

    List<Count> overdueByRole(long schoolId, LocalDate today, Instant now);

    /** Overdue duties that name a person (a class's 導師, a student's 認輔老師), by that person. */
    List<PersonCount> overdueByPerson(long schoolId, LocalDate today, Instant now);

    /** The overdue duties of one office (role) or one person; null = any. Oldest deadline first. */
    List<OverdueDuty> overdueDuties(long schoolId, LocalDate today, Instant now, String role, Long personId);

    long idleCount(long schoolId, Instant since);

    List<IdleCase> idleCases(long schoolId, Instant since);

    /** The semester today falls in, or the last one begun: its first and last day. */
    Optional<LocalDate[]> semester(long schoolId, LocalDate today);

    /**
     * Per week (Monday to Sunday) from {@code from}'s week to {@code to}'s: the unexcused absences
     * (student-days of 曠課) and the cases open at the week's end.
     */
    List<Week> weeks(long schoolId, LocalDate from, LocalDate to);
}
