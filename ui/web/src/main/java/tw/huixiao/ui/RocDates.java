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

    /** The ROC school year a day falls in: it starts on 1 August (2026-03-04 → 114, 2026-09-01 → 115). */
    public static int schoolYear(LocalDate date) {
        return date.getYear() - ROC_OFFSET - (date.getMonthValue() < 8 ? 1 : 0);
    }

    /** The semester a day falls in: 1 from August to January, 2 from February to July. */
    public static int semester(LocalDate date) {
        return date.getMonthValue() >= 2 && date.getMonthValue() < 8 ? 2 : 1;
    }

    /** Compact form for tables: 115/03/04. */
    public static String compact(LocalDate date) {
        return String.format("%d/%02d/%02d", date.getYear() - ROC_OFFSET, date.getMonthValue(), date.getDayOfMonth());
    }
}
