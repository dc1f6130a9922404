package tw.huixiao.policy.spi.casework;

import java.util.Objects;
import tw.huixiao.policy.spi.RuleId;

/**
 * How an approved support plan (e.g. Tainan's ISP, 送本局備查 under TN-WHO) is sent to the bureau:
 * the document kind the module's step produces. When the school records the plan filed, the host
 * completes the case's open duties producing that document.
 *
 * @param ruleId       the rule that asks for the filing (encoded by the module)
 * @param documentKind one of the module's document kinds
 * @since SPI 1.6
 */
public record PlanFiling(RuleId ruleId, String documentKind) {

    public PlanFiling {
        Objects.requireNonNull(ruleId, "rule id");
        Objects.requireNonNull(documentKind, () -> ruleId + ": document kind");
    }

    public static PlanFiling of(String ruleId, String documentKind) {
        return new PlanFiling(RuleId.of(ruleId), documentKind);
    }
}
