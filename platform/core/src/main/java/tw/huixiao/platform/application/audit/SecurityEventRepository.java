package tw.huixiao.platform.application.audit;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** security_event (V26) and the record_owner index of ids; platform tables, no tenant bound. */
public interface SecurityEventRepository {

    record Event(long id, Instant at, String kind, Long userId, String username, Long actorSchoolId,
                 Long targetSchoolId, String recordType, Long recordId, String action, String channel,
                 String clientAddress, String detail) {
    }

    void add(Event event);

    /** The school a student or case id belongs to, if any. */
    Optional<Long> ownerOf(RecordType type, long id);

    /** Newest first; only events whose acting or target school is among {@code schools} unless it is null (all). */
    List<Event> find(Collection<Long> schools, String kind, Instant since, int offset, int limit);
}
