package tw.huixiao.platform.application.escalation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tw.huixiao.platform.domain.escalation.TaskView;

/** Reads and completes tasks of the bound school. */
public interface TaskStore {

    /** Which open tasks a list shows. */
    public enum Due { TODAY, OVERDUE, OPEN }

    List<TaskView> ofCase(long schoolId, long caseId, LocalDate today, Instant now);

    /**
     * Open tasks of the given kind: those assigned to the user, or — unassigned — to one of the
     * roles, or watched by one of the roles; with {@code wholeSchool} every open task of the school.
     * "Today" also holds tasks due at a time within the next 24 hours.
     */
    List<TaskView> due(long schoolId, Due due, long userId, Collection<String> roles, boolean wholeSchool,
                              LocalDate today, Instant now, int limit);

    /** The tasks this user recorded (done or not applicable) since the given instant, newest first. */
    List<TaskView> recordedBy(long schoolId, long userId, Instant since, LocalDate today, Instant now, int limit);

    Optional<TaskView> find(long schoolId, long taskId, LocalDate today, Instant now);

    /** Completes an open task at the version read; false if it changed meanwhile. */
    boolean complete(long schoolId, long taskId, long version, boolean notApplicable, long by, Instant at,
                            String note, String recordRef);

    /** When a case closes, its continuing duties end with it. */
    void endOngoing(long schoolId, long caseId, Instant at, String reason);

    /** Children on each ladder day: active streak episodes whose student is not back, by ladder day. */
    Map<Integer, Integer> childrenPerLadderDay(long schoolId);
}
