package tw.huixiao.policy.yunlin;

import java.util.List;
import java.util.Set;
import tw.huixiao.policy.spi.RuleId;
import tw.huixiao.policy.spi.SchoolRole;
import tw.huixiao.policy.spi.screening.ScreeningCampaign;
import tw.huixiao.policy.spi.screening.ScreeningFollowUp;
import tw.huixiao.policy.spi.screening.ScreeningFollowUp.Action;
import tw.huixiao.policy.spi.screening.ScreeningRoster;

/**
 * Yunlin's screening of whole classes with 附表一 高關懷學生評估指標及輔導表 (YL-SCREEN): the eight
 * checklists of 第一階段 (none ticked: not a high-care student), the counsellor's 危機狀態 of 第三階段
 * (this module's categories YL-C1 … YL-C8), and what each 第四階段 輔導策略 starts once stamped —
 * the counselling office's tasks within one school week (YL-TIERS, {@link YunlinLadder#ONE_SCHOOL_WEEK}),
 * the 導師's 附表五 within 3 school days (YL-REF-FAMILY, as the ladder's step), a protective concern
 * with its 24-hour reports (YL-PROTECT), a referral to the 學生輔導諮商中心 (YL-REF-EMOTION); 列入關懷對象
 * starts nothing. The stamped forms become 附表二 高關懷學生名冊 (YL-ROSTER), where referrals go into
 * 「需轉介其他單位 名稱」.
 */
final class YunlinScreening {

    /** One school week, as every other Yunlin duty (see README). */
    static final int SCHOOL_WEEK = 5;
    /** 附表五 by the 導師 within 3 school days, as the ladder's YL-REF-FAMILY step. */
    static final int FAMILY_FORM_DAYS = 3;

    private static final String COUNSELLING_ACTS_ZH = "輔導室依附表一輔導策略辦理：";
    private static final String COUNSELLING_ACTS_EN = "The counselling office acts on the Schedule 1 strategy: ";

    static final ScreeningCampaign CAMPAIGN = new ScreeningCampaign(RuleId.of("YL-SCREEN"), YunlinForms.ASSESSMENT,
            List.of("physicalMentalCrisis", "behaviourCrisis", "learningGapCrisis", "familyFunctionCrisis",
                    "careFunctionCrisis", "schoolAdjustmentCrisis", "interpersonalCrisis", "overSocialisationCrisis"),
            "familyBackground", "crisisByCounsellor", "stage4", "strategy", Set.of("WATCH_ONLY"),
            List.of(
                    ScreeningFollowUp.task("MENTOR_TEACHER", "YL-TIERS", SchoolRole.COUNSELING, SCHOOL_WEEK,
                            COUNSELLING_ACTS_ZH, COUNSELLING_ACTS_EN),
                    ScreeningFollowUp.task("HIGH_CARE_COURSE", "YL-TIERS", SchoolRole.COUNSELING, SCHOOL_WEEK,
                            COUNSELLING_ACTS_ZH, COUNSELLING_ACTS_EN).detailedBy("highCareCourseKind"),
                    ScreeningFollowUp.task("INTERMEDIATE_EDUCATION", "YL-TIERS", SchoolRole.COUNSELING, SCHOOL_WEEK,
                                    COUNSELLING_ACTS_ZH, COUNSELLING_ACTS_EN).detailedBy("intermediateEducationKind")
                            .onRosterAs("中介教育{kinds}"),
                    ScreeningFollowUp.task("DROPOUT_OUTREACH", "YL-TIERS", SchoolRole.COUNSELING, SCHOOL_WEEK,
                            COUNSELLING_ACTS_ZH, COUNSELLING_ACTS_EN).onRosterAs("中輟外展服務（{text}）"),
                    ScreeningFollowUp.task("OTHER_PROGRAMME", "YL-TIERS", SchoolRole.COUNSELING, SCHOOL_WEEK,
                            COUNSELLING_ACTS_ZH, COUNSELLING_ACTS_EN).onRosterAs("{text}"),
                    ScreeningFollowUp.task("CHILD_PROTECTION", "YL-PROTECT", SchoolRole.COUNSELING, SCHOOL_WEEK,
                            "附表一篩選第四階段輔導策略「{strategy}」", "Schedule 1 stage-4 strategy: {strategy}")
                            .withAction(Action.PROTECTIVE_CONCERN),
                    ScreeningFollowUp.task("PSYCHOLOGIST", "YL-REF-EMOTION", SchoolRole.COUNSELING, SCHOOL_WEEK,
                                    "依附表一輔導策略：", "As the Schedule 1 strategy says: ")
                            .withAction(Action.COUNSELLING_REFERRAL).onRosterAs("心理師個別諮商"),
                    ScreeningFollowUp.task("HIGH_RISK_FAMILY", "YL-REF-FAMILY", SchoolRole.HOMEROOM_TEACHER,
                                    FAMILY_FORM_DAYS,
                                    "由導師填寫高風險家庭評估表（附表五），轉請輔導室辦理轉介事宜（附表一輔導策略：{strategy}）",
                                    "The homeroom teacher fills in the high-risk family assessment (Schedule 5) for the "
                                            + "counselling office's referral (Schedule 1 strategy: {strategy})")
                            .producing(YunlinForms.HIGH_RISK_FAMILY)),
            ScreeningRoster.of("YL-ROSTER", YunlinForms.ROSTER, "OTHER_UNIT"));

    private YunlinScreening() {
    }
}
