package tw.huixiao.policy.spi.funding;

import java.util.Objects;
import tw.huixiao.policy.spi.LocalizedText;
import tw.huixiao.policy.spi.RuleId;

/** A kind of budget item (e.g. 外聘教師鐘點費) with its unit (節, 小時, 人次, 月 …). */
public record BudgetItemKind(String code, LocalizedText name, LocalizedText unit, RuleId ruleId) {

    public BudgetItemKind {
        Objects.requireNonNull(code, "item code");
        Objects.requireNonNull(name, () -> code + ": name");
        Objects.requireNonNull(unit, () -> code + ": unit");
        Objects.requireNonNull(ruleId, () -> code + ": rule id");
    }
}
