package tw.huixiao.policy.national;

import java.util.List;
import java.util.Set;
import tw.huixiao.policy.spi.RuleId;
import tw.huixiao.policy.spi.SchoolRole;
import tw.huixiao.policy.spi.detection.CaseCategory;
import tw.huixiao.policy.spi.detection.CaseKind;
import tw.huixiao.policy.spi.detection.DetectionRule;
import tw.huixiao.policy.spi.timeline.CaseEvent;
import tw.huixiao.policy.spi.timeline.Condition;
import tw.huixiao.policy.spi.timeline.Deadline;
import tw.huixiao.policy.spi.timeline.Step;

/**
 * The national rules every county module reuses (policy-reference §0), so that 強迫入學條例
 * and its 施行細則 are written once: the two definitions as categories, and the penalty
 * request, zero-rejection re-enrolment and three-tier counselling as steps. A county module
 * adds {@link #CATEGORIES} and {@link #STEPS} to its own and lists {@link #ENCODED}.
 */
public final class NationalRules {

    /** The letter asking the district 強迫入學委員會 to act under 條例 §9 (TW-PENALTY). */
    public static final String COMMITTEE_PENALTY_REQUEST = "COMMITTEE_PENALTY_REQUEST_LETTER";

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

    public static final List<CaseCategory> CATEGORIES = List.of(DROPOUT, LONG_ABSENCE);

    /** TW-PENALTY: while a reported student stays away, the school asks the committee to escalate by letter. */
    public static final Step PENALTY_REQUEST = Step.step("TW-PENALTY").on(CaseEvent.REPORTED)
            .by(SchoolRole.ACADEMIC_AFFAIRS, SchoolRole.REGISTRAR)
            .duty("學生仍未復學時，備文請鄉（鎮、市、區）強迫入學委員會依序辦理家訪、勸告書、警告書、罰鍰",
                    "While the student stays away, ask the district compulsory-education committee by letter to "
                            + "visit, advise, warn and fine in turn")
            .when(Condition.stillAbsent())
            .due(Deadline.continuous())
            .produces(COMMITTEE_PENALTY_REQUEST)
            .source("強迫入學條例第 9 條：家訪 → 勸告書 → 警告書 → 罰鍰")
            .build();

    /** TW-ZERO-REJECT: a re-enrolment application is accepted at any time and never refused. */
    public static final Step ZERO_REJECT = Step.step("TW-ZERO-REJECT").on(CaseEvent.RETURNED)
            .by(SchoolRole.REGISTRAR)
            .duty("受理復學申請：零拒絕、隨時接受申請", "Accept the re-enrolment application: never refused, at any time")
            .due(Deadline.sameDay())
            .source("復學採「零拒絕、隨時接受申請」")
            .build();

    /** TW-TIERS: every case has tier-1 counselling by the homeroom and mentor teachers from the start. */
    public static final Step TIERS = Step.step("TW-TIERS").on(CaseEvent.OPENED)
            .by(SchoolRole.COUNSELING, SchoolRole.HOMEROOM_TEACHER, SchoolRole.MENTOR_TEACHER)
            .duty("三級輔導：導師、認輔老師初級輔導；輔導室二級輔導；需要時轉介專業資源（三級）",
                    "Three-tier counselling: homeroom and mentor teachers (tier 1), the counselling office (tier 2), "
                            + "referral to professional services when needed (tier 3)")
            .due(Deadline.continuous())
            .build();

    public static final List<Step> STEPS = List.of(PENALTY_REQUEST, ZERO_REJECT, TIERS);

    public static final Set<String> DOCUMENT_KINDS = Set.of(COMMITTEE_PENALTY_REQUEST);

    public static final Set<RuleId> ENCODED = Set.of(RuleId.of("TW-DROPOUT"), RuleId.of("TW-LONG-ABSENCE"),
            RuleId.of("TW-PENALTY"), RuleId.of("TW-ZERO-REJECT"), RuleId.of("TW-TIERS"));

    private NationalRules() {
    }
}
