package tw.huixiao.policy.newtaipei;

import java.time.LocalDate;
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
import tw.huixiao.policy.spi.SourceDocument;
import tw.huixiao.policy.spi.casework.CaseState;
import tw.huixiao.policy.spi.casework.ForbiddenTransition;
import tw.huixiao.policy.spi.casework.PlacementRule;
import tw.huixiao.policy.spi.detection.CaseCategory;
import tw.huixiao.policy.spi.form.FormDefinition;
import tw.huixiao.policy.spi.form.ChoicePrefill;
import tw.huixiao.policy.spi.form.FormPrefill;
import tw.huixiao.policy.spi.funding.FundingPolicy;
import tw.huixiao.policy.spi.timeline.Condition;
import tw.huixiao.policy.spi.timeline.Step;
import tw.huixiao.policy.spi.timeline.Timeline;

/**
 * 新北市 (New Taipei City): 新北市國民中小學辦理中輟學生追蹤及復學安置作業流程, with its 復學安置輔導及成績評量
 * 實施要點 and the detention flow chart (policy-reference §2), on top of the national rules (§0).
 * Categories in {@link NewTaipeiCategories}, the ladder in {@link NewTaipeiLadder}, forms in
 * {@link NewTaipeiForms}, placement in {@link NewTaipeiPlacement}.
 */
public final class NewTaipeiPolicy implements CountyPolicy {

    /** The procedure; 文號 and date as printed with its 相關法令 (94.12.30 北府教特字第 0940871642 號). */
    static final SourceDocument DOCUMENT = new SourceDocument(
            LocalizedText.of("新北市國民中小學辦理中輟學生追蹤及復學安置作業流程",
                    "New Taipei procedure for dropout tracking, re-enrolment and placement in elementary and "
                            + "junior high schools"),
            LocalDate.of(2005, 12, 30), "北府教特字第 0940871642 號");

    /** The 實施要點 printed with the procedure (no date or 文號 of its own). */
    static final SourceDocument PLACEMENT_GUIDELINES = new SourceDocument(
            LocalizedText.of("新北市國民中小學中途輟學學生復學安置輔導及成績評量實施要點",
                    "New Taipei guidelines on placement, counselling and grading of re-enrolled dropouts"),
            null, null);

    /** The detention flow chart, 108.12.4 修訂. */
    static final SourceDocument DETENTION_FLOW = new SourceDocument(
            LocalizedText.of("國民中小學學生經法院裁定收容於觀護所之中輟通報及復學輔導處理流程圖",
                    "Flow chart: dropout reporting and re-enrolment of students detained in a juvenile detention "
                            + "centre by court order"),
            LocalDate.of(2019, 12, 4), null);

    private static final PolicyIdentity IDENTITY = PolicyIdentity.builder("new-taipei", "1.0.0")
            .serves(CountyCode.NEW_TAIPEI)
            .displayName("新北市", "New Taipei City")
            .encodes(DOCUMENT)
            .encodes(PLACEMENT_GUIDELINES)
            .encodes(DETENTION_FLOW)
            .encodes(NationalDocuments.COMPULSORY_EDUCATION_ACT)
            .encodes(NationalDocuments.COMPULSORY_EDUCATION_RULES)
            .build();

    /** Every rule id of policy-reference §2, then the national ones of §0. */
    static final Set<RuleId> ENCODED = Stream.concat(
            Stream.of("NT-CAT1", "NT-CAT2", "NT-CAT3", "NT-NEW", "NT-TRANSFER-CHECK", "NT-D1-PHONE",
                    "NT-D1-REGISTRAR", "NT-D2-VISIT", "NT-D2-REGISTRAR", "NT-D2-NEW", "NT-D3-MAIL", "NT-D4-MEETING",
                    "NT-D4-REPORT", "NT-FOLLOW", "NT-REENROL", "NT-PLACEMENT", "NT-BUXIAO", "NT-ADAPT", "NT-GRADES",
                    "NT-DET-IN", "NT-DET-OUT", "NT-MISSING").map(RuleId::of),
            NationalRules.ENCODED.stream()).collect(Collectors.toUnmodifiableSet());

    static final Set<String> DOCUMENT_KINDS = NewTaipeiLadder.DOCUMENT_KINDS;

    private static final FundingPolicy FUNDING = FundingPolicy.none(null, "新北市作業流程未訂定個案經費規定",
            "The New Taipei procedure sets no per-case funding rules");

    @Override
    public PolicyIdentity identity() {
        return IDENTITY;
    }

    @Override
    public Set<RuleId> encodedRules() {
        return ENCODED;
    }

    @Override
    public List<CaseCategory> categories() {
        return NewTaipeiCategories.ALL;
    }

