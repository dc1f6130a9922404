package tw.huixiao.platform.application.student;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tw.huixiao.schedule.OfficeCalendar;
import tw.huixiao.schedule.SchoolCalendar;

/**
 * The current run of 曠課 on the student page, in school days of the official calendar: 02-27
 * (和平紀念日 補假), the weekend and a school closure do not break it; today counts once known.
 */
class AttendanceSummaryTest {

    private static final LocalDate THU_26 = LocalDate.of(2026, 2, 26);
    private static final LocalDate MON_02 = LocalDate.of(2026, 3, 2);
    private static final LocalDate TUE_03 = LocalDate.of(2026, 3, 3);
    private static final LocalDate WED_04 = LocalDate.of(2026, 3, 4);

    private static SchoolCalendar calendar(Set<LocalDate> closures) {
        return new SchoolCalendar(OfficeCalendar.taiwan(),
                List.of(new SchoolCalendar.Term(LocalDate.of(2026, 2, 11), LocalDate.of(2026, 6, 30))), closures);
    }

    @Test
    void aRunAcrossTheHolidayAndTheWeekendCountsSchoolDaysOnly() {
        AttendanceSummary.Streak streak = AttendanceSummary.currentStreak(calendar(Set.of()),
                new TreeSet<>(Set.of(THU_26, MON_02, TUE_03)), TUE_03, true);
        assertEquals(3, streak.days());
        assertEquals(THU_26, streak.since());
    }

    @Test
    void beforeTodaysRollTheRunEndsYesterday() {
        AttendanceSummary.Streak streak = AttendanceSummary.currentStreak(calendar(Set.of()),
                new TreeSet<>(Set.of(MON_02, TUE_03)), WED_04, false);
        assertEquals(2, streak.days());
        assertEquals(MON_02, streak.since());
    }

    @Test
    void presentOnTodaysTakenRollEndsTheRun() {
        AttendanceSummary.Streak streak = AttendanceSummary.currentStreak(calendar(Set.of()),
                new TreeSet<>(Set.of(MON_02, TUE_03)), WED_04, true);
        assertEquals(0, streak.days());
        assertNull(streak.since());
    }

    @Test
    void aSchoolClosureIsNoSchoolDayAndDoesNotBreakTheRun() {
        AttendanceSummary.Streak streak = AttendanceSummary.currentStreak(calendar(Set.of(TUE_03)),
                new TreeSet<>(Set.of(MON_02, WED_04)), WED_04, true);
        assertEquals(2, streak.days());
        assertEquals(MON_02, streak.since());
    }

    @Test
    void aGapOfOneSchoolDayStartsANewRun() {
        AttendanceSummary.Streak streak = AttendanceSummary.currentStreak(calendar(Set.of()),
                new TreeSet<>(Set.of(THU_26, TUE_03, WED_04)), WED_04, true);
        assertEquals(2, streak.days());
        assertEquals(TUE_03, streak.since());
    }
}
