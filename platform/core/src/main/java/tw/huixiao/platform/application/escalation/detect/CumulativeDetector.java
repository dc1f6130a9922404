package tw.huixiao.platform.application.escalation.detect;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableSet;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.detection.CaseCategory;
import tw.huixiao.policy.spi.detection.DetectionRule;

/**
 * Cumulative unexcused days in the semester (TW-LONG-ABSENCE: 7, 施行細則 §8; a module's
 * CumulativeUnexcusedDaysInSemester rule). Unlike a streak the days need not be consecutive.
 * The count is met on the day of the N-th unexcused day of the semester, and recorded as N (as
 * on the day it was met), whenever the run that finds it happens.
 */
public final class CumulativeDetector {

    private CumulativeDetector() {
    }

    /** Every cumulative rule of the module, category by category in the module's order. */
    public static List<CountMet> detect(SchoolDay day, CountyPolicy policy) {
        List<CountMet> met = new ArrayList<>();
        for (CaseCategory category : policy.categories()) {
            for (DetectionRule rule : category.detection()) {
                met.addAll(detect(day, category, rule));
            }
        }
        return met;
    }

    /** The students who met one rule of a category; nothing if the rule is not a cumulative one. */
    public static List<CountMet> detect(SchoolDay day, CaseCategory category, DetectionRule rule) {
        if (!(rule instanceof DetectionRule.CumulativeUnexcusedDaysInSemester c)) {
            return List.of();
        }
        LocalDate termStart = day.termStart();
        List<CountMet> met = new ArrayList<>();
        day.unexcused().forEach((student, days) -> {
            NavigableSet<LocalDate> inTerm = days.subSet(termStart, true, day.today(), true);
            if (inTerm.size() >= c.days()) {
                LocalDate nth = inTerm.stream().skip(c.days() - 1L).findFirst().orElseThrow();
                met.add(new CountMet(category, rule, student, c.days(), nth, termStart));
            }
        });
        met.sort(Comparator.comparingLong(CountMet::studentId));
        return met;
    }
}
