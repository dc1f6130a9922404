package tw.huixiao.platform.application.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Referrals and their transitions, for the bound school. */
public interface ReferralStore {

    public record Referral(long id, long caseId, String agencyId, String agencyName, String agencyKind, String replyKind,
                           boolean consentRequired, String ruleId, String reason, String status, String consentGivenBy,
                           LocalDate consentGivenOn, Instant sentAt, String sendMethod, String referenceNumber,
                           Instant answeredAt, String rejectionReason, LocalDate repliedOn, String replyText,
                           Integer replyTier, String replyTierTeacher, Boolean replyThirdTier, String replyRuling,
                           String replyRulingDetail, Instant closedAt, String closingNote, Instant createdAt,
                           long createdBy, long version, Long formRecordId) {
    }

    public record Transition(String action, String from, String to, Instant at, long by, String note) {
    }

    long insert(long schoolId, long caseId, String agencyId, String agencyName, String agencyKind,
                       String replyKind, boolean consentRequired, String ruleId, String reason, String consentGivenBy,
                       LocalDate consentGivenOn, Instant at, long by);

    /**
     * Applies a step to the referral read at {@code version} in status {@code from}: sets the
     * columns ({@code "column = ?"} pairs) and the new status. False if it changed meanwhile.
     */
    boolean step(long schoolId, long id, long version, String from, String to, String[] columns,
                        Object... values);

    /** Attaches the form the referral carries (the first revision of its record). */
    void setForm(long schoolId, long id, long formRecordId);

    /** The case's open referrals (not closed) to the agency. */
    List<Referral> openTo(long schoolId, long caseId, String agencyId);

    void addTransition(long schoolId, long id, String action, String from, String to, Instant at, long by,
                              String note);

    Optional<Referral> find(long schoolId, long caseId, long id);

    List<Referral> ofCase(long schoolId, long caseId);

    List<Transition> history(long schoolId, long id);
}
