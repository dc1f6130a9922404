package tw.huixiao.platform.application.escalation.detect;

import java.time.LocalDate;
import tw.huixiao.policy.spi.detection.CaseCategory;
import tw.huixiao.policy.spi.detection.DetectionRule;

/**
 * A student met a counting rule of a category (cumulative unexcused days in the semester, leave
 * in the month): {@code count} as recorded on the case, met on {@code metOn}, in the period that
 * began on {@code periodStart} (a case closed earlier in the same period is not reopened).
 */
public record CountMet(CaseCategory category, DetectionRule rule, long studentId, int count, LocalDate metOn,
                       LocalDate periodStart) {

    /** The criterion as the case's note states it, e.g. "本學期累計曠課達 7 日 (…)：7". */
    public String note() {
        return describe(rule) + "：" + count;
    }

    static String describe(DetectionRule rule) {
        if (rule instanceof DetectionRule.CumulativeUnexcusedDaysInSemester c) {
            return "本學期累計曠課達 " + c.days() + " 日 (unexcused days this semester)";
        }
        if (rule instanceof DetectionRule.LeaveRequestsInMonth r) {
            return "本月請假達 " + r.requests() + " 次 (leave requests this month)";
        }
        if (rule instanceof DetectionRule.PersonalAndSickLeaveDaysInMonth d) {
            return "本月事病假達 " + d.days() + " 日 (personal and sick leave days this month)";
        }
        return rule.toString();
    }
}
