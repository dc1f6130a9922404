package tw.huixiao.policy.tainan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import tw.huixiao.policy.national.NationalDocuments;
import tw.huixiao.policy.national.NationalRules;
import tw.huixiao.policy.spi.CountyCode;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.LocalizedText;
import tw.huixiao.policy.spi.PolicyIdentity;
import tw.huixiao.policy.spi.RuleId;
import tw.huixiao.policy.spi.casework.Agency;
import tw.huixiao.policy.spi.casework.BureauFiling;
import tw.huixiao.policy.spi.casework.PlanFiling;
import tw.huixiao.policy.spi.casework.PlanRequirements;
import tw.huixiao.policy.spi.funding.PlanCap;
import tw.huixiao.policy.spi.detection.CaseCategory;
import tw.huixiao.policy.spi.detection.CaseKind;
import tw.huixiao.policy.spi.detection.DetectionRule;
import tw.huixiao.policy.spi.funding.FundingPolicy;
import tw.huixiao.policy.spi.PolicyContext;
import tw.huixiao.policy.spi.SourceDocument;
import tw.huixiao.policy.spi.casework.ClosureRule;
import tw.huixiao.policy.spi.form.ChoicePrefill;
import tw.huixiao.policy.spi.form.FormDefinition;
import tw.huixiao.policy.spi.form.FormPrefill;
import tw.huixiao.policy.spi.timeline.Timeline;

