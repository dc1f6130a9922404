package tw.huixiao.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tw.huixiao.policy.spi.timeline.Deadline;

/** The calendar of ../shared/taiwan-holidays.md and deadlines counted on it. */
class OfficeCalendarTest {

    private final OfficeCalendar office = OfficeCalendar.taiwan();
    private final SchoolCalendar school = SchoolCalendar.taiwanOfficeDays();

    @Test
    void holidaysAndMakeUpWorkdaysFollowTheOfficialCalendar() {
        assertFalse(office.isWorkingDay(LocalDate.of(2026, 10, 9)), "國慶日補假");
        assertFalse(office.isWorkingDay(LocalDate.of(2026, 10, 10)), "a Saturday");
        assertTrue(office.isWorkingDay(LocalDate.of(2025, 2, 8)), "a Saturday make-up workday (補行上班)");
        assertTrue(office.isWorkingDay(LocalDate.of(2025, 5, 1)), "勞動節 was not a day off in 2025");
        assertFalse(office.isWorkingDay(LocalDate.of(2026, 5, 1)), "勞動節 is one from 2026");
        assertEquals("國慶日補假", office.reason(LocalDate.of(2026, 10, 9)).orElseThrow());
        assertTrue(office.covers(LocalDate.of(2026, 12, 31)));
        assertFalse(office.covers(LocalDate.of(2027, 1, 4)), "2027 is not published yet");
    }

    @Test
    void workingDaysSkipWeekendsAndHolidaysButCountMakeUpWorkdays() {
        // Friday before 臺灣光復紀念日補假 (Mon 2026-10-26): Tue 27, Wed 28, Thu 29.
        assertEquals(LocalDate.of(2026, 10, 29), office.plusWorkingDays(LocalDate.of(2026, 10, 23), 3));
        // Thursday 2025-02-06 + 2 working days: Fri 7, Sat 8 (補行上班).
        assertEquals(LocalDate.of(2025, 2, 8), office.plusWorkingDays(LocalDate.of(2025, 2, 6), 2));
        // Across the 2026 Lunar New Year: Fri 02-13 + 1 → Mon 02-23.
        assertEquals(LocalDate.of(2026, 2, 23), office.plusWorkingDays(LocalDate.of(2026, 2, 13), 1));
    }

    @Test
    void schoolClosuresAreNotSchoolDaysButStillWorkingDays() {
        LocalDate typhoon = LocalDate.of(2026, 9, 29);
        SchoolCalendar closed = new SchoolCalendar(office, Set.of(typhoon));
        assertFalse(closed.isSchoolDay(typhoon));
        // Streak from Thu 09-24: day 2 skips 中秋節 (Fri 25), weekend, 教師節 (Mon 28) and the typhoon day.
        assertEquals(LocalDate.of(2026, 9, 30), closed.streakDay(LocalDate.of(2026, 9, 24), 2));
        assertEquals(LocalDate.of(2026, 9, 29), school.streakDay(LocalDate.of(2026, 9, 24), 2));
        assertThrows(IllegalArgumentException.class, () -> school.streakDay(LocalDate.of(2026, 9, 25), 1));
    }

    @Test
    void deadlinesBecomeDueDates() {
        DueDates due = new DueDates(school);
        ZonedDateTime fridayMorning = ZonedDateTime.of(2026, 10, 23, 8, 0, 0, 0, Ladder.TAIPEI);
        assertEquals(new Due.ByDate(LocalDate.of(2026, 10, 23)), due.of(Deadline.sameDay(), fridayMorning));
        assertEquals(new Due.ByDate(LocalDate.of(2026, 10, 29)), due.of(Deadline.workingDays(3), fridayMorning));
        assertEquals(new Due.ByDate(LocalDate.of(2026, 10, 28)), due.of(Deadline.schoolDays(2), fridayMorning));
        assertEquals(new Due.ByTime(fridayMorning.plusHours(24)), due.of(Deadline.elapsed("PT24H"), fridayMorning));
        assertEquals(new Due.ByDate(LocalDate.of(2026, 12, 23)), due.of(Deadline.within("P2M"), fridayMorning));
        assertEquals(new Due.Between(LocalDate.of(2027, 1, 23), LocalDate.of(2027, 4, 23)),
                due.of(Deadline.window("P3M", "P6M"), fridayMorning));
        assertEquals(new Due.Ongoing(), due.of(Deadline.continuous(), fridayMorning));
    }

    @Test
    void recurrencesArePeriodsUntilTheyEndOrTheHorizon() {
        var threeAWeekForTwoWeeks = Occurrences.of(tw.huixiao.policy.spi.timeline.Recurrence.timesPer(3, "P1W", "P2W"),
                LocalDate.of(2026, 11, 2), LocalDate.of(2027, 1, 1));
        assertEquals(2, threeAWeekForTwoWeeks.size());
        assertEquals(3, threeAWeekForTwoWeeks.get(0).times());
        assertEquals(LocalDate.of(2026, 11, 16), threeAWeekForTwoWeeks.get(1).end());
        var monthly = Occurrences.of(tw.huixiao.policy.spi.timeline.Recurrence.every("P1M"),
                LocalDate.of(2026, 9, 1), LocalDate.of(2027, 1, 20));
        assertEquals(5, monthly.size());
        assertEquals(LocalDate.of(2027, 1, 20), monthly.get(4).end());
    }

    @Test
    void aBadCalendarLineIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OfficeCalendar.fromCsv(
                new StringReader("date,kind,reason\n2027-01-01,HOLIDAY,開國紀念日\n2027-02-30,HOLIDAY,x\n")));
        assertTrue(e.getMessage().startsWith("calendar line 2"), e.getMessage());
    }
}
