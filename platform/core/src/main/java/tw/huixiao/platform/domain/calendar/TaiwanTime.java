package tw.huixiao.platform.domain.calendar;

import java.time.ZoneId;

/** Taiwan's time zone: every business date (school day, due date, roll) is a date in Taipei. */
public final class TaiwanTime {

    public static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    private TaiwanTime() {
    }
}
