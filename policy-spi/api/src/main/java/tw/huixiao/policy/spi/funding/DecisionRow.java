package tw.huixiao.policy.spi.funding;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * One row of a funding rule's decision table, for review: under these conditions (e.g.
 * {@code level=JUNIOR_HIGH}, {@code remoteArea=true}), this limit applies, per this unit.
 */
public record DecisionRow(Map<String, String> when, BigDecimal limit, String per) {

    public DecisionRow {
        when = Map.copyOf(when);
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(per, "per");
    }

    public static DecisionRow of(Map<String, String> when, String limit, String per) {
        return new DecisionRow(when, new BigDecimal(limit), per);
    }
}
