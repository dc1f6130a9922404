package tw.huixiao.policy.spi.funding;

import java.util.List;
import tw.huixiao.policy.spi.LocalizedText;
import tw.huixiao.policy.spi.RuleId;
import tw.huixiao.policy.spi.SchoolProfile;

/** One funding rule: what it says, its decision table for review, and its check. */
public interface FundingRule {

    RuleId ruleId();

    LocalizedText description();

    /** The rule's limits as rows, shown to bureaus; empty for rules that are not a table. */
    default List<DecisionRow> table() {
        return List.of();
    }

    /** Every violation of this rule in the budget (none = the budget keeps the rule). */
    List<Violation> check(Budget budget, SchoolProfile school);

    /** A rule from its parts; {@code check} is the rule's logic. */
    static FundingRule of(RuleId ruleId, LocalizedText description, List<DecisionRow> table, Check check) {
        return new FundingRule() {
            @Override
            public RuleId ruleId() {
                return ruleId;
            }

            @Override
            public LocalizedText description() {
                return description;
            }

            @Override
            public List<DecisionRow> table() {
                return List.copyOf(table);
            }

            @Override
            public List<Violation> check(Budget budget, SchoolProfile school) {
                return check.violations(budget, school);
            }

            @Override
            public String toString() {
                return ruleId.toString();
            }
        };
    }

    /** The logic of a rule built with {@link #of}. */
    @FunctionalInterface
    interface Check {
        List<Violation> violations(Budget budget, SchoolProfile school);
    }
}
