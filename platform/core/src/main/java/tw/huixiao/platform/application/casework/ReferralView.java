package tw.huixiao.platform.application.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A referral as shown. For referrals to protective agencies (家防中心, 113) the reason and the
 * reply text are shown to the counselling office and the principal only ({@code restricted}).
 * {@code form} is the form the referral carries, if any (Yunlin: 附表三 to 教育處).
 */
public record ReferralView(long id, long caseId, String agencyId, String agencyName, String agencyKind, String replyKind,
                           boolean consentRequired, String ruleId, String reason, boolean restricted, String status,
                           String statusZh, String statusEn, List<String> nextActions, Consent consent, Instant sentAt,
                           String sendMethod, String referenceNumber, Instant answeredAt, String rejectionReason,
                           Reply reply, Instant closedAt, String closingNote, List<Step> history, Instant createdAt,
                           long createdBy, long version, CarriedForm form) {

    /**
     * The form the referral carries (Yunlin 附表三): its current revision, how far it is signed and,
     * for 附表三, the behaviour codes (A–L) it names. Null when it carries none.
     */
    public record CarriedForm(long recordId, String formId, String title, String status, int stagesSigned, int stages,
                              List<String> behaviourCodes) {
    }

    public record Consent(String givenBy, LocalDate givenOn) {
    }

    public record Reply(LocalDate repliedOn, String text, Integer tier, String tierTeacher, Boolean thirdTierReferral,
                        String ruling, String rulingDetail) {
    }

    public record Step(String action, String from, String to, Instant at, long byUserId, String note) {
    }
}
