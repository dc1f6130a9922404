package tw.huixiao.policy.spi.timeline;

import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * A duty that repeats: {@code times} occurrences in every {@code every} period, for
 * {@code lasting} (empty = until the case closes). Examples: monthly review (1 per P1M);
 * network case meeting every 3 months (1 per P3M); mentor meetings 3 times a week for
 * 2 weeks (3 per P1W, lasting P2W); daily talks for 1 week (1 per P1D, lasting P1W).
 */
public record Recurrence(int times, Period every, Period lasting) {

    public Recurrence {
        if (times < 1) {
            throw new IllegalArgumentException("a recurrence happens at least once per period");
        }
        Objects.requireNonNull(every, "period");
        if (every.isZero() || every.isNegative()) {
            throw new IllegalArgumentException("recurrence period must be positive: " + every);
        }
        if (lasting != null && (lasting.isZero() || lasting.isNegative())) {
            throw new IllegalArgumentException("recurrence must last a positive period: " + lasting);
        }
    }

    public static Recurrence every(String isoPeriod) {
        return new Recurrence(1, Period.parse(isoPeriod), null);
    }

    public static Recurrence timesPer(int times, String isoPeriod, String lastingIsoPeriod) {
        return new Recurrence(times, Period.parse(isoPeriod), Period.parse(lastingIsoPeriod));
    }

    public Optional<Period> lastingIfBounded() {
        return Optional.ofNullable(lasting);
    }
}
