package tw.huixiao.platform.application.isp;

import java.util.List;
import tw.huixiao.platform.application.RuleRefusedException;

/**
 * A plan refused by its funding rules (409): the first rule id (TN-F-CAP when the plan is over
 * the per-case cap) and every violation, each with its rule id and message.
 */
public class FundingRefusedException extends RuleRefusedException {

    private final List<BudgetView.Violation> violations;

    public FundingRefusedException(String ruleId, String message, List<BudgetView.Violation> violations) {
        super(ruleId, message, null);
        this.violations = List.copyOf(violations);
    }

    public List<BudgetView.Violation> violations() {
        return violations;
    }
}
