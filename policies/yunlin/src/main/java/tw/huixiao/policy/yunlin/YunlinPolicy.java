package tw.huixiao.policy.yunlin;

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

/** 雲林縣 (Yunlin County) dropout-prevention policy, from seed document "高關懷學生評估暨輔導處遇計畫". */
public final class YunlinPolicy implements CountyPolicy {

    static final SourceDocument DOCUMENT = new SourceDocument(
            LocalizedText.of("高關懷學生評估暨輔導處遇計畫", "High-care student assessment and counselling plan"),
            LocalDate.of(2010, 4, 27), "府教學字第 0990400008 號");

    private static final PolicyIdentity IDENTITY = PolicyIdentity.builder("yunlin", "1.0.0")
            .serves(CountyCode.YUNLIN)
            .displayName("雲林縣", "Yunlin County")
            .encodes(DOCUMENT)
            .encodes(NationalDocuments.COMPULSORY_EDUCATION_ACT)
            .encodes(NationalDocuments.COMPULSORY_EDUCATION_RULES)
            .build();

    @Override
    public PolicyIdentity identity() {
        return IDENTITY;
    }

    /** YL-C1 … YL-C8, the eight high-care groups (高關懷群). */
    private static final List<CaseCategory> HIGH_CARE = List.of(
            CaseCategory.category("YL-C1", CaseKind.AT_RISK)
                    .name("中輟之虞（時輟時復、出缺席不穩定、累計缺席 7 日以上）", "At risk of dropping out (intermittent attendance, 7+ days absent)")
                    .detectedBy(new DetectionRule.CumulativeUnexcusedDaysInSemester(7))
                    .detectedBy(new DetectionRule.ByStaff())
                    .build(),
            CaseCategory.category("YL-C2", CaseKind.HIGH_CARE)
                    .name("嚴重行為問題（偷竊、霸凌、逃家、暴力、幫派、陣頭等）", "Serious behaviour problems (theft, bullying, running away, violence, gangs, temple troupes)")
                    .detectedBy(new DetectionRule.ByStaff())
                    .build(),
            CaseCategory.category("YL-C3", CaseKind.HIGH_CARE)
                    .name("成癮行為（沉迷網咖、藥物濫用等）", "Addiction (internet cafés, drug abuse)")
                    .detectedBy(new DetectionRule.ByStaff())
                    .build(),
            CaseCategory.category("YL-C4", CaseKind.HIGH_CARE)
                    .name("情緒困擾（焦慮、衝動、憂鬱、自殺、自傷、性別認同等）", "Emotional distress (anxiety, impulsivity, depression, suicide, self-harm, gender identity)")
                    .detectedBy(new DetectionRule.ByStaff())
                    .build(),
            CaseCategory.category("YL-C5", CaseKind.HIGH_CARE)
                    .name("學習適應困擾（懼學、拒學、學業成就低落等）", "Learning adjustment (school phobia or refusal, very low achievement)")
                    .detectedBy(new DetectionRule.ByStaff())
                    .build(),
            CaseCategory.category("YL-C6", CaseKind.HIGH_CARE)
                    .name("人際關係困擾", "Interpersonal difficulties")
                    .detectedBy(new DetectionRule.ByStaff())
                    .build(),
            CaseCategory.category("YL-C7", CaseKind.HIGH_CARE)
                    .name("高風險家庭", "High-risk family")
                    .detectedBy(new DetectionRule.ByStaff())
                    .build(),
            CaseCategory.category("YL-C8", CaseKind.PROTECTIVE)
                    .name("保護性個案（家暴、性騷擾、性侵害、安置、危及生命等）", "Protective cases (domestic violence, sexual harassment or assault, placement, danger to life)")
                    .detectedBy(new DetectionRule.ByStaff())
                    .build());

    private static final List<CaseCategory> CATEGORIES = Stream.concat(
            Stream.of(NationalRules.DROPOUT, NationalRules.LONG_ABSENCE), HIGH_CARE.stream()).toList();

    @Override
    public List<CaseCategory> categories() {
        return CATEGORIES;
    }

    @Override
    public FundingPolicy funding() {
        return FundingPolicy.none(RuleId.of("YL-FUNDING"), "由輔導室年度預算支應，無個案經費",
                "Paid from the counselling office's annual budget; no per-case funding");
    }

    private static Stream<RuleId> fundingRules() {
        return Stream.of(RuleId.of("YL-FUNDING"));
    }

    @Override
    public Set<RuleId> encodedRules() {
        return Stream.concat(categories().stream().map(CaseCategory::ruleId), fundingRules())
                .collect(Collectors.toUnmodifiableSet());
    }
}
