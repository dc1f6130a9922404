package tw.huixiao.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tw.huixiao.policy.spi.timeline.Recurrence;

/** The periods of a recurring duty, each needing {@code times} occurrences. */
public final class Occurrences {

    /** One period of a recurrence: from {@code start} (inclusive) to {@code end} (exclusive). */
    public record Period(LocalDate start, LocalDate end, int times) {
    }

    private Occurrences() {
    }

    /**
     * The periods starting at {@code start}, until the recurrence's own length ends or, if it
     * has none (until the case closes), until {@code horizon}.
     */
    public static List<Period> of(Recurrence recurrence, LocalDate start, LocalDate horizon) {
        LocalDate end = recurrence.lastingIfBounded().map(start::plus).orElse(horizon);
        List<Period> periods = new ArrayList<>();
        for (LocalDate from = start; from.isBefore(end); from = from.plus(recurrence.every())) {
            LocalDate to = from.plus(recurrence.every());
            periods.add(new Period(from, to.isAfter(end) ? end : to, recurrence.times()));
        }
        return periods;
    }
}
