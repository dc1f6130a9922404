package tw.huixiao.platform.application.escalation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import tw.huixiao.platform.domain.escalation.Episode;
import tw.huixiao.platform.domain.escalation.OpenCase;
import tw.huixiao.platform.domain.escalation.TaskDraft;

/**
 * The escalation engine's reads and writes for one school, in the school's transaction. Reads
 * are a handful of set-based queries per school (not entity loads); writes are JDBC batches
 * keyed so that doing the same work twice adds nothing.
 */
public interface EscalationStore {

    public record StudentFacts(long id, boolean indigenous, Long classId, Long homeroomId, Long mentorId,
                               boolean enrolled) {
    }

    public record LeaveMonth(int leaveRequests, int personalAndSickDays) {
    }

    public record EnrolmentEvent(long studentId, String kind, LocalDate occurredOn) {
    }

    public record Series(String seriesKey, Long caseId, Long episodeId, long studentId, int stepIndex, Instant aroseAt,
                         String triggerText, String why, String policyId, String policyVersion, String categoryId) {
    }

    /** Serialises engine work on one school across threads and server nodes. */
    void lockSchool(long schoolId);

    /**
     * The engine's own writes are derived data that the next run re-derives under the same keys,
     * so its commits need not wait for the WAL flush (PostgreSQL's {@code synchronous_commit}
     * for this transaction only): a crash can lose the last moments of engine output, never a
     * school's attendance or a person's record, and never leaves a half-written run.
     */
    void relaxCommit();

    /** The episodes, finished or not, of a category that started on the given days, per student. */
    List<Episode> episodes(long schoolId, String categoryId, Map<Long, Set<LocalDate>> startsByStudent);

    /** Unexcused days per student between two dates (inclusive). */
    Map<Long, NavigableSet<LocalDate>> unexcused(long schoolId, LocalDate from, LocalDate to);

    /** Days whose roll was taken, per class (0 = the whole school's file). */
    Map<Long, Set<LocalDate>> rolls(long schoolId, LocalDate from, LocalDate to);

    /** Flags school days whose roll (per class, 0 = the school's file) never came; flagging twice adds nothing. */
    void flagMissingRolls(long schoolId, LocalDate day, Collection<Long> classIds, LocalDate flaggedOn);

    /** The flagged rolls still missing, newest first. */
    List<MissingRoll> missingRolls(long schoolId);

    /** Leave requests and personal-plus-sick leave days per student in a period. */
    Map<Long, LeaveMonth> leave(long schoolId, LocalDate from, LocalDate to);

    Map<Long, StudentFacts> students(long schoolId, Collection<Long> ids);

    /** Enrolled students of the school (for registration tracking). */
    List<Long> enrolledStudents(long schoolId);

    List<EnrolmentEvent> enrolmentEvents(long schoolId, LocalDate since);

    List<Episode> activeEpisodes(long schoolId);

    /**
     * Stores a new episode; if the same one exists (an earlier run), returns it, extending its
     * last absent day only when the streak grew — a streak seen again costs a read, not a write.
     */
    Episode insertEpisode(long schoolId, Episode e);

    void updateEpisode(long schoolId, Episode e);

    List<OpenCase> openCases(long schoolId);

    Optional<OpenCase> openCase(long schoolId, long caseId);

    /** The latest day a case of each category was opened for each student ("studentId/categoryId"). */
    Map<String, LocalDate> latestOpenings(long schoolId);

    /** Opens a case as the engine; if the student already has an open case of the category, returns it instead. */
    OpenCase openCase(long schoolId, long studentId, String categoryId, String policyId, String policyVersion,
                             LocalDate openedOn, Instant openedAt, String note);

    void setCaseReturned(long schoolId, long caseId, LocalDate day);

    void recordCaseEvent(long schoolId, long caseId, String event, Instant at, Long by, String note);

    /** The categories whose criteria open cases also met (besides their own), by case. */
    Map<Long, Set<String>> criteriaMet(long schoolId);

    /** Records on a case that the student also met another category's criterion, on the day it was met. */
    void addCriterionMet(long schoolId, long caseId, String categoryId, Instant metAt, String note);

    /**
     * Tasks laid out for an episode before its case existed now belong to the case too, and the
     * form records those duties were done with (kept for the episode) become the case's records.
     */
    void linkEpisodeTasks(long schoolId, long episodeId, long caseId);

    /** Stores the drafts not stored yet (a meeting's decisions, a screening's follow-ups); returns how many were new. */
    int insertTasks(long schoolId, List<TaskDraft> drafts);

    /**
     * Stores the drafts not stored yet; returns how many were new. With {@code onePerDuty}, a
     * one-off draft whose case already has the same duty (rule, duty, role, due) is not laid out
     * again: one duty per step, however many triggers lead to it.
     */
    int insertTasks(long schoolId, List<TaskDraft> drafts, boolean onePerDuty);

    /** Recurring series of open cases, by their first occurrence. */
    List<Series> recurringSeries(long schoolId);

    /**
     * Lets more roles see tasks in their lists: every task whose key starts with {@code keyPrefix}
     * (a case event occurrence's tasks, {@code SchoolEscalation.eventKey + "/"}).
     */
    int addWatchers(long schoolId, String keyPrefix, Collection<String> roles);

    /**
     * Per student, the latest release from detention between two days that no further custody
     * followed (NT-DET-OUT): unexcused days up to it belong to the detention, not to a new streak.
     */
    Map<Long, LocalDate> releasesFromDetention(long schoolId, LocalDate from, LocalDate to);
}
