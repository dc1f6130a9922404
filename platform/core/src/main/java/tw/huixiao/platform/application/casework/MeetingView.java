package tw.huixiao.platform.application.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A meeting as shown: kind, date, chair, attendees, outside participants, minutes, decisions and their tasks. */
public record MeetingView(long id, long caseId, String kind, String kindZh, String kindEn, String ruleId,
                          LocalDate heldOn, Person chair, List<Person> attendees, List<MeetingInput.Participant> participants,
                          String minutes, List<Decision> decisions, Instant createdAt, Long createdBy, Instant updatedAt,
                          long version) {

    /** A staff account (userId) or someone from outside (userId null). */
    public record Person(Long userId, String name) {
    }

    /** A decision and the task it became on the case's list. */
    public record Decision(int seq, String decision, String ownerRole, Long ownerUserId, String ownerName,
                           LocalDate dueOn, Long taskId) {
    }
}
