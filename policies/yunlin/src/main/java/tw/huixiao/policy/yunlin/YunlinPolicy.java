package tw.huixiao.policy.yunlin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tw.huixiao.policy.national.NationalDocuments;
import tw.huixiao.policy.national.NationalRules;
import tw.huixiao.policy.spi.CountyCode;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.LocalizedText;
import tw.huixiao.policy.spi.PolicyContext;
import tw.huixiao.policy.spi.PolicyIdentity;
import tw.huixiao.policy.spi.RuleId;
import tw.huixiao.policy.spi.screening.ScreeningCampaign;
import tw.huixiao.policy.spi.casework.Agency;
import tw.huixiao.policy.spi.casework.BureauFiling;
import tw.huixiao.policy.spi.detection.CaseCategory;
import tw.huixiao.policy.spi.detection.CaseKind;
import tw.huixiao.policy.spi.detection.DetectionRule;
import tw.huixiao.policy.spi.SourceDocument;
import tw.huixiao.policy.spi.form.ChoicePrefill;
import tw.huixiao.policy.spi.form.FormDefinition;
import tw.huixiao.policy.spi.form.FormPrefill;
import tw.huixiao.policy.spi.funding.FundingPolicy;
import tw.huixiao.policy.spi.timeline.Timeline;

/**
 * 雲林縣 (Yunlin County): the 高關懷學生評估暨輔導處遇計畫 (policy-reference §3) with the national
 * rules (§0). Categories and identity here; the ladder in {@link YunlinLadder}, the forms in
 * {@link YunlinForms}. Everything is a constant: the class is immutable and thread-safe.
 */
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

    /** YL-C1 … YL-C8, the eight high-care groups (高關懷群), named in the document's words (五、輔導對象). */
    static final List<CaseCategory> HIGH_CARE = List.of(
            CaseCategory.category("YL-C1", CaseKind.AT_RISK)
                    .name("中輟之虞（時輟時復、出席情形不穩定、長期缺曠課累計達七天以上）",
                            "At risk of dropping out (intermittent return, unstable attendance, 7 or more days of "
                                    + "absence in total)")
                    .detectedBy(new DetectionRule.CumulativeUnexcusedDaysInSemester(7))
                    .detectedBy(new DetectionRule.ByStaff())
                    .build(),
            CaseCategory.category("YL-C2", CaseKind.HIGH_CARE)
                    .name("嚴重行為問題（偷竊、霸凌、蹺家、暴力傾向、加入幫派、涉入不當廟會活動等）",
                            "Serious behaviour problems (theft, bullying, running away, violent tendencies, gangs, "
                                    + "improper temple activities)")
                    .detectedBy(new DetectionRule.ByStaff())
                    .build(),
            CaseCategory.category("YL-C3", CaseKind.HIGH_CARE)
                    .name("成癮行為（沈迷網咖、藥物濫用等）", "Addiction (internet cafés, drug abuse)")
                    .detectedBy(new DetectionRule.ByStaff())
                    .build(),
            CaseCategory.category("YL-C4", CaseKind.HIGH_CARE)
                    .name("情緒困擾（焦慮、衝動性格、憂鬱、自殺、自我傷害、性別認同等）",
                            "Emotional distress (anxiety, impulsivity, depression, suicide, self-harm, gender identity)")
                    .detectedBy(new DetectionRule.ByStaff())
                    .build(),
            CaseCategory.category("YL-C5", CaseKind.HIGH_CARE)
                    .name("學習適應困擾（懼學、拒學、學習成就嚴重低落等）",
                            "Learning adjustment (school phobia, school refusal, very low achievement)")
                    .detectedBy(new DetectionRule.ByStaff())
                    .build(),
            CaseCategory.category("YL-C6", CaseKind.HIGH_CARE)
                    .name("人際關係困擾（人際孤立、社交恐懼、人際衝突、交友複雜等）",
                            "Interpersonal difficulties (isolation, social phobia, conflict, complicated friendships)")
                    .detectedBy(new DetectionRule.ByStaff())
                    .build(),
            CaseCategory.category("YL-C7", CaseKind.HIGH_CARE)
                    .name("高風險家庭（依內政部高風險家庭評估相關規定認定）",
                            "High-risk family (as the Ministry of the Interior's high-risk family assessment defines it)")
                    .detectedBy(new DetectionRule.ByStaff())
                    .build(),
            CaseCategory.category("YL-C8", CaseKind.PROTECTIVE)
                    .name("保護性個案（家暴、性騷擾、性侵害、安置個案等兒少保護個案或有生命危險之虞個案）",
                            "Protective cases (domestic violence, sexual harassment or assault, placement and other "
                                    + "child-protection cases, or danger to life)")
                    .detectedBy(new DetectionRule.ByStaff())
                    .build());

    private static final List<CaseCategory> CATEGORIES = Stream.concat(
            NationalRules.CATEGORIES.stream(), HIGH_CARE.stream()).toList();

    /** YL-FUNDING: 八、經費：由輔導室年度預算相關經費支應。 */
    private static final FundingPolicy FUNDING = FundingPolicy.none(RuleId.of("YL-FUNDING"),
            "由輔導室年度預算相關經費支應，無個案經費", "Paid from the counselling office's annual budget; no per-case funding");

    /** Every rule id of policy-reference §3 and the national rules of §0. */
    static final Set<RuleId> ENCODED = Stream.concat(
                    Stream.of("YL-C1", "YL-C2", "YL-C3", "YL-C4", "YL-C5", "YL-C6", "YL-C7", "YL-C8",
                                    "YL-SCREEN", "YL-ROSTER", "YL-TIERS", "YL-REF-DROPOUT", "YL-REF-EMOTION",
                                    "YL-REF-FAMILY", "YL-PROTECT", "YL-REPLY", "YL-RETURN", "YL-FUNDING")
                            .map(RuleId::of),
                    NationalRules.ENCODED.stream())
            .collect(Collectors.toUnmodifiableSet());

    @Override
    public List<CaseCategory> categories() {
        return CATEGORIES;
    }

    @Override
    public Set<RuleId> encodedRules() {
        return ENCODED;
    }

    @Override
    public Timeline timeline() {
        return YunlinLadder.TIMELINE;
    }

    @Override
    public List<FormDefinition> forms() {
        return YunlinForms.ALL;
    }

    @Override
    public List<FormPrefill> formPrefills() {
        return YunlinForms.PREFILLS;
    }

    @Override
    public List<ChoicePrefill> choicePrefills() {
        return YunlinForms.CHOICE_PREFILLS;
    }

    @Override
    public Set<String> documentKinds() {
        return YunlinLadder.DOCUMENT_KINDS;
    }

    /** The referral directory (YunlinAgencies). */
    @Override
    public List<Agency> agencies() {
        return YunlinAgencies.ALL;
    }

    /**
     * YL-PROTECT: the signed campus-safety report is faxed to the county 教育處學管科 — on the
     * platform it is filed in the bureau's inbox. The protective report itself goes to the 社會處
     * or the 113 line, not to the education bureau.
     */
    static final List<BureauFiling> BUREAU_FILINGS = List.of(
            BureauFiling.of("YL-PROTECT", YunlinLadder.CAMPUS_SAFETY_REPORT_FAX, "保護性個案校安通報（紙本核章）",
                    "Signed campus-safety report of a protective case"));

    @Override
    public List<BureauFiling> bureauFilings() {
        return BUREAU_FILINGS;
    }

    /** YL-SCREEN and YL-ROSTER: screening by class with 附表一, the roster 附表二 (YunlinScreening). */
    @Override
    public Optional<ScreeningCampaign> screening() {
        return Optional.of(YunlinScreening.CAMPAIGN);
    }

    @Override
    public FundingPolicy funding() {
        return FUNDING;
    }

    /**
     * The module's own checks: every high-care group has exactly one referral route, and the
     * crisis-state options of 附表一 and 附表二 name this module's categories.
     */
    @Override
    public List<String> selfCheck(PolicyContext context) {
        List<String> problems = new ArrayList<>();
        for (CaseCategory c : HIGH_CARE) {
            long routes = Stream.of(YunlinLadder.DROPOUT_HIGH_RISK, YunlinLadder.EMOTIONAL,
                    YunlinLadder.HIGH_RISK_FAMILY, YunlinLadder.PROTECTIVE).filter(g -> g.contains(c.id())).count();
            if (routes != 1) {
                problems.add(c.id() + " has " + routes + " referral routes, expected 1");
            }
        }
        Set<String> ids = CATEGORIES.stream().map(CaseCategory::id).collect(Collectors.toSet());
        YunlinForms.ALL.stream().flatMap(FormDefinition::fields)
                .flatMap(f -> Stream.concat(Stream.of(f), f.columns().stream()))
                .flatMap(f -> f.options().stream())
                .map(o -> o.code())
                .filter(code -> code.startsWith("YL-C") && !ids.contains(code))
                .forEach(code -> problems.add("form option names unknown category " + code));
        return problems;
    }
}
