package tw.huixiao.platform.application.escalation.detect;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.detection.CaseCategory;
import tw.huixiao.policy.spi.detection.DetectionRule;

/**
 * Monthly leave (a module's LeaveRequestsInMonth and PersonalAndSickLeaveDaysInMonth rules;
 * TY-LONG-LEAVE: 6 requests or 7 days of personal and sick leave in a month). Counted over the
 * calendar month up to the business date; met on the business date, recorded with the count.
 */
public final class LeaveDetector {

    private LeaveDetector() {
    }

    static boolean isLeaveRule(DetectionRule rule) {
        return rule instanceof DetectionRule.LeaveRequestsInMonth
                || rule instanceof DetectionRule.PersonalAndSickLeaveDaysInMonth;
    }

    /** Every leave rule of the module, category by category in the module's order. */
    public static List<CountMet> detect(SchoolDay day, CountyPolicy policy) {
        List<CountMet> met = new ArrayList<>();
        for (CaseCategory category : policy.categories()) {
            for (DetectionRule rule : category.detection()) {
                met.addAll(detect(day, category, rule));
            }
        }
        return met;
    }

    /** The students who met one rule of a category; nothing if the rule is not a leave rule. */
    public static List<CountMet> detect(SchoolDay day, CaseCategory category, DetectionRule rule) {
        LocalDate monthStart = day.today().withDayOfMonth(1);
        List<CountMet> met = new ArrayList<>();
        if (rule instanceof DetectionRule.LeaveRequestsInMonth r) {
            day.leave().forEach((student, l) -> {
                if (l.leaveRequests() >= r.requests()) {
                    met.add(new CountMet(category, rule, student, l.leaveRequests(), day.today(), monthStart));
                }
            });
        } else if (rule instanceof DetectionRule.PersonalAndSickLeaveDaysInMonth d) {
            day.leave().forEach((student, l) -> {
                if (l.personalAndSickDays() >= d.days()) {
                    met.add(new CountMet(category, rule, student, l.personalAndSickDays(), day.today(), monthStart));
                }
            });
        }
        met.sort(Comparator.comparingLong(CountMet::studentId));
        return met;
    }
}