/**
 * 臺南市 (Tainan City): 臺南市「中輟、長期缺課、偏差行為或高關懷學生輔導處遇個別化支持計畫(ISP)」,
 * amended 111年7月26日 南市教安(一)字第1110308851號函 (policy-reference §4, seed 004), on top of the
 * national rules (§0). Categories here, the ladder and closure in {@link TainanLadder}, forms in
 * {@link TainanForms}, funding in {@link TainanFunding}. All state is in static constants.
 */
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

    /** TN-WHO: the 實施對象 of the plan, each of which must have an ISP. */
    static final List<CaseCategory> CATEGORIES = List.of(
            NationalRules.DROPOUT,
            NationalRules.LONG_ABSENCE,
            CaseCategory.category(TainanLadder.DEVIANT, "TN-WHO", CaseKind.DEVIANT_BEHAVIOUR)
                    .name("重大偏差行為（觸犯刑罰法律、曝險或其他偏差行為）",
                            "Major deviant behaviour (offences, at-risk behaviour, other)")
                    .detectedBy(new DetectionRule.ByStaff())
                    .build(),
            CaseCategory.category(TainanLadder.JUDICIAL, "TN-WHO", CaseKind.DEVIANT_BEHAVIOUR)
                    .name("偏差行為併有司法案件且須加強輔導", "Deviant behaviour with a court case, needing more counselling")
                    .detectedBy(new DetectionRule.ByStaff())
                    .build(),
            CaseCategory.category(TainanLadder.ADJUSTMENT, "TN-WHO", CaseKind.HIGH_CARE)
                    .name("嚴重適應困難、學習意願低落有中輟之虞", "At risk of dropping out with severe adjustment problems "
                            + "or low motivation")
                    .detectedBy(new DetectionRule.ByStaff())
                    .build(),
            CaseCategory.category(TainanLadder.SPECIAL_EDUCATION, "TN-WHO", CaseKind.HIGH_CARE)
                    .name("中輟復學需要特別教育", "Re-enrolled after dropping out and needing special education")
                    .detectedBy(new DetectionRule.ByStaff())
                    .build());

    static final FundingPolicy FUNDING = TainanFunding.POLICY;

    /** Every rule this module encodes (policy-reference §0 and §4), listed explicitly. */
    static final Set<RuleId> ENCODED;

    static {
        Set<RuleId> encoded = new LinkedHashSet<>(NationalRules.ENCODED);
        Stream.of("TN-WHO", "TN-WHEN", "TN-TEAM", "TN-ASSESS", "TN-NEEDS", "TN-MEETINGS", "TN-SERVICES", "TN-EVAL",
                        "TN-CLOSE", "TN-MONTHLY", "TN-TIMETABLE", "TN-TEACHERS", "TN-REPORT", "TN-KPI",
                        "TN-F-CAP", "TN-F-INTERNAL", "TN-F-EXTERNAL", "TN-F-COUNSELLOR", "TN-F-LICENSED",
                        "TN-F-PSYCHIATRIST", "TN-F-DAILY-CAP", "TN-F-TRACKER", "TN-F-ADMIN", "TN-F-PRINT",
                        "TN-F-MATERIAL", "TN-F-NHI", "TN-F-OUTDOOR", "TN-F-TRAVEL", "TN-F-MISC", "TN-F-NO-CENTRE-FEE")
                .map(RuleId::of).forEach(encoded::add);
        ENCODED = Collections.unmodifiableSet(encoded);
    }

    @Override
    public List<CaseCategory> categories() {
        return CATEGORIES;
    }

    @Override
    public FundingPolicy funding() {
        return FUNDING;
    }

    /**
     * TN-F-CAP: 每案每次申請經費以 2 萬元為原則; a plan above it is not submitted, and a student who
     * still needs funding is served through the 多元教育輔導措施 applied for in January–February.
     */
    static final PlanCap PLAN_CAP = new PlanCap(RuleId.of("TN-F-CAP"), TainanFunding.CASE_CAP, LocalizedText.of(
            "同一學生仍需經費者，請於每年 1–2 月申辦多元教育輔導措施計畫（高關懷課程、彈性輔導課程或資源式中途班）。",
            "If the student still needs funding, apply in January–February through the multiple educational "
                    + "counselling measures (high-care courses, flexible counselling courses or resource-type "
                    + "intermediate classes)."));

    @Override
    public Optional<PlanCap> planCap() {
        return Optional.of(PLAN_CAP);
    }

    /** TN-WHO: the approved ISP 送本局備查 with the filing letter. */
    @Override
    public Optional<PlanFiling> planFiling() {
        return Optional.of(new PlanFiling(RuleId.of("TN-WHO"), TainanLadder.PLAN_FILING_LETTER));
    }

    /**
     * TN-TEAM (the execution team with the principal as convener and the 輔導主任 as secretary),
     * TN-MEETINGS (at least one 個案需求評估會議 before the plan) and TN-TEACHERS (each teacher's
     * source, reason, degree or licence; external hires checked and consented to): SPI 1.7.
     */
    static final PlanRequirements PLAN_REQUIREMENTS = PlanRequirements.of("TN-TEAM", "TN-MEETINGS", "TN-TEACHERS");

    @Override
    public Optional<PlanRequirements> planRequirements() {
        return Optional.of(PLAN_REQUIREMENTS);
    }

    @Override
    public Set<RuleId> encodedRules() {
        return ENCODED;
    }

    @Override
    public Timeline timeline() {
        return TainanLadder.TIMELINE;
    }

    @Override
    public List<FormDefinition> forms() {
        return TainanForms.ALL;
    }

    @Override
    public List<FormPrefill> formPrefills() {
        return TainanForms.PREFILLS;
    }

    @Override
    public List<ChoicePrefill> choicePrefills() {
        return TainanForms.CHOICE_PREFILLS;
    }

    @Override
    public Set<String> documentKinds() {
        return TainanLadder.DOCUMENT_KINDS;
    }

    /** The referral directory (TainanAgencies). */
    @Override
    public List<Agency> agencies() {
        return TainanAgencies.ALL;
    }

    /**
     * What Tainan's schools file with the 教育局: the approved ISP 送本局備查 (TN-WHO) and, within a
     * month of completion, the expense statement and results (TN-REPORT).
     */
    static final List<BureauFiling> BUREAU_FILINGS = List.of(
            BureauFiling.of("TN-WHO", TainanLadder.PLAN_FILING_LETTER, "個別化支持計畫（ISP）送本局備查",
                    "Individualised support plan filed with the Education Bureau"),
            BureauFiling.of("TN-REPORT", TainanLadder.EXPENSE_STATEMENT, "ISP 經費收支清單及辦理成果",
                    "ISP expense statement and results"));

    @Override
    public List<BureauFiling> bureauFilings() {
        return BUREAU_FILINGS;
    }

    @Override
    public Optional<ClosureRule> closure() {
        return Optional.of(TainanLadder.CLOSURE);
    }

    /**
     * The module checks itself: every encoded rule is cited by a category, step, form, funding
     * rule or the closure rule, and every cited rule is encoded.
     */
    @Override
    public List<String> selfCheck(PolicyContext context) {
        Set<RuleId> cited = new LinkedHashSet<>();
        CATEGORIES.forEach(c -> cited.add(c.ruleId()));
        TainanLadder.STEPS.forEach(s -> cited.add(s.ruleId()));
        TainanForms.ALL.forEach(f -> cited.add(f.ruleId()));
        FundingPolicy.Rules rules = (FundingPolicy.Rules) FUNDING;
        rules.rules().forEach(r -> cited.add(r.ruleId()));
        rules.items().forEach(i -> cited.add(i.ruleId()));
        cited.add(TainanLadder.CLOSURE.ruleId());
        TainanAgencies.ALL.forEach(a -> cited.add(a.ruleId()));
        List<String> problems = new ArrayList<>();
        ENCODED.stream().filter(r -> !cited.contains(r))
                .forEach(r -> problems.add(r + " is encoded but nothing cites it"));
        cited.stream().filter(r -> !ENCODED.contains(r))
                .forEach(r -> problems.add(r + " is cited but not encoded"));
        return problems;
    }
}
