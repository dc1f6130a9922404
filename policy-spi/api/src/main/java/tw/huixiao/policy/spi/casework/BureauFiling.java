package tw.huixiao.policy.spi.casework;

import java.util.Objects;
import tw.huixiao.policy.spi.LocalizedText;
import tw.huixiao.policy.spi.RuleId;

/**
 * What a ladder step sends to the county bureau (教育局／處) for its record: the duty of rule
 * {@code ruleId} that produces {@code produces} (a document kind or form id of the module) is
 * filed with the bureau once the school records it done — e.g. Tainan's ISP 送本局備查 (TN-WHO)
 * or Taoyuan's dropout report letter with a copy to the 教育局 (TY-D4-REPORT). The host turns
 * such a completion into a filing in the bureau's inbox, which the bureau acknowledges or returns.
 *
 * @param ruleId   the rule of the step (encoded by the module)
 * @param produces what that step produces (one of the module's forms or document kinds)
 * @param title    how the bureau's inbox names the filing (zh-TW and English)
 * @since SPI 1.5
 */
public record BureauFiling(RuleId ruleId, String produces, LocalizedText title) {

    public BureauFiling {
        Objects.requireNonNull(ruleId, "rule id");
        Objects.requireNonNull(produces, () -> ruleId + ": what the step produces");
        Objects.requireNonNull(title, () -> ruleId + ": title");
        if (produces.isBlank()) {
            throw new IllegalArgumentException(ruleId + ": name the form or document kind filed with the bureau");
        }
    }

    public static BureauFiling of(String ruleId, String produces, String zhTw, String en) {
        return new BureauFiling(RuleId.of(ruleId), produces, LocalizedText.of(zhTw, en));
    }

    /** Whether a duty of this rule producing this document or form is filed with the bureau. */
    public boolean files(String dutyRuleId, String dutyProduces) {
        return ruleId.value().equals(dutyRuleId) && produces.equals(dutyProduces);
    }
}
