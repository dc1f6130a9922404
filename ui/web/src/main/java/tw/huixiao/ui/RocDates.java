package tw.huixiao.ui;

import java.time.LocalDate;

/**
 * Dates as people of the UI's language read them: in Chinese as official documents print them
 * (民國 115 年 3 月 4 日, compact 115/03/04); in English Gregorian (4 Mar 2026, compact 2026/03/04).
 * The language is the current UI's (Chinese outside one).
 */
public final class RocDates {

    private static final int ROC_OFFSET = 1911;
    private static final java.time.format.DateTimeFormatter ENGLISH_LONG =
            java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH);

    private RocDates() {
    }

    public static String format(LocalDate date) {
        if (english()) {
            return gregorian(date);
        }
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
        if (english()) {
            return String.format("%d/%02d/%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
        }
        return String.format("%d/%02d/%02d", date.getYear() - ROC_OFFSET, date.getMonthValue(), date.getDayOfMonth());
    }

    /** The Gregorian date in English words: 4 Mar 2026. */
    public static String gregorian(LocalDate date) {
        return ENGLISH_LONG.format(date);
    }

    private static boolean english() {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        return ui != null && UiLocale.isEnglish(ui.getLocale());
    }
}
