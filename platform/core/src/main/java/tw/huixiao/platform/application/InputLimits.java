package tw.huixiao.platform.application;

import java.time.LocalDate;

/**
 * The limits every input meets, declared once: the API's request guards, the JSON date reader
 * and the services' own parsers use these, so no value the database cannot hold (a NUL, a date
 * in year -999999999, an offset past an int) ever reaches it, and no error message echoes more
 * than a short excerpt of what was sent.
 */
public final class InputLimits {

    /** The first day of the ROC calendar: no school record is older. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1911, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(2200, 12, 31);

    /** The highest page number a list takes (pages are counted from 0; sizes go up to 200). */
    public static final int MAX_PAGE = 100_000;

    /** The most characters of a sent value an error message repeats. */
    public static final int EXCERPT_CHARS = 40;

    private InputLimits() {
    }

    public static boolean isSaneDate(LocalDate date) {
        return !date.isBefore(EARLIEST_DATE) && !date.isAfter(LATEST_DATE);
    }

    public static String dateRangeMessage() {
        return "日期應介於 " + EARLIEST_DATE + " 與 " + LATEST_DATE + " 之間 (a date between " + EARLIEST_DATE + " and "
                + LATEST_DATE + ")";
    }

    /**
     * Why a text cannot be stored, or null when it can: PostgreSQL text holds no NUL, and an
     * unpaired UTF-16 surrogate is no character at all.
     */
    public static String textProblem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return "不可包含 NUL 字元 (must not contain NUL characters)";
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "包含無效的 Unicode 字元 (contains an unpaired surrogate)";
            }
            if (Character.isLowSurrogate(c)) {
                return "包含無效的 Unicode 字元 (contains an unpaired surrogate)";
            }
        }
        return null;
    }

    /** At most {@link #EXCERPT_CHARS} characters of a sent value, for an error message. */
    public static String excerpt(String text) {
        if (text == null) {
            return "";
        }
        if (text.length() <= EXCERPT_CHARS) {
            return text;
        }
        int end = EXCERPT_CHARS;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
