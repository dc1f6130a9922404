package tw.huixiao.policy.spi.retention;

import java.util.Objects;
import tw.huixiao.policy.spi.LocalizedText;
import tw.huixiao.policy.spi.RuleId;

/**
 * How long the records of one of the module's own forms are kept after the student leaves the
 * school, when the county's rules keep them longer than the host does. The host keeps a
 * student's whole counselling file (cases, their form records, screenings, plans, notes) until
 * its longest-kept part is past its time, and never shorter than its own rule (學生輔導法施行細則
 * 輔導資料: 10 years after the student leaves): a period shorter than the host's changes nothing.
 *
 * @param ruleId            the county rule that requires it (encoded by the module)
 * @param formId            one of the module's forms ({@code FormDefinition.id()})
 * @param yearsAfterLeaving whole years counted from the day the student left the school (graduated,
 *                          transferred out or withdrawn), 1 to 100
 * @param basis             the legal basis as the county's document states it (zh-TW and English)
 * @since SPI 1.8
 */
public record RecordRetention(RuleId ruleId, String formId, int yearsAfterLeaving, LocalizedText basis) {

    public RecordRetention {
        Objects.requireNonNull(ruleId, "rule id");
        Objects.requireNonNull(formId, "form id");
        if (formId.isBlank()) {
            throw new IllegalArgumentException("form id must not be blank");
        }
        if (yearsAfterLeaving < 1 || yearsAfterLeaving > 100) {
            throw new IllegalArgumentException("retention must be 1 to 100 years after leaving: " + yearsAfterLeaving);
        }
        Objects.requireNonNull(basis, "legal basis");
    }

    public static RecordRetention of(String ruleId, String formId, int yearsAfterLeaving, LocalizedText basis) {
        return new RecordRetention(RuleId.of(ruleId), formId, yearsAfterLeaving, basis);
    }
}
