package tw.huixiao.policy.taoyuan;

import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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
import tw.huixiao.policy.spi.casework.Agency;
import tw.huixiao.policy.spi.casework.BureauFiling;
import tw.huixiao.policy.spi.detection.CaseCategory;
import tw.huixiao.policy.spi.detection.CaseKind;
import tw.huixiao.policy.spi.detection.DetectionRule;
import tw.huixiao.policy.spi.funding.FundingPolicy;
import tw.huixiao.policy.spi.SourceDocument;
import tw.huixiao.policy.spi.casework.CaseState;
import tw.huixiao.policy.spi.casework.ClosureRule;
import tw.huixiao.policy.spi.casework.ForbiddenTransition;
import tw.huixiao.policy.spi.form.ChoicePrefill;
import tw.huixiao.policy.spi.form.FormDefinition;
import tw.huixiao.policy.spi.form.FormPrefill;
import tw.huixiao.policy.spi.timeline.Step;
import tw.huixiao.policy.spi.timeline.Timeline;

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
    static final CaseCategory LONG_LEAVE = CaseCategory.category("TY-LONG-LEAVE", CaseKind.LONG_LEAVE)
            .name("長期請假（當月請假 6 次以上或事病假累計達 7 日）",
                    "Long-term leave (6+ leave requests, or 7+ days of personal and sick leave, in a month)")
            .detectedBy(new DetectionRule.LeaveRequestsInMonth(6))
            .detectedBy(new DetectionRule.PersonalAndSickLeaveDaysInMonth(7))
            .build();

    /** TY-AT-RISK: 中輟之虞 = long-term absence (TW-LONG-ABSENCE) or long-term leave (TY-LONG-LEAVE). */
    static final CaseCategory AT_RISK = CaseCategory.category("TY-AT-RISK", CaseKind.AT_RISK)
            .name("中輟之虞（長期缺課或長期請假）", "At risk of dropping out (long-term absence or leave)")
            .detectedBy(new DetectionRule.CumulativeUnexcusedDaysInSemester(7))
            .detectedBy(new DetectionRule.LeaveRequestsInMonth(6))
            .detectedBy(new DetectionRule.PersonalAndSickLeaveDaysInMonth(7))
            .build();

    private static final List<CaseCategory> CATEGORIES = Stream.concat(NationalRules.CATEGORIES.stream(),
            Stream.of(AT_RISK, LONG_LEAVE)).toList();

    /** Every rule this module encodes, written out: policy-reference §0 (TW-*) and §1 (TY-*). */
    private static final Set<RuleId> ENCODED = Stream.of(
                    "TW-DROPOUT", "TW-LONG-ABSENCE", "TW-PENALTY", "TW-ZERO-REJECT", "TW-TIERS",
                    "TY-AT-RISK", "TY-LONG-LEAVE",
                    "TY-D0-PRINCIPAL", "TY-D0-HOMEROOM", "TY-D0-MONTHLY", "TY-D0-ACADEMIC", "TY-D0-COUNSEL",
                    "TY-D1-CONTACT", "TY-D1-INDIGENOUS", "TY-D1-DANGER",
                    "TY-D2-VISIT", "TY-D2-STAFFING", "TY-D2-RECORD", "TY-D2-COUNSEL",
                    "TY-D3-VISIT", "TY-D3-SEARCH-MEETING", "TY-D3-REGISTERED-MAIL", "TY-D3-CASE-MEETING",
                    "TY-D4-URGE", "TY-D4-REPORT", "TY-D4-TASKFORCE", "TY-D4-RETURNED")
            .map(RuleId::of).collect(Collectors.toUnmodifiableSet());

    /** TY-D3-CASE-MEETING: 如經評估穩定就學則持續追蹤 1個月後結案. */
    private static final ClosureRule CLOSURE = new ClosureRule(RuleId.of("TY-D3-CASE-MEETING"),
            LocalizedText.of("每月定期評估個案狀況，如經評估穩定就學則持續追蹤 1個月後結案；仍未穩定就學者每3個月召開個案會議",
                    "Evaluated every month: once the student attends steadily, keep tracking for 1 month, then "
                            + "close; while not steady, a case meeting with network units every 3 months"),
            Period.ofMonths(1), null, null, null);

    /**
     * TY-D3-CASE-MEETING: tracking (持續追蹤 1 個月後結案) follows the case meeting's finding that the
     * student attends steadily, so a case whose student is not back yet cannot go to follow-up.
     */
    static final ForbiddenTransition FOLLOW_UP_ONLY_WHEN_BACK = ForbiddenTransition.of("TY-D3-CASE-MEETING",
            Set.of(CaseState.OPEN, CaseState.REPORTED), CaseState.FOLLOW_UP,
            "學生返校（或復學）並經個案會議評估穩定就學後，始持續追蹤 1個月後結案；學生尚未到校不得進入追蹤輔導",
            "Tracking for 1 month before closure starts once the student is back (or re-enrolled) and the case "
                    + "meeting finds them attending steadily; a student not back yet cannot be in follow-up");

    private static final FundingPolicy FUNDING = FundingPolicy.none(null, "桃園市 SOP 未訂定個案經費規定",
            "The Taoyuan SOP sets no per-case funding rules");

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
        return TaoyuanLadder.TIMELINE;
    }

    @Override
    public List<FormDefinition> forms() {
        return TaoyuanForms.ALL;
    }

    @Override
    public List<FormPrefill> formPrefills() {
        return TaoyuanForms.PREFILLS;
    }

    @Override
    public List<ChoicePrefill> choicePrefills() {
        return TaoyuanForms.CHOICE_PREFILLS;
    }

    @Override
    public Set<String> documentKinds() {
        return TaoyuanLadder.DOCUMENT_KINDS;
    }

    @Override
    public List<tw.huixiao.policy.spi.document.DocumentDefinition> documents() {
        return TaoyuanDocuments.ALL;
    }

    @Override
    public FundingPolicy funding() {
        return FUNDING;
    }

    /** The referral directory (TaoyuanAgencies). */
    @Override
    public List<Agency> agencies() {
        return TaoyuanAgencies.ALL;
    }

    /**
     * TY-D4-REPORT: the original letter to the district 強迫入學委員會 and, for an indigenous
     * student, the letter to the 原民局 both go with a copy to the 教育局 (副本知會教育局).
     */
    static final List<BureauFiling> BUREAU_FILINGS = List.of(
            BureauFiling.of("TY-D4-REPORT", TaoyuanLadder.COMMITTEE_ORIGINAL_LETTER, "中輟通報函（副本知會教育局）",
                    "Dropout report letter (copy to the Education Bureau)"),
            BureauFiling.of("TY-D4-REPORT", TaoyuanLadder.INDIGENOUS_BUREAU_LETTER,
                    "原住民學生中輟函報原民局（副本知會教育局）",
                    "Letter on an indigenous dropout to the Indigenous Peoples Bureau (copy to the Education Bureau)"));

    @Override
    public List<BureauFiling> bureauFilings() {
        return BUREAU_FILINGS;
    }

    @Override
    public Optional<ClosureRule> closure() {
        return Optional.of(CLOSURE);
    }

    @Override
    public List<ForbiddenTransition> forbiddenTransitions() {
        return List.of(FOLLOW_UP_ONLY_WHEN_BACK);
    }

    /**
     * The module's own consistency: every encoded rule is cited by a category, step, form or the
     * closure rule and nothing else is cited; every step produces a known form or document, and
     * every form is produced by some step.
     */
    @Override
    public List<String> selfCheck(PolicyContext context) {
        List<String> problems = new ArrayList<>();
        Set<RuleId> cited = new TreeSet<>();
        CATEGORIES.forEach(c -> cited.add(c.ruleId()));
        timeline().steps().forEach(s -> cited.add(s.ruleId()));
        forms().forEach(f -> cited.add(f.ruleId()));
        cited.add(CLOSURE.ruleId());
        forbiddenTransitions().forEach(t -> cited.add(t.ruleId()));
        TaoyuanAgencies.ALL.forEach(a -> cited.add(a.ruleId()));
        Set<RuleId> uncited = new TreeSet<>(ENCODED);
        uncited.removeAll(cited);
        uncited.forEach(r -> problems.add("encoded but never cited: " + r));
        cited.removeAll(ENCODED);
        cited.forEach(r -> problems.add("cited but not encoded: " + r));
        Set<String> forms = forms().stream().map(FormDefinition::id).collect(Collectors.toSet());
        Set<String> produced = new HashSet<>();
        for (Step step : timeline().steps()) {
            step.producesIfAny().ifPresent(p -> {
                produced.add(p);
                if (!forms.contains(p) && !documentKinds().contains(p)) {
                    problems.add(step.ruleId() + " produces unknown " + p);
                }
            });
        }
        forms.stream().filter(f -> !produced.contains(f)).sorted()
                .forEach(f -> problems.add("form " + f + " is produced by no step"));
        return List.copyOf(problems);
    }
}
