package tw.huixiao.platform.application.isp;

import java.math.BigDecimal;
import java.util.List;
import tw.huixiao.policy.spi.LocalizedText;

/**
 * A validated budget: the module and school profile it was checked for, each line's amount and
 * what the rules allow its unit amount to be (null: no rule sets one), the totals per item and
 * overall, every violation with its rule id and message, and whether it is fundable.
 */
public record FundingValidation(String module, String level, boolean remoteArea, List<Line> lines, List<Item> items,
                                BigDecimal total, List<BudgetView.Violation> violations, boolean fundable) {

    public record Line(int index, String itemKind, String payee, BigDecimal quantity, BigDecimal unitAmount,
                       BigDecimal amount, BigDecimal allowedUnitAmount) {
    }

    public record Item(String itemKind, LocalizedText name, String ruleId, BigDecimal amount) {
    }
}
