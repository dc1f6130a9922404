package tw.huixiao.policy.tainan;

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
import tw.huixiao.policy.spi.funding.FundingRule;
import tw.huixiao.policy.spi.SourceDocument;

/** 臺南市 (Tainan City) dropout-prevention policy, from seed document "臺南市中輟、長期缺課、偏差行為或高關懷學生輔導處遇個別化支持計畫(ISP)". */
public final class TainanPolicy implements CountyPolicy {

    static final SourceDocument DOCUMENT = new SourceDocument(
            LocalizedText.of("臺南市中輟、長期缺課、偏差行為或高關懷學生輔導處遇個別化支持計畫(ISP)", "Tainan Individualized Support Plan (ISP) for dropout, long-absence, deviant-behaviour and high-care students"),
            LocalDate.of(2022, 7, 26), "南市教安(一)字第1110308851號");

    private static final PolicyIdentity IDENTITY = PolicyIdentity.builder("tainan", "1.0.0")
            .serves(CountyCode.TAINAN)
            .displayName("臺南市", "Tainan City")
            .encodes(DOCUMENT)
            .encodes(NationalDocuments.COMPULSORY_EDUCATION_ACT)
            .encodes(NationalDocuments.COMPULSORY_EDUCATION_RULES)
            .build();

    @Override
    public PolicyIdentity identity() {
        return IDENTITY;
    }

    /** TN-WHO: every listed dropout, long-term absence or major deviant-behaviour case must have an ISP. */
    private static final List<CaseCategory> CATEGORIES = List.of(
            NationalRules.DROPOUT,
            NationalRules.LONG_ABSENCE,
            CaseCategory.category("TN-WHO-DEVIANT", "TN-WHO", CaseKind.DEVIANT_BEHAVIOUR)
                    .name("重大偏差行為（觸法、曝險或其他）", "Major deviant behaviour (offences, at-risk behaviour, other)")
                    .detectedBy(new DetectionRule.ByStaff())
                    .build(),
            CaseCategory.category("TN-WHO-ADJUSTMENT", "TN-WHO", CaseKind.HIGH_CARE)
                    .name("中輟之虞且適應困難嚴重", "At risk of dropping out with severe adjustment problems")
                    .detectedBy(new DetectionRule.ByStaff())
                    .build(),
            CaseCategory.category("TN-WHO-SPECIAL-EDUCATION", "TN-WHO", CaseKind.HIGH_CARE)
                    .name("復學且需特殊教育服務", "Re-enrolled and needing special education")
                    .detectedBy(new DetectionRule.ByStaff())
                    .build());

    private static final FundingPolicy FUNDING = TainanFunding.policy();

    @Override
    public List<CaseCategory> categories() {
        return CATEGORIES;
    }

    @Override
    public FundingPolicy funding() {
        return FUNDING;
    }

    private static Stream<RuleId> fundingRules() {
        FundingPolicy.Rules rules = (FundingPolicy.Rules) FUNDING;
        return Stream.concat(rules.rules().stream().map(FundingRule::ruleId),
                rules.items().stream().map(i -> i.ruleId()));
    }

    @Override
    public Set<RuleId> encodedRules() {
        return Stream.concat(categories().stream().map(CaseCategory::ruleId), fundingRules())
                .collect(Collectors.toUnmodifiableSet());
    }
}
