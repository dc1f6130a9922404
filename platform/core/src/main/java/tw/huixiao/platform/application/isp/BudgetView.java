package tw.huixiao.platform.application.isp;

import java.math.BigDecimal;
import java.util.List;
import tw.huixiao.platform.domain.isp.IspBudget;
import tw.huixiao.policy.spi.LocalizedText;

/**
 * A budget as shown: the module and school it was computed for, its lines (item, rule id,
 * payee, how the quantity came about, quantity × unit amount = amount), the hourly fees, the
 * total, what participants pay beyond a limit, and every violation with its rule id and the
 * module's message (line: the index of the line concerned; null for the budget as a whole).
 */
public record BudgetView(String module, String level, boolean remoteArea, List<Line> lines, BigDecimal hourlyFees,
                         BigDecimal total, BigDecimal participantsPay, List<Violation> violations, boolean fundable) {

    public record Line(String itemKind, LocalizedText item, String ruleId, String payee, LocalizedText basis,
                       BigDecimal quantity, LocalizedText unit, BigDecimal unitAmount, BigDecimal amount, int dates) {
    }

    public record Violation(String ruleId, LocalizedText message, Integer line, int occurrences) {
    }

    static BudgetView of(String module, String level, boolean remoteArea, IspBudget.Computed budget) {
        return new BudgetView(module, level, remoteArea, budget.lines().stream().map(l -> new Line(l.itemKind(), l.item(),
                        l.ruleId(), l.payee(), l.basis(), l.quantity(), l.unit(), l.unitAmount(), l.amount(), l.dates()))
                .toList(), budget.hourlyFees(), budget.total(), budget.participantsPay(),
                budget.violations().stream().map(v -> new Violation(v.ruleId(), v.message(), v.line(), v.occurrences()))
                        .toList(), budget.fundable());
    }
}
