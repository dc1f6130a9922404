package tw.huixiao.platform.application.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Counselling periods (輔導期程) of the bound school's cases and the 轉向評估 proposals they led to (V11). */
public interface CounsellingPeriodStore {

    public record Period(long id, long caseId, LocalDate startsOn, LocalDate endsOn, boolean effective, long evaluatedBy,
                         String evaluatedByName, LocalDate evaluatedOn, String note, Instant createdAt, long createdBy) {
    }

    public record Proposal(long caseId, long taskId, long referralId, Instant proposedAt) {
    }

    long insert(long schoolId, long caseId, LocalDate startsOn, LocalDate endsOn, boolean effective,
                       long evaluatedBy, LocalDate evaluatedOn, String note, Instant at, long by);

    /** The case's periods in the order they ran. */
    List<Period> ofCase(long schoolId, long caseId);

    /** Whether the user is staff of the school. */
    boolean isStaff(long schoolId, long userId);

    Optional<Proposal> proposal(long schoolId, long caseId);

    void insertProposal(long schoolId, long caseId, long taskId, long referralId, Instant at);
}
