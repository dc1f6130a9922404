package tw.huixiao.policy.spi.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a case's budget: an item kind (e.g. {@code EXTERNAL_TEACHER}), who is paid,
 * on which date (for per-day caps), quantity × unit amount (NTD), and item attributes the
 * rules need (e.g. {@code distanceKm}, {@code inSchoolHours}).
 */
public record BudgetLine(String itemKind, String payee, LocalDate date, BigDecimal quantity, BigDecimal unitAmount,
                         Map<String, String> attributes) {

    public BudgetLine {
        Objects.requireNonNull(itemKind, "item kind");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unitAmount, "unit amount");
        attributes = Map.copyOf(attributes);
    }

    public static BudgetLine of(String itemKind, String payee, LocalDate date, String quantity, String unitAmount,
                                Map<String, String> attributes) {
        return new BudgetLine(itemKind, payee, date, new BigDecimal(quantity), new BigDecimal(unitAmount), attributes);
    }

    public BigDecimal amount() {
        return quantity.multiply(unitAmount);
    }

    public Optional<String> attribute(String name) {
        return Optional.ofNullable(attributes.get(name));
    }
}
