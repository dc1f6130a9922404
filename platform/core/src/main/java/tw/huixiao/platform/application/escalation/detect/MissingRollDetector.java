package tw.huixiao.platform.application.escalation.detect;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import tw.huixiao.schedule.SchoolCalendar;

/**
 * The daily run flags the last school day before the run date whose roll never came, for each
 * class (or the school's file) that took a roll in the two weeks before it. A missing roll is
 * neither absence nor presence: no streak, return or ladder day follows from it.
 */
public final class MissingRollDetector {

    /** The classes ({@link SchoolDay#SCHOOL_FILE} for the school's file) whose roll of {@code day} never came. */
    public record MissingRolls(LocalDate day, Set<Long> classIds) {
        public MissingRolls {
            classIds = Set.copyOf(classIds);
        }
    }

    private MissingRollDetector() {
    }

    /**
     * Nothing if the day before the run is in no semester, or the school's file has its roll;
     * otherwise the day and the classes missing (possibly none).
     */
    public static Optional<MissingRolls> detect(SchoolDay school) {
        SchoolCalendar calendar = school.calendar();
        Optional<LocalDate> last = calendar.schoolDayOnOrBefore(school.today().minusDays(1))
                .filter(day -> calendar.termOf(day).isPresent());
        if (last.isEmpty() || school.rolls().getOrDefault(SchoolDay.SCHOOL_FILE, Set.of()).contains(last.get())) {
            return Optional.empty();
        }
        LocalDate day = last.get();
        LocalDate from = day.minusDays(StreakDetector.RECENT_DAYS);
        Set<Long> missing = new TreeSet<>();
        boolean anyClassRoll = false;
        for (Map.Entry<Long, Set<LocalDate>> taken : school.rolls().entrySet()) {
            anyClassRoll |= taken.getKey() != SchoolDay.SCHOOL_FILE && taken.getValue().contains(day);
            if (!taken.getValue().contains(day) && taken.getValue().stream()
                    .anyMatch(d -> !d.isBefore(from) && d.isBefore(day))) {
                missing.add(taken.getKey());
            }
        }
        if (anyClassRoll) {
            missing.remove(SchoolDay.SCHOOL_FILE); // classes took their rolls: the school's file is not missing
        }
        return Optional.of(new MissingRolls(day, missing));
    }
}
