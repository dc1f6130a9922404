package tw.huixiao.policy.spi.casework;

import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import tw.huixiao.policy.spi.LocalizedText;
import tw.huixiao.policy.spi.RuleId;

/**
 * When a case may close, e.g. Taoyuan: stable for 1 month, then close (TY-D3-CASE-MEETING);
 * Tainan: evaluate after 3–6 months, keep tracking 3 months after closure (TN-EVAL, TN-CLOSE).
 * Unused periods are null.
 */
public record ClosureRule(RuleId ruleId, LocalizedText description, Period stableFor, Period evaluateEarliest,
                          Period evaluateLatest, Period trackAfterClosure) {

    public ClosureRule {
        Objects.requireNonNull(ruleId, "rule id");
        Objects.requireNonNull(description, "description");
    }

    public Optional<Period> stableForIfAny() {
        return Optional.ofNullable(stableFor);
    }

    public Optional<Period> trackAfterClosureIfAny() {
        return Optional.ofNullable(trackAfterClosure);
    }
}
