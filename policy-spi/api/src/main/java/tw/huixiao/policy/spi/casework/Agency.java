package tw.huixiao.policy.spi.casework;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import tw.huixiao.policy.spi.LocalizedText;
import tw.huixiao.policy.spi.RuleId;

/**
 * An outside agency of a county's referral directory (轉介對象), as the county's documents name
 * it: e.g. the district 強迫入學委員會 (TY-D4-REPORT, NT-D4-REPORT), Yunlin's 社會處 with its fax
 * and phone (YL-REF-FAMILY), Tainan's 輔諮中心 (TN-NEEDS).
 *
 * @param id                       stable id within the module, e.g. {@code YL-SOCIAL-AFFAIRS}
 * @param name                     the agency's name; for a per-district agency without the district
 * @param kind                     what kind of agency it is
 * @param perDistrict              one agency per district (e.g. 區強迫入學委員會): the host names it after
 *                                 the school's district ({@link #nameIn(String)})
 * @param contact                  phone, fax or address as the document prints it, if it does
 * @param guardianConsentRequired  a referral to it needs the guardian's consent (法定代理人同意) recorded
 *                                 before it is sent; mandated reports (通報) never do
 * @param reply                    how the agency's answer is recorded
 * @param ruleId                   the rule the referral serves
 * @param source                   the document's own words naming the agency, if any
 */
public record Agency(String id, LocalizedText name, AgencyKind kind, boolean perDistrict, String contact,
                     boolean guardianConsentRequired, ReplyKind reply, RuleId ruleId, String source) {

    private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");

    /** How an agency's answer to a referral is recorded. */
    public enum ReplyKind {
        /** a written reply (date and text) */
        NOTE,
        /**
         * Yunlin's 輔導安排回覆表 (YL-REPLY): tier 1 with the 認輔老師 named, or tier 2 with the 輔導老師
         * named, and whether a tier-3 referral is needed
         */
        TIER_DECISION,
        /**
         * Yunlin's 附表四 case-return ruling (YL-RETURN): case opened by a unit, referred elsewhere, or
         * no service needed, each with the unit or reason
         */
        RETURN_RULING
    }

    public Agency {
        Objects.requireNonNull(id, "agency id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("agency id must look like YL-SOCIAL-AFFAIRS: " + id);
        }
        Objects.requireNonNull(name, () -> id + ": name");
        Objects.requireNonNull(kind, () -> id + ": kind");
        Objects.requireNonNull(reply, () -> id + ": reply kind");
        Objects.requireNonNull(ruleId, () -> id + ": rule id");
        if (contact != null && contact.isBlank()) {
            throw new IllegalArgumentException(id + ": blank contact");
        }
        if (source != null && source.isBlank()) {
            throw new IllegalArgumentException(id + ": blank source");
        }
    }

    public Optional<String> contactIfAny() {
        return Optional.ofNullable(contact);
    }

    public Optional<String> sourceIfAny() {
        return Optional.ofNullable(source);
    }

    /**
     * The name a school of {@code district} sees: a per-district agency carries the district's
     * name in front (中壢區 + 強迫入學委員會); others keep their own.
     */
    public LocalizedText nameIn(String district) {
        if (!perDistrict || district == null || district.isBlank()) {
            return name;
        }
        return LocalizedText.of(district.strip() + name.zhTw(), name.en() + " (" + district.strip() + ")");
    }

    public static Builder agency(String id) {
        return new Builder(id);
    }

    public static final class Builder {
        private final String id;
        private LocalizedText name;
        private AgencyKind kind;
        private boolean perDistrict;
        private String contact;
        private boolean guardianConsentRequired;
        private ReplyKind reply = ReplyKind.NOTE;
        private RuleId ruleId;
        private String source;

        private Builder(String id) {
            this.id = id;
        }

        public Builder named(String zhTw, String en) {
            this.name = LocalizedText.of(zhTw, en);
            return this;
        }

        public Builder kind(AgencyKind kind) {
            this.kind = kind;
            return this;
        }

        /** One per district: the host puts the school's district in front of the name. */
        public Builder perDistrict() {
            this.perDistrict = true;
            return this;
        }

        public Builder contact(String contact) {
            this.contact = contact;
            return this;
        }

        public Builder guardianConsentRequired() {
            this.guardianConsentRequired = true;
            return this;
        }

        public Builder reply(ReplyKind reply) {
            this.reply = reply;
            return this;
        }

        public Builder rule(String ruleId) {
            this.ruleId = RuleId.of(ruleId);
            return this;
        }

        public Builder source(String documentText) {
            this.source = documentText;
            return this;
        }

        public Agency build() {
            return new Agency(id, name, kind, perDistrict, contact, guardianConsentRequired, reply, ruleId, source);
        }
    }
}
