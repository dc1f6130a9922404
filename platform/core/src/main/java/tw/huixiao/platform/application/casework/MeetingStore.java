package tw.huixiao.platform.application.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tw.huixiao.platform.domain.identity.Role;

/** Meetings, their attendees, outside participants and decisions, for the bound school. */
public interface MeetingStore {

    public record Meeting(long id, long caseId, String kind, String ruleId, LocalDate heldOn, Long chairUserId,
                          String chairName, String minutes, Instant createdAt, long createdBy, Instant updatedAt,
                          long version) {
    }

    public record Participant(String name, String agency, String contact) {
    }

    public record Decision(int seq, String decision, String ownerRole, Long ownerUserId, LocalDate dueOn, Long taskId) {
    }

    /** A staff account of the school: id, display name, roles. */
    public record Staff(long id, String name, Set<Role> roles) {
    }

    long insert(long schoolId, long caseId, String kind, String ruleId, LocalDate heldOn, Long chairUserId,
                       String chairName, String minutes, Instant at, long by);

    /** Corrects a meeting read at {@code version}; false if someone changed it meanwhile. */
    boolean update(long schoolId, long id, long version, String kind, String ruleId, LocalDate heldOn,
                          Long chairUserId, String chairName, String minutes, Instant at, long by);

    /** Bumps the version when decisions are added at {@code version}; false if it changed meanwhile. */
    boolean touch(long schoolId, long id, long version, Instant at, long by);

    void replaceAttendees(long schoolId, long meetingId, Collection<Long> userIds);

    void replaceParticipants(long schoolId, long meetingId, List<Participant> participants);

    void insertDecision(long schoolId, long meetingId, Decision d, Instant at, long by);

    Optional<Meeting> find(long schoolId, long caseId, long id);

    List<Meeting> ofCase(long schoolId, long caseId);

    List<Long> attendees(long schoolId, long meetingId);

    List<Participant> participants(long schoolId, long meetingId);

    List<Decision> decisions(long schoolId, long meetingId);

    /** The staff accounts of the school among the ids (others are left out). */
    Map<Long, Staff> staff(long schoolId, Collection<Long> ids);

    /** The id of the task stored under a key. */
    Optional<Long> taskId(long schoolId, String taskKey);
}
