package tw.huixiao.platform.application.casework;

import java.time.LocalDate;
import java.util.List;

/**
 * A meeting as the client sends it. {@code chairUserId} names a staff account of the school, or
 * {@code chairName} someone from outside; {@code attendeeIds} are staff accounts; decisions
 * become tasks. {@code version} is required when correcting a meeting.
 */
public record MeetingInput(String kind, String ruleId, LocalDate heldOn, Long chairUserId, String chairName,
                           List<Long> attendeeIds, List<Participant> participants, String minutes,
                           List<DecisionInput> decisions, Long version) {

    /** Someone from outside the school: name, agency, contact (phone or e-mail). */
    public record Participant(String name, String agency, String contact) {
    }

    /**
     * A decision: what, who (a role, a person of the school, or both) and by when. A homeroom
     * or mentor teacher's decision without a person goes to the student's own teacher.
     */
    public record DecisionInput(String decision, String ownerRole, Long ownerUserId, LocalDate dueOn) {
    }

    /** Decisions added to a meeting already recorded, with the meeting's version. */
    public record Decisions(List<DecisionInput> decisions, Long version) {
    }
}
