package tw.huixiao.policy.spi.funding;

import java.math.BigDecimal;
import java.util.Objects;
import tw.huixiao.policy.spi.LocalizedText;
import tw.huixiao.policy.spi.RuleId;

/**
 * The most one support plan (e.g. Tainan's ISP, TN-F-CAP) may ask for: a plan whose computed budget
 * breaks the rule {@code ruleId} (one of the module's funding rules) is over the cap; it cannot be
 * submitted and stays a draft, and the host tells the school the county's other route.
 *
 * @param ruleId     the funding rule that enforces the cap
 * @param amount     the cap per plan, in NT$
 * @param otherRoute what a school whose student still needs funding does instead (one sentence per language)
 * @since SPI 1.6
 */
public record PlanCap(RuleId ruleId, BigDecimal amount, LocalizedText otherRoute) {

    public PlanCap {
        Objects.requireNonNull(ruleId, "rule id");
        Objects.requireNonNull(amount, () -> ruleId + ": amount");
        Objects.requireNonNull(otherRoute, () -> ruleId + ": the other route");
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException(ruleId + ": the cap must be positive");
        }
    }

    public static PlanCap of(String ruleId, long amount, String otherRouteZh, String otherRouteEn) {
        return new PlanCap(RuleId.of(ruleId), BigDecimal.valueOf(amount), LocalizedText.of(otherRouteZh, otherRouteEn));
    }
}
