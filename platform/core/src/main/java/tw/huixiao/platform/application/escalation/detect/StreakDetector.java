package tw.huixiao.platform.application.escalation.detect;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.detection.CaseCategory;

/**
 * Unexcused streaks in school days (TW-DROPOUT: a module's ConsecutiveUnexcusedDays rule).
 * Weekends, holidays and closures neither count nor break a streak; any school day not recorded
 * unexcused (presence, leave) breaks it. Streaks that ended in the last {@link #RECENT_DAYS}
 * days are found (attendance often arrives a few days late), each once, with its first and last
 * day; the engine starts or extends the episode of the module's streak category for each.
 * NT-DET-OUT: after a release from detention, only days after the release count (the dropout
 * tracking restarts).
 */
public final class StreakDetector {

    /** Streaks that ended this many days ago or later are still taken up (late attendance entry). */
    public static final int RECENT_DAYS = 14;

    /** A run of consecutive unexcused school days. */
    public record Streak(long studentId, LocalDate start, LocalDate end) {
    }

    /** The streaks found and the category whose episodes they start. */
    public record Found(CaseCategory category, List<Streak> streaks) {
    }

    private StreakDetector() {
    }

    /** Nothing if the module has no consecutive-days rule. */
    public static Optional<Found> detect(SchoolDay day, CountyPolicy policy) {
        return ModuleRules.streakCategory(policy).map(category -> new Found(category, streaks(day)));
    }

    /** The recent streaks, by student in the snapshot's order, each student's oldest first. */
    public static List<Streak> streaks(SchoolDay day) {
        LocalDate recent = day.today().minusDays(RECENT_DAYS);
        List<Streak> streaks = new ArrayList<>();
        for (Map.Entry<Long, NavigableSet<LocalDate>> absent : day.unexcused().entrySet()) {
            NavigableSet<LocalDate> days = absent.getValue();
            LocalDate releasedOn = day.releases().get(absent.getKey());
            if (releasedOn != null) {
                days = days.tailSet(releasedOn, false);
            }
            if (days.isEmpty() || days.last().isBefore(recent)) {
                continue;
            }
            long studentId = absent.getKey();
            LocalDate start = null;
            LocalDate previous = null;
            for (LocalDate d : days) {
                if (previous == null || !day.calendar().plusSchoolDays(previous, 1).equals(d)) {
                    if (previous != null && !previous.isBefore(recent)) {
                        streaks.add(new Streak(studentId, start, previous));
                    }
                    start = d;
                }
                previous = d;
            }
            streaks.add(new Streak(studentId, start, previous));
        }
        return streaks;
    }
}
