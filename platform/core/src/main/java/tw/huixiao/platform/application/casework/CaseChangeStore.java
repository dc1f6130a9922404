package tw.huixiao.platform.application.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The case's history (case_change) and the school's staff, through the tenant-bound connection. */
public interface CaseChangeStore {

    /** A member of staff of the bound school. */
    public record Staff(long id, String displayName, Set<String> roles) {
    }

    /** A recorded case event (OPENED, REPORTED, NEEDS_ASSESSED…): when it happened, who recorded it, the note. */
    public record Event(long id, String event, Instant occurredAt, String recordedByName, String note) {
    }

    void add(long schoolId, long caseId, String kind, String subject, String from, String to, String reason,
                    Instant at, long by);

    /** Oldest first. */
    List<CaseChange> ofCase(long schoolId, long caseId);

    /** The case's recorded events, oldest first (the engine's have no recorder). */
    List<Event> events(long schoolId, long caseId);

    /** The day of the case's last recorded event of the kind (e.g. NEEDS_ASSESSED), in the zone. */
    Optional<LocalDate> lastEvent(long schoolId, long caseId, String event, ZoneId zone);

    /** When the case's last event of the kind was recorded as having happened. */
    Optional<Instant> lastEventAt(long schoolId, long caseId, String event);

    /** An enabled account of the school, with its roles; empty for anyone else. */
    Optional<Staff> staff(long schoolId, long userId);

    /** The school's enabled accounts with their roles, by name. */
    List<Staff> schoolStaff(long schoolId);

    /** Names of the school's accounts (enabled or not: history keeps naming people who left). */
    Map<Long, String> names(long schoolId, Collection<Long> userIds);
}
