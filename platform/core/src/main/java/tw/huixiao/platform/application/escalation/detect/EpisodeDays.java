package tw.huixiao.platform.application.escalation.detect;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import tw.huixiao.platform.domain.escalation.Episode;
import tw.huixiao.policy.spi.detection.CaseCategory;
import tw.huixiao.policy.spi.detection.DetectionRule;
import tw.huixiao.schedule.SchoolCalendar;

/**
 * How far an episode has come on its ladder, and the day facts its ladder days are laid out with.
 * Day N arises when day N is recorded: a streak counts the school days recorded absent
 * (TW-DROPOUT), a no-show the calendar's school days (NT-CAT2, NT-CAT3: there is no roll).
 */
public final class EpisodeDays {

    /** Students on their ladder at once from which a school has "many cases" (TY-D2-STAFFING, NT-D2-NEW). */
    public static final int MANY_CASES = 3;

    private EpisodeDays() {
    }

    /**
     * The school days an episode's student is known to have been away: a streak's days recorded
     * absent; a no-show's school days up to the business date or the day before they turned up.
     */
    public static int absentDays(SchoolCalendar calendar, LocalDate today, Episode e, boolean streak) {
        if (streak) {
            return calendar.schoolDaysBetween(e.startedOn(), e.lastAbsentOn());
        }
        LocalDate until = e.returned() && !e.returnedOn().isAfter(today) ? e.returnedOn().minusDays(1) : today;
        return calendar.schoolDaysBetween(e.startedOn(), until);
    }

    /**
     * The day the category's threshold (consecutive days, registration or transfer no-show days)
     * was met by the episode's days away — the threshold's ladder day — if it was.
     */
    public static Optional<LocalDate> thresholdMet(SchoolCalendar calendar, CaseCategory category, Episode e,
                                                   int absentDays) {
        OptionalInt days = category.detection().stream().mapToInt(rule -> {
            if (rule instanceof DetectionRule.ConsecutiveUnexcusedDays c) {
                return c.days();
            }
            if (rule instanceof DetectionRule.RegistrationNoShow r) {
                return r.schoolDays();
            }
            if (rule instanceof DetectionRule.TransferNoShow t) {
                return t.days();
            }
            return Integer.MAX_VALUE;
        }).filter(d -> d <= absentDays).min();
        return days.isPresent() ? Optional.of(calendar.streakDay(e.startedOn(), Math.max(1, days.getAsInt())))
                : Optional.empty();
    }

    /**
     * Whether several students were away at once on a day (TY-D2-STAFFING, NT-D2-NEW): those
     * recorded unexcused that day and those whose episode covers it (no-shows included), so a late
     * run sees the day as a live one did.
     */
    public static boolean manyAwayOn(Map<Long, NavigableSet<LocalDate>> unexcused, Collection<Episode> episodes,
                                     LocalDate day) {
        Set<Long> away = new HashSet<>();
        unexcused.forEach((student, days) -> {
            if (days.contains(day)) {
                away.add(student);
            }
        });
        episodes.stream().filter(e -> !e.startedOn().isAfter(day) && !e.lastAbsentOn().isBefore(day))
                .forEach(e -> away.add(e.studentId()));
        return away.size() >= MANY_CASES;
    }
}
