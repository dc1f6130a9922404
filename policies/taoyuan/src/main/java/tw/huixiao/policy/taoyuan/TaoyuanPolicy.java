package tw.huixiao.policy.taoyuan;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tw.huixiao.policy.national.NationalDocuments;
import tw.huixiao.policy.national.NationalRules;
import tw.huixiao.policy.spi.CountyCode;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.LocalizedText;
import tw.huixiao.policy.spi.PolicyIdentity;
import tw.huixiao.policy.spi.RuleId;
import tw.huixiao.policy.spi.detection.CaseCategory;
import tw.huixiao.policy.spi.detection.CaseKind;
import tw.huixiao.policy.spi.detection.DetectionRule;
import tw.huixiao.policy.spi.funding.FundingPolicy;
import tw.huixiao.policy.spi.SourceDocument;

/** 桃園市 (Taoyuan City) dropout-prevention policy, from seed document "桃園市國民中小學預防中途輟學學生追蹤輔導處理 SOP 流程". */
public final class TaoyuanPolicy implements CountyPolicy {

    static final SourceDocument DOCUMENT = new SourceDocument(
            LocalizedText.of("桃園市國民中小學預防中途輟學學生追蹤輔導處理 SOP 流程", "Taoyuan SOP for tracking and counselling students at risk of dropping out"),
            null, null);

    private static final PolicyIdentity IDENTITY = PolicyIdentity.builder("taoyuan", "1.0.0")
            .serves(CountyCode.TAOYUAN)
            .displayName("桃園市", "Taoyuan City")
            .encodes(DOCUMENT)
            .encodes(NationalDocuments.COMPULSORY_EDUCATION_ACT)
            .encodes(NationalDocuments.COMPULSORY_EDUCATION_RULES)
            .build();

    @Override
    public PolicyIdentity identity() {
        return IDENTITY;
    }

    /** TY-LONG-LEAVE: without special reason, 6+ leave requests or 7+ days of personal and sick leave in a month. */
    private static final CaseCategory LONG_LEAVE = CaseCategory.category("TY-LONG-LEAVE", CaseKind.LONG_LEAVE)
            .name("長期請假（當月請假 6 次以上或事病假累計達 7 日）",
                    "Long-term leave (6+ leave requests, or 7+ days of personal and sick leave, in a month)")
            .detectedBy(new DetectionRule.LeaveRequestsInMonth(6))
            .detectedBy(new DetectionRule.PersonalAndSickLeaveDaysInMonth(7))
            .build();

    /** TY-AT-RISK: 中輟之虞 = long-term absence (TW-LONG-ABSENCE) or long-term leave (TY-LONG-LEAVE). */
    private static final CaseCategory AT_RISK = CaseCategory.category("TY-AT-RISK", CaseKind.AT_RISK)
            .name("中輟之虞（長期缺課或長期請假）", "At risk of dropping out (long-term absence or leave)")
            .detectedBy(new DetectionRule.CumulativeUnexcusedDaysInSemester(7))
            .detectedBy(new DetectionRule.LeaveRequestsInMonth(6))
            .detectedBy(new DetectionRule.PersonalAndSickLeaveDaysInMonth(7))
            .build();

    private static final List<CaseCategory> CATEGORIES =
            List.of(NationalRules.DROPOUT, NationalRules.LONG_ABSENCE, AT_RISK, LONG_LEAVE);

    @Override
    public List<CaseCategory> categories() {
        return CATEGORIES;
    }

    @Override
    public FundingPolicy funding() {
        return FundingPolicy.none(null, "桃園市 SOP 未訂定個案經費規定", "The Taoyuan SOP sets no per-case funding rules");
    }

    private static Stream<RuleId> fundingRules() {
        return Stream.empty();
    }

    @Override
    public Set<RuleId> encodedRules() {
        return Stream.concat(categories().stream().map(CaseCategory::ruleId), fundingRules())
                .collect(Collectors.toUnmodifiableSet());
    }
}