    @Override
    public Timeline timeline() {
        return NewTaipeiLadder.TIMELINE;
    }

    @Override
    public List<FormDefinition> forms() {
        return NewTaipeiForms.ALL;
    }

    @Override
    public List<FormPrefill> formPrefills() {
        return NewTaipeiForms.PREFILLS;
    }

    @Override
    public List<ChoicePrefill> choicePrefills() {
        return NewTaipeiForms.CHOICE_PREFILLS;
    }

    @Override
    public Set<String> documentKinds() {
        return DOCUMENT_KINDS;
    }

    @Override
    public List<tw.huixiao.policy.spi.document.DocumentDefinition> documents() {
        return NewTaipeiDocuments.ALL;
    }

    @Override
    public FundingPolicy funding() {
        return FUNDING;
    }

    /** The referral directory (NewTaipeiAgencies). */
    @Override
    public List<Agency> agencies() {
        return NewTaipeiAgencies.ALL;
    }

    /**
     * New Taipei's document sends its reports to the district 強迫入學委員會 and the MOE system
     * (NT-D4-REPORT), never to the 教育局: nothing is filed in the bureau's inbox.
     */
    @Override
    public List<BureauFiling> bureauFilings() {
        return List.of();
    }

    @Override
    public Optional<PlacementRule> placement() {
        return Optional.of(NewTaipeiPlacement.RULE);
    }

    /**
     * NT-PLACEMENT: the placement meeting (安置會議) decides where a re-enrolling student goes, so
     * placement follows re-enrolment (復學); a case whose student has not re-enrolled cannot be placed.
     */
    static final ForbiddenTransition PLACEMENT_AFTER_RE_ENROLMENT = ForbiddenTransition.of("NT-PLACEMENT",
            Set.of(CaseState.OPEN, CaseState.REPORTED, CaseState.RETURNED), CaseState.PLACEMENT,
            "中輟生復學後，始由校長召集安置會議決定安置班級；尚未復學不得進入安置",
            "The placement meeting chaired by the principal decides the class after the student re-enrols; a "
                    + "student who has not re-enrolled cannot be placed");

    @Override
    public List<ForbiddenTransition> forbiddenTransitions() {
        return List.of(PLACEMENT_AFTER_RE_ENROLMENT);
    }

    /**
     * The module's own consistency: every encoded rule is cited and every cited rule encoded,
     * steps produce known forms or documents and name known categories.
     */
    @Override
    public List<String> selfCheck(PolicyContext context) {
        List<String> problems = new ArrayList<>();
        Set<RuleId> cited = new TreeSet<>();
        categories().forEach(c -> cited.add(c.ruleId()));
        timeline().steps().forEach(s -> cited.add(s.ruleId()));
        forms().forEach(f -> cited.add(f.ruleId()));
        placement().ifPresent(p -> cited.add(p.ruleId()));
        forbiddenTransitions().forEach(t -> cited.add(t.ruleId()));
        agencies().forEach(a -> cited.add(a.ruleId()));
        Set<RuleId> uncited = new TreeSet<>(ENCODED);
        uncited.removeAll(cited);
        if (!uncited.isEmpty()) {
            problems.add("encoded but cited nowhere: " + uncited);
        }
        Set<RuleId> unencoded = new TreeSet<>(cited);
        unencoded.removeAll(ENCODED);
        if (!unencoded.isEmpty()) {
            problems.add("cited but not encoded: " + unencoded);
        }
        Set<String> producible = new HashSet<>(documentKinds());
        forms().forEach(f -> producible.add(f.id()));
        Set<String> categoryIds = categories().stream().map(CaseCategory::id).collect(Collectors.toSet());
        for (Step step : timeline().steps()) {
            step.producesIfAny().filter(p -> !producible.contains(p))
                    .ifPresent(p -> problems.add(step.ruleId() + " produces unknown " + p));
            categoriesNamedBy(step.condition()).stream().filter(c -> !categoryIds.contains(c))
                    .forEach(c -> problems.add(step.ruleId() + " names unknown category " + c));
        }
        return List.copyOf(problems);
    }

    private static Set<String> categoriesNamedBy(Condition condition) {
        if (condition instanceof Condition.CategoryIn in) {
            return in.categoryIds();
        }
        if (condition instanceof Condition.Not not) {
            return categoriesNamedBy(not.condition());
        }
        List<Condition> parts = condition instanceof Condition.AllOf all ? all.conditions()
                : condition instanceof Condition.AnyOf any ? any.conditions() : List.of();
        return parts.stream().flatMap(c -> categoriesNamedBy(c).stream()).collect(Collectors.toSet());
    }
}
