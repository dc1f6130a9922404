package tw.huixiao.policy.spi.casework;

import java.util.Objects;
import java.util.Set;
import tw.huixiao.policy.spi.LocalizedText;
import tw.huixiao.policy.spi.RuleId;

/**
 * A move between case states that the county's documents forbid, e.g. Taoyuan: tracking
 * (follow-up) starts only once the student is back and a case meeting found them stable
 * (TY-D3-CASE-MEETING), so a case still open or reported cannot go to follow-up. The host
 * refuses the move with the rule id and the reason.
 *
 * @param from        the states the move starts from (at least one)
 * @param to          the state it would reach
 * @param categoryIds the module's case categories it applies to; empty = every category
 */
public record ForbiddenTransition(RuleId ruleId, Set<CaseState> from, CaseState to, Set<String> categoryIds,
                                  LocalizedText reason) {

    public ForbiddenTransition {
        Objects.requireNonNull(ruleId, "rule id");
        Objects.requireNonNull(to, () -> ruleId + ": target state");
        Objects.requireNonNull(reason, () -> ruleId + ": reason");
        from = Set.copyOf(from);
        categoryIds = Set.copyOf(categoryIds);
        if (from.isEmpty()) {
            throw new IllegalArgumentException(ruleId + ": name the states the forbidden move starts from");
        }
        if (from.contains(to)) {
            throw new IllegalArgumentException(ruleId + ": a move from " + to + " to itself is not a transition");
        }
    }

    /** For every category. */
    public static ForbiddenTransition of(String ruleId, Set<CaseState> from, CaseState to, String zhTw, String en) {
        return new ForbiddenTransition(RuleId.of(ruleId), from, to, Set.of(), LocalizedText.of(zhTw, en));
    }

    /** Whether this rule forbids moving a case of the category from one state to another. */
    public boolean forbids(String categoryId, CaseState fromState, CaseState toState) {
        return to == toState && from.contains(fromState)
                && (categoryIds.isEmpty() || categoryIds.contains(categoryId));
    }
}
