package tw.huixiao.platform.application.casework;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tw.huixiao.platform.domain.isp.IspPlan;
import tw.huixiao.platform.domain.isp.IspState;
import tw.huixiao.platform.domain.isp.IspTimetable;

/**
 * Tainan ISPs (V10) for the bound school: the plan's content as JSON, its timetable's cells as
 * rows (so that the school's plans can be checked against each other), its transitions.
 */
public interface IspStore {

    public record Plan(long id, long caseId, IspState state, IspPlan content, BigDecimal budgetTotal,
                       String submittedBudget, Instant submittedAt, Long submittedBy, Instant decidedAt, Long decidedBy,
                       LocalDate filedOn, String filingReference, LocalDate completedOn, Instant createdAt,
                       long createdBy, Instant updatedAt, long updatedBy, long version) {
    }

    public record Transition(String from, String to, String note, Instant at, long by, String byName) {
    }

    /** A needs-assessment meeting of the case (TN-MEETINGS). */
    public record NeedsMeeting(long id, LocalDate heldOn) {
    }

    public record OpenTask(long id, long version) {
    }

    /** Serialises the school's timetable checks and writes until the transaction ends. */
    void lockTimetables(long schoolId);

    long insert(long schoolId, long caseId, IspPlan plan, BigDecimal total, Instant at, long by);

    /** Replaces a draft read at {@code version}; false if it changed meanwhile or is no longer a draft. */
    boolean update(long schoolId, long id, long version, IspPlan plan, BigDecimal total, Instant at, long by);

    /** Rewrites the plan's cells (with each cell's teacher key and students). */
    void replaceCells(long schoolId, long planId, IspPlan plan);

    /** The cells of the school's other plans in progress whose terms overlap [from, to]. */
    List<IspTimetable.OtherCell> otherCells(long schoolId, Long excludePlanId, LocalDate from, LocalDate to);

    Optional<Plan> find(long schoolId, long caseId, long id);

    List<Plan> ofCase(long schoolId, long caseId);

    /** The case's plan in progress, if any. */
    Optional<Long> inProgress(long schoolId, long caseId);

    /** Moves the plan read at {@code version} from one state to another; false if it changed meanwhile. */
    boolean move(long schoolId, long id, long version, IspState from, IspState to, Instant at, long by);

    /** Keeps the budget as it was submitted (JSON) and its total. */
    void submittedBudget(long schoolId, long id, String budgetJson, BigDecimal total);

    void filed(long schoolId, long id, LocalDate filedOn, String reference);

    void completed(long schoolId, long id, LocalDate completedOn);

    void insertTransition(long schoolId, long planId, IspState from, IspState to, String note, Instant at,
                                 long by);

    List<Transition> transitions(long schoolId, long planId);

    /** The case's needs-assessment meetings (需求評估會議), oldest first: #1, #2, … */
    List<NeedsMeeting> needsMeetings(long schoolId, long caseId);

    /** Names of the school's students among the ids (others are left out). */
    Map<Long, String> studentNames(long schoolId, Collection<Long> ids);

    /** The case's open tasks that produce a kind of document (completed when the plan is filed). */
    List<OpenTask> openTasksProducing(long schoolId, long caseId, String produces);
}
