package tw.huixiao.policy.spi.funding;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tw.huixiao.policy.spi.LocalizedText;
import tw.huixiao.policy.spi.RuleId;
import tw.huixiao.policy.spi.SchoolProfile;

/**
 * How a county funds case work: either per-case funding rules that the platform validates
 * budgets against, or an explicit statement that there is no per-case funding, and why.
 */
public sealed interface FundingPolicy {

    /** The SPI default: the module has not said. The compatibility kit refuses this. */
    FundingPolicy UNDECLARED = new Undeclared();

    static FundingPolicy none(RuleId ruleId, String reasonZhTw, String reasonEn) {
        return new NoPerCaseFunding(ruleId, LocalizedText.of(reasonZhTw, reasonEn));
    }

    /** No per-case funding (e.g. Yunlin: the counselling office's annual budget pays). */
    record NoPerCaseFunding(RuleId ruleId, LocalizedText reason) implements FundingPolicy {
        public NoPerCaseFunding {
            Objects.requireNonNull(reason, "reason");
        }

        /** The rule that says so, if the document has one (Taoyuan's and New Taipei's are silent). */
        public Optional<RuleId> ruleIdIfAny() {
            return Optional.ofNullable(ruleId);
        }
    }

    /** Funding with rules the platform checks live. */
    record Rules(List<BudgetItemKind> items, List<FundingRule> rules, List<FundingTestVector> testVectors)
            implements FundingPolicy {
        public Rules {
            items = List.copyOf(items);
            rules = List.copyOf(rules);
            testVectors = List.copyOf(testVectors);
            if (rules.isEmpty()) {
                throw new IllegalArgumentException("declare at least one funding rule, or use NoPerCaseFunding");
            }
        }

        /** Every violation of every rule; empty when the budget is fundable. */
        public List<Violation> validate(Budget budget, SchoolProfile school) {
            return rules.stream().flatMap(r -> r.check(budget, school).stream()).toList();
        }

        /**
         * The most every rule together lets the line's unit amount be in this budget (the
         * smallest of the rules' {@link FundingRule#allowedUnitAmount allowances}); empty when
         * no rule sets one, e.g. an internal teacher's period in school hours, paid by the
         * national part-time rate table.
         *
         * @since SPI 1.2
         */
        public Optional<BigDecimal> allowedUnitAmount(BudgetLine line, Budget budget, SchoolProfile school) {
            return rules.stream().map(r -> r.allowedUnitAmount(line, budget, school))
                    .flatMap(Optional::stream).min(BigDecimal::compareTo);
        }

        /** The item kind with this code, if the schedule has it. */
        public Optional<BudgetItemKind> item(String code) {
            return items.stream().filter(i -> i.code().equals(code)).findFirst();
        }
    }

    record Undeclared() implements FundingPolicy {
    }
}
