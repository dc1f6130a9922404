package tw.huixiao.ui;

import java.time.LocalDate;

/** Dates as official documents print them: 民國 115 年 3 月 4 日. */
public final class RocDates {

    private static final int ROC_OFFSET = 1911;

    private RocDates() {
    }

    public static String format(LocalDate date) {
        return "民國 " + (date.getYear() - ROC_OFFSET) + " 年 " + date.getMonthValue() + " 月 " + date.getDayOfMonth()
                + " 日";
    }

    /** Compact form for tables: 115/03/04. */
    public static String compact(LocalDate date) {
        return String.format("%d/%02d/%02d", date.getYear() - ROC_OFFSET, date.getMonthValue(), date.getDayOfMonth());
    }
}
