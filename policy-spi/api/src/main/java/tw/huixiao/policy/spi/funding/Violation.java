package tw.huixiao.policy.spi.funding;

import java.util.Objects;
import java.util.OptionalInt;
import tw.huixiao.policy.spi.LocalizedText;
import tw.huixiao.policy.spi.RuleId;

/**
 * A broken funding rule, with the rule id and a message that explains itself, e.g.
 * "外聘教師 國中 鐘點費 500 > 450 (TN-F-EXTERNAL)". {@code line} is the budget line's index,
 * or -1 for the budget as a whole.
 */
public record Violation(RuleId ruleId, LocalizedText message, int line) {

    public Violation {
        Objects.requireNonNull(ruleId, "rule id");
        Objects.requireNonNull(message, "message");
    }

    public OptionalInt lineIfAny() {
        return line < 0 ? OptionalInt.empty() : OptionalInt.of(line);
    }
}
