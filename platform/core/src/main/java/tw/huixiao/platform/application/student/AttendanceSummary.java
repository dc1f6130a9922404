package tw.huixiao.platform.application.student;

import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import tw.huixiao.platform.domain.attendance.AttendanceStatus;
import tw.huixiao.platform.domain.calendar.Semester;
import tw.huixiao.schedule.SchoolCalendar;

/**
 * A student's attendance in the current semester (or, while the school has entered none, the
 * last {@value #FALLBACK_MONTHS} months): days of each kind of non-attendance, the school days so
 * far, and the current run of 曠課 in school days ({@code streakSince} its first day).
 *
 * @param semester the semester counted, or null when the school has not entered one
 */
public record AttendanceSummary(Semester semester, LocalDate from, LocalDate to, int schoolDays,
                                Map<AttendanceStatus, Integer> daysByStatus, int unexcusedStreak,
                                LocalDate streakSince) {

    public static final int FALLBACK_MONTHS = 6;

    /** The streak's length and first day. */
    record Streak(int days, LocalDate since) {
    }

    /**
     * The current run of unexcused school days, counted back from the latest school day on or
     * before {@code today}. Today counts only once known: absent today, or today's roll taken
     * (then present breaks the run); before the roll, the run ends on the previous school day.
     */
    static Streak currentStreak(SchoolCalendar calendar, NavigableSet<LocalDate> unexcused, LocalDate today,
                                boolean todaysRollTaken) {
        Optional<LocalDate> day = calendar.schoolDayOnOrBefore(today);
        if (day.isPresent() && day.get().equals(today) && !unexcused.contains(today) && !todaysRollTaken) {
            day = calendar.previousSchoolDay(today);
        }
        int days = 0;
        LocalDate since = null;
        while (day.isPresent() && unexcused.contains(day.get())) {
            days++;
            since = day.get();
            day = calendar.previousSchoolDay(day.get());
        }
        return new Streak(days, since);
    }
}
