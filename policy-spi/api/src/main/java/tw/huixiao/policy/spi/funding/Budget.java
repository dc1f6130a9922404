package tw.huixiao.policy.spi.funding;

import java.math.BigDecimal;
import java.util.List;

/** A case's budget as lines; totals are derived, never typed. */
public record Budget(List<BudgetLine> lines) {

    public Budget {
        lines = List.copyOf(lines);
    }

    public static Budget of(BudgetLine... lines) {
        return new Budget(List.of(lines));
    }

    public BigDecimal total() {
        return lines.stream().map(BudgetLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
