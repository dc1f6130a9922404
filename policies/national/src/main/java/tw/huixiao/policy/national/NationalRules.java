package tw.huixiao.policy.national;

import tw.huixiao.policy.spi.detection.CaseCategory;
import tw.huixiao.policy.spi.detection.CaseKind;
import tw.huixiao.policy.spi.detection.DetectionRule;

/**
 * The national definitions every county module reuses (policy-reference §0), so that the
 * thresholds of 強迫入學條例 are written once.
 */
public final class NationalRules {

    /** TW-DROPOUT: 3 or more consecutive school days without leave, leave not approved, or for unknown reason. */
    public static final CaseCategory DROPOUT = CaseCategory.category("TW-DROPOUT", CaseKind.DROPOUT)
            .name("中輟（連續 3 日以上未到校）", "Dropout (3 or more consecutive school days absent)")
            .detectedBy(new DetectionRule.ConsecutiveUnexcusedDays(3))
            .build();

    /** TW-LONG-ABSENCE: 7 or more cumulative unexcused days in one semester (施行細則 §8). */
    public static final CaseCategory LONG_ABSENCE = CaseCategory.category("TW-LONG-ABSENCE", CaseKind.LONG_ABSENCE)
            .name("長期缺課（全學期累計 7 日以上）", "Long-term absence (7 or more unexcused days in a semester)")
            .detectedBy(new DetectionRule.CumulativeUnexcusedDaysInSemester(7))
            .build();

    private NationalRules() {
    }
}
