package tw.huixiao.platform.application.escalation.detect;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.function.Predicate;
import tw.huixiao.platform.domain.escalation.Episode;

/**
 * A student on a streak (TW-DROPOUT) who was seen at a taken roll without an unexcused mark has
 * returned, on the first such school day after their last absence. A day whose roll never came
 * is neither absence nor presence: it returns no one. Registration and transfer no-shows return
 * by their enrolment events instead ({@link NoShowDetector}).
 */
public final class ReturnDetector {

    /** The episode's student came back on {@code on}. */
    public record Return(Episode episode, LocalDate on) {
    }

    private ReturnDetector() {
    }

    /**
     * @param streakEpisode whether an episode is of a streak category under the module version it
     *                      follows (the engine knows the pinned modules)
     */
    public static List<Return> detect(SchoolDay day, Predicate<Episode> streakEpisode) {
        List<Return> returns = new ArrayList<>();
        for (Episode e : day.episodes()) {
            if (e.finished() || e.returned() || !e.lastAbsentOn().isBefore(day.today()) || !streakEpisode.test(e)) {
                continue;
            }
            NavigableSet<LocalDate> absent = day.unexcusedOf(e.studentId());
            for (LocalDate d = day.calendar().plusSchoolDays(e.lastAbsentOn(), 1); !d.isAfter(day.today());
                 d = day.calendar().plusSchoolDays(d, 1)) {
                if (day.rollTaken(e.studentId(), d) && !absent.contains(d)) {
                    returns.add(new Return(e, d));
                    break;
                }
            }
        }
        return returns;
    }
}
