package tw.huixiao.policy.spi.timeline;

import java.time.Duration;
import java.time.Period;
import java.util.Objects;

/**
 * By when a duty must be done, counted from its trigger. School days skip weekends,
 * holidays and closures; working days skip weekends and holidays but count make-up
 * workdays (補班日); elapsed durations run on the clock (e.g. 24 hours for a protective
 * report); periods are calendar periods (ISO-8601, e.g. P2M).
 */
public sealed interface Deadline {

    static Deadline sameDay() {
        return new SameDay();
    }

    static Deadline schoolDays(int n) {
        return new SchoolDays(n);
    }

    static Deadline workingDays(int n) {
        return new WorkingDays(n);
    }

    /** An elapsed duration, ISO-8601, e.g. {@code PT24H}. */
    static Deadline elapsed(String isoDuration) {
        return new Elapsed(Duration.parse(isoDuration));
    }

    /** A calendar period, ISO-8601, e.g. {@code P2M}. */
    static Deadline within(String isoPeriod) {
        return new Within(Period.parse(isoPeriod));
    }

    /** Not before {@code earliest} and not after {@code latest}, e.g. P3M–P6M. */
    static Deadline window(String earliest, String latest) {
        return new Window(Period.parse(earliest), Period.parse(latest));
    }

    /** The duty continues as long as its condition holds (e.g. day-0 oversight of at-risk students). */
    static Deadline continuous() {
        return new Continuous();
    }

    /** The same day the trigger happens (e.g. 限時掛號 on day 3). */
    record SameDay() implements Deadline {
    }

    record SchoolDays(int days) implements Deadline {
        public SchoolDays {
            requirePositive(days);
        }
    }

    record WorkingDays(int days) implements Deadline {
        public WorkingDays {
            requirePositive(days);
        }
    }

    record Elapsed(Duration duration) implements Deadline {
        public Elapsed {
            Objects.requireNonNull(duration);
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("elapsed deadline must be positive: " + duration);
            }
        }
    }

    record Within(Period period) implements Deadline {
        public Within {
            requirePositive(period);
        }
    }

    record Window(Period earliest, Period latest) implements Deadline {
        public Window {
            requirePositive(earliest);
            requirePositive(latest);
            if (approxDays(latest) < approxDays(earliest)) {
                throw new IllegalArgumentException("window ends before it starts: " + earliest + "–" + latest);
            }
        }
    }

    record Continuous() implements Deadline {
    }

    private static void requirePositive(int days) {
        if (days < 1) {
            throw new IllegalArgumentException("a deadline of days must be at least 1: " + days);
        }
    }

    private static void requirePositive(Period period) {
        Objects.requireNonNull(period);
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("period must be positive: " + period);
        }
    }

    private static long approxDays(Period p) {
        return p.getYears() * 365L + p.getMonths() * 30L + p.getDays();
    }
}
