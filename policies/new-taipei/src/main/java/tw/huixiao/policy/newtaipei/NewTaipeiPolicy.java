package tw.huixiao.policy.newtaipei;

import java.time.LocalDate;
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

/** 新北市 (New Taipei City) dropout-prevention policy, from seed document "新北市國民中小學辦理中輟學生追蹤及復學安置作業流程". */
public final class NewTaipeiPolicy implements CountyPolicy {

    static final SourceDocument DOCUMENT = new SourceDocument(
            LocalizedText.of("新北市國民中小學辦理中輟學生追蹤及復學安置作業流程", "New Taipei procedure for dropout tracking, re-enrolment and placement"),
            LocalDate.of(2005, 12, 30), "北府教特字第 0940871642 號");

    private static final PolicyIdentity IDENTITY = PolicyIdentity.builder("new-taipei", "1.0.0")
            .serves(CountyCode.NEW_TAIPEI)
            .displayName("新北市", "New Taipei City")
            .encodes(DOCUMENT)
            .encodes(NationalDocuments.COMPULSORY_EDUCATION_ACT)
            .encodes(NationalDocuments.COMPULSORY_EDUCATION_RULES)
            .build();

    @Override
    public PolicyIdentity identity() {
        return IDENTITY;
    }

    private static final List<CaseCategory> CATEGORIES = List.of(
            CaseCategory.category("NT-CAT1", CaseKind.DROPOUT)
                    .name("第一類：未經請假未到校達 3 日以上或長期缺課",
                            "Category 1: absent without leave 3+ days, or long-term absence")
                    .detectedBy(new DetectionRule.ConsecutiveUnexcusedDays(3))
                    .detectedBy(new DetectionRule.CumulativeUnexcusedDaysInSemester(7))
                    .build(),
            CaseCategory.category("NT-CAT2", CaseKind.DROPOUT)
                    .name("第二類：學期開學未到校註冊（含新生）達 3 日以上",
                            "Category 2: not registered at semester start (new students included) for 3+ days")
                    .detectedBy(new DetectionRule.RegistrationNoShow(3))
                    .build(),
            CaseCategory.category("NT-CAT3", CaseKind.DROPOUT)
                    .name("第三類：轉學時未向轉入學校報到達 3 日以上",
                            "Category 3: transferred out but not reported at the receiving school for 3+ days")
                    .detectedBy(new DetectionRule.TransferNoShow(3))
                    .build(),
            CaseCategory.category("NT-NEW", CaseKind.AT_RISK)
                    .name("新生未報到", "New student no-show")
                    .detectedBy(new DetectionRule.RegistrationNoShow(1))
                    .build());

    @Override
    public List<CaseCategory> categories() {
        return CATEGORIES;
    }

    @Override
    public FundingPolicy funding() {
        return FundingPolicy.none(null, "新北市作業流程未訂定個案經費規定",
                "The New Taipei procedure sets no per-case funding rules");
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
