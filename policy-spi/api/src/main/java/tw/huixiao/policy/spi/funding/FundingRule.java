package tw.huixiao.policy.spi.funding;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
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

    /**
     * The most this rule lets {@code line}'s unit amount be, in {@code budget} (which may or may
     * not hold the line yet) at this school: e.g. 450 for an external teacher's period at a
     * junior high (TN-F-EXTERNAL), 675 for a tracking visit under 30 km, 2.11 % of the budget's
     * hourly fees for the supplementary premium. Hosts compute budgets from plans with it, so
     * a computed line at its allowance keeps the rule. Empty when the rule sets no amount for
     * the line (another rule's item, an aggregate limit such as a daily cap, or a rate the
     * document leaves to another table).
     *
     * @since SPI 1.2
     */
    default Optional<BigDecimal> allowedUnitAmount(BudgetLine line, Budget budget, SchoolProfile school) {
        return Optional.empty();
    }

    /** A rule from its parts; {@code check} is the rule's logic. */
    static FundingRule of(RuleId ruleId, LocalizedText description, List<DecisionRow> table, Check check) {
        return of(ruleId, description, table, check, (line, budget, school) -> Optional.empty());
    }

    /**
     * A rule from its parts with the amount it allows a line ({@link #allowedUnitAmount}).
     *
     * @since SPI 1.2
     */
    static FundingRule of(RuleId ruleId, LocalizedText description, List<DecisionRow> table, Check check,
                          Allowance allowance) {
        java.util.Objects.requireNonNull(allowance, () -> ruleId + ": allowance");
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
            public Optional<BigDecimal> allowedUnitAmount(BudgetLine line, Budget budget, SchoolProfile school) {
                return allowance.allowed(line, budget, school);
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

    /**
     * The amount a rule built with {@link #of} allows a line; empty when it sets none.
     *
     * @since SPI 1.2
     */
    @FunctionalInterface
    interface Allowance {
        Optional<BigDecimal> allowed(BudgetLine line, Budget budget, SchoolProfile school);
    }
}
