package tw.huixiao.platform.application.escalation.detect;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import tw.huixiao.schedule.Ladder;
import tw.huixiao.schedule.OfficeCalendar;
import tw.huixiao.schedule.SchoolCalendar;

/**
 * A school on the official calendar (政府行政機關辦公日曆表 2026, bundled with the schedule module)
 * in the spring semester of 114 學年度 (2026-02-23 to 2026-06-30; the autumn semesters around it
 * entered too), with one typhoon closure
 * (Tue 2026-05-12). Days the detector tests rely on: Fri 04-03 兒童節補假 and Mon 04-06
 * 民族掃墓節補假 (Thu 04-02 and Tue 04-07 are consecutive school days), Fri 05-01 勞動節.
 */
final class SpringTerm2026 {

    static final SchoolCalendar.Term AUTUMN_2025 = new SchoolCalendar.Term(LocalDate.of(2025, 8, 30),
            LocalDate.of(2026, 1, 20));
    static final SchoolCalendar.Term SPRING = new SchoolCalendar.Term(LocalDate.of(2026, 2, 23),
            LocalDate.of(2026, 6, 30));
    static final SchoolCalendar.Term AUTUMN = new SchoolCalendar.Term(LocalDate.of(2026, 8, 31),
            LocalDate.of(2027, 1, 20));
    static final LocalDate TYPHOON = LocalDate.of(2026, 5, 12);
    static final SchoolCalendar CALENDAR = new SchoolCalendar(OfficeCalendar.taiwan(), List.of(AUTUMN_2025, SPRING, AUTUMN),
            Set.of(TYPHOON));

    static final long SCHOOL = 7001L;

    private SpringTerm2026() {
    }

    /** The engine's business date as the injected clock gives it: 09:00 in Taipei on the day. */
    static Clock clockOn(LocalDate day) {
        return Clock.fixed(day.atTime(LocalTime.of(9, 0)).atZone(Ladder.TAIPEI).toInstant(), Ladder.TAIPEI);
    }

    /** A builder for the school's day on the clock's business date. */
    static SchoolDay.Builder dayOn(Clock clock) {
        return SchoolDay.builder(SCHOOL, LocalDate.now(clock), CALENDAR);
    }

    static LocalDate d(int month, int day) {
        return LocalDate.of(2026, month, day);
    }
}
