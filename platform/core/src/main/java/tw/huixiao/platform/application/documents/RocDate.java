package tw.huixiao.platform.application.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Dates as Taiwanese official documents write them: the Republic of China (民國) year, which
 * counts from 1912 (民國元年), so 2026-03-04 is 民國 115 年 3 月 4 日. The 發文日期 of a letter
 * carries the full era name, 中華民國.
 */
public final class RocDate {

    private static final int OFFSET = 1911;
    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    private RocDate() {
    }

    /** The ROC year of a date: 2026 → 115. */
    public static int year(LocalDate date) {
        int year = date.getYear() - OFFSET;
        if (year < 1) {
            throw new IllegalArgumentException("before 民國元年 (1912-01-01): " + date);
        }
        return year;
    }

    /** 民國 115 年 3 月 4 日 */
    public static String of(LocalDate date) {
        return "民國 " + year(date) + " 年 " + date.getMonthValue() + " 月 " + date.getDayOfMonth() + " 日";
    }

    /** 115/03/04, as Taiwanese school systems write dates in tables (sorts as text) */
    public static String numeric(LocalDate date) {
        return String.format("%03d/%02d/%02d", year(date), date.getMonthValue(), date.getDayOfMonth());
    }

    /** 民國 115 年 3 月 4 日 14:05 (Taipei time), e.g. when a form was signed */
    public static String of(Instant instant) {
        ZonedDateTime at = instant.atZone(TAIPEI);
        return of(at.toLocalDate()) + String.format(" %02d:%02d", at.getHour(), at.getMinute());
    }

    /** 中華民國 115 年 3 月 4 日 (a letter's 發文日期) */
    public static String official(LocalDate date) {
        return "中華" + of(date);
    }
}
