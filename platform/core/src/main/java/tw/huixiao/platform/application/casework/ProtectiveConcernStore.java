package tw.huixiao.platform.application.casework;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Protective concerns of the bound school, and the tasks their raising laid out. */
public interface ProtectiveConcernStore {

    public record Concern(long id, long caseId, String kind, String details, Instant raisedAt, long raisedBy,
                          Instant updatedAt, long version) {
    }

    long insert(long schoolId, long caseId, String kind, String details, Instant at, long by);

    boolean update(long schoolId, long id, long version, String kind, String details, Instant at, long by);

    Optional<Concern> find(long schoolId, long caseId, long id);

    List<Concern> ofCase(long schoolId, long caseId);
}
