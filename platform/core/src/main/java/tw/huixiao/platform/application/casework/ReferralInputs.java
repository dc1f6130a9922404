package tw.huixiao.platform.application.casework;

import jakarta.json.JsonObject;
import java.time.LocalDate;

/** What clients send to draft a referral and move it along; each step carries the version read. */
public final class ReferralInputs {

    private ReferralInputs() {
    }

    /**
     * A new draft: the agency (an id of the module's directory), why, the consent if already given,
     * and the form it carries if any (Yunlin: 附表三 to 教育處).
     */
    public record Draft(String agencyId, String reason, Consent consent, CarriedForm form) {
    }

    /**
     * A form of the case's module that the referral carries — one serving the agency's rule (Yunlin:
     * 附表三 YL-T3-REFERRAL with its behaviour codes A–L, YL-REF-DROPOUT, to 教育處). It becomes a form
     * record of the case, filled and signed through /form-records/{id}; the referral is not sent
     * before it is signed through.
     */
    public record CarriedForm(String formId, JsonObject data) {
    }

    /** The guardian's consent (法定代理人同意): who gave it and when. */
    public record Consent(String givenBy, LocalDate givenOn, Long version) {
    }

    /** How it was sent: LETTER, FAX, ONLINE or PHONE, and the reference number (文號, fax or case number). */
    public record Sending(String method, String referenceNumber, String note, Long version) {
    }

    /** Accepted (note optional) or rejected (reason required). */
    public record Answer(String reason, Long version) {
    }

    /**
     * The agency's reply. NOTE: repliedOn and text. TIER_DECISION (Yunlin 輔導安排回覆表, YL-REPLY):
     * tier 1 with the 認輔老師 or tier 2 with the 輔導老師 in tierTeacher, and thirdTierReferral.
     * RETURN_RULING (附表四, YL-RETURN): ruling OPEN_CASE, REFER_ELSEWHERE, NO_SERVICE or OTHER with
     * the unit or reason in rulingDetail.
     */
    public record Reply(LocalDate repliedOn, String text, Integer tier, String tierTeacher, Boolean thirdTierReferral,
                        String ruling, String rulingDetail, Long version) {
    }

    public record Closing(String note, Long version) {
    }
}
