package tw.huixiao.schedule;

import java.time.LocalDate;
import java.util.function.Predicate;

final class Days {

    /** A school year has at most ~200 school days; beyond two years something is wrong. */
    private static final int SEARCH_LIMIT = 800;

    private Days() {
    }

    static LocalDate nth(LocalDate from, int n, Predicate<LocalDate> counts) {
        if (n < 1) {
            throw new IllegalArgumentException("count days from 1: " + n);
        }
        LocalDate day = from;
        int found = 0;
        for (int i = 0; i < SEARCH_LIMIT; i++) {
            day = day.plusDays(1);
            if (counts.test(day) && ++found == n) {
                return day;
            }
        }
        throw new IllegalStateException("no " + n + " counted days within " + SEARCH_LIMIT + " days of " + from);
    }
}
