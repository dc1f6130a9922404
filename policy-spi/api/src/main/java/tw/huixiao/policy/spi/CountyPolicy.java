package tw.huixiao.policy.spi;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import tw.huixiao.policy.spi.casework.CaseState;
import tw.huixiao.policy.spi.casework.Agency;
import tw.huixiao.policy.spi.casework.BureauFiling;
import tw.huixiao.policy.spi.casework.ClosureRule;
import tw.huixiao.policy.spi.casework.ForbiddenTransition;
import tw.huixiao.policy.spi.casework.PlacementRule;
import tw.huixiao.policy.spi.casework.PlanFiling;
import tw.huixiao.policy.spi.casework.PlanRequirements;
import tw.huixiao.policy.spi.detection.CaseCategory;
import tw.huixiao.policy.spi.document.DocumentDefinition;
import tw.huixiao.policy.spi.form.ChoicePrefill;
import tw.huixiao.policy.spi.form.FormDefinition;
import tw.huixiao.policy.spi.form.FormPrefill;
import tw.huixiao.policy.spi.funding.FundingPolicy;
import tw.huixiao.policy.spi.funding.PlanCap;
import tw.huixiao.policy.spi.retention.RecordRetention;
import tw.huixiao.policy.spi.screening.ScreeningCampaign;
import tw.huixiao.policy.spi.statistics.SmallNumberRule;
import tw.huixiao.policy.spi.timeline.Timeline;

/**
 * The entry point of a county policy module, found with {@link java.util.ServiceLoader}
 * (a module lists its implementation in
 * {@code META-INF/services/tw.huixiao.policy.spi.CountyPolicy}) and described by
 * {@code META-INF/huixiao-policy.properties} (see {@link PolicyDescriptor}).
 *
 * <p>Everything a county decides comes from here. Every capability beyond identity is a
 * {@code default} method, so that a later SPI addition never breaks a module built against
 * an earlier version. Implementations must be immutable and thread-safe: the host calls
 * them concurrently for many schools.
 */
public interface CountyPolicy {

    /** The module's id, version, counties, name and the documents it encodes. */
    PolicyIdentity identity();

    /**
     * The rule ids (policy-reference.md) this module encodes. Every id cited by a category,
     * step, form or funding rule must be listed here, and every listed id must be cited.
     */
    default Set<RuleId> encodedRules() {
        return Set.of();
    }

    /** The case categories and how attendance or staff open them. */
    default List<CaseCategory> categories() {
        return List.of();
    }

    /** The escalation ladder. */
    default Timeline timeline() {
        return Timeline.EMPTY;
    }

    /** The county's forms, each versioned. */
    default List<FormDefinition> forms() {
        return List.of();
    }

    /**
     * Fields of the module's forms the platform fills in from the case when a record is started
     * or a form is printed to be filled in by hand ({@link FormPrefill}); at most one per form id.
     *
     * @since SPI 1.3
     */
    default List<FormPrefill> formPrefills() {
        return List.of();
    }

    /** The prefill of a form, if the module declares one. */
    default Optional<FormPrefill> formPrefill(String formId) {
        return formPrefills().stream().filter(p -> p.formId().equals(formId)).findFirst();
    }

    /**
     * Choice and yes/no fields of the module's forms the platform fills in from the case
     * ({@link ChoicePrefill}: e.g. 是否屬原住民學生 from the register); at most one per field, and
     * never a field that {@link #formPrefills()} already fills.
     *
     * @since SPI 1.4
     */
    default List<ChoicePrefill> choicePrefills() {
        return List.of();
    }

    /**
     * Kinds of official document (letters, notices, reports) that the module's steps produce
     * besides its forms, e.g. {@code PARENT_NOTICE_REGISTERED_MAIL}; a step's {@code produces}
     * names one of these or a form id.
     */
    default Set<String> documentKinds() {
        return Set.of();
    }

    /**
     * Templates of the official documents the platform renders from a case (letters such as the
     * 限時掛號 parent notice, forms such as the 輟學通報單); each kind is one of
     * {@link #documentKinds()} and the rule it serves is encoded. Kinds without a definition are
     * recorded by staff but not generated.
     */
    default List<DocumentDefinition> documents() {
        return List.of();
    }

    /** Per-case funding rules, or an explicit "no per-case funding" (the kit refuses silence). */
    default FundingPolicy funding() {
        return FundingPolicy.UNDECLARED;
    }

    /** Where re-enrolling students are placed, if the county rules on it. */
    default Optional<PlacementRule> placement() {
        return Optional.empty();
    }

    /**
     * The county's directory of outside agencies for referrals (轉介): the district 強迫入學委員會,
     * 社會局／處, 家防中心, 少年隊, 衛生局, 輔諮中心, 家庭教育中心, 原民局, NGOs — as its documents
     * name them, each with whether the guardian's consent is needed and how its reply is recorded.
     * Ids are unique within the module.
     */
    default List<Agency> agencies() {
        return List.of();
    }

    /**
     * What the module's steps file with the county bureau (教育局／處): each names a step by its
     * rule id and what it produces; when the school records such a duty done, the host files the
     * record or document in the bureau's inbox. Empty = nothing is filed on the platform.
     *
     * @since SPI 1.5
     */
    default List<BureauFiling> bureauFilings() {
        return List.of();
    }

    /** The filing, if a duty of the rule producing this document or form is filed with the bureau. */
    default Optional<BureauFiling> bureauFiling(String ruleId, String produces) {
        return bureauFilings().stream().filter(f -> f.files(ruleId, produces)).findFirst();
    }

    /** When cases may close, if the county rules on it. */
    default Optional<ClosureRule> closure() {
        return Optional.empty();
    }

    /**
     * Moves between case states the county forbids (e.g. follow-up before the student is back),
     * each with its rule id; every other move the platform offers is allowed. A module must not
     * forbid re-enrolment (TW-ZERO-REJECT: applications accepted at any time).
     */
    default List<ForbiddenTransition> forbiddenTransitions() {
        return List.of();
    }

    /** The rule that forbids moving a case of the category between the states, if any. */
    default Optional<ForbiddenTransition> transitionRule(String categoryId, CaseState from, CaseState to) {
        return forbiddenTransitions().stream().filter(t -> t.forbids(categoryId, from, to)).findFirst();
    }

    /**
     * How the county hides small numbers in the statistics that leave its officers (exports, the
     * monthly statistics to schools); by default counts of 1 to 5.
     *
     * @since SPI 1.5
     */
    default SmallNumberRule smallNumbers() {
        return SmallNumberRule.STANDARD;
    }

    /**
     * The county's screening of whole classes (全面篩選: form, stages, outcomes, what each strategy
     * starts, the roster), if it has one; the host offers screening campaigns only then.
     *
     * @since SPI 1.6
     */
    default Optional<ScreeningCampaign> screening() {
        return Optional.empty();
    }

    /**
     * The cap on one support plan's budget (e.g. Tainan's ISP, TN-F-CAP) and the route the county
     * offers above it, if the county caps plans.
     *
     * @since SPI 1.6
     */
    default Optional<PlanCap> planCap() {
        return Optional.empty();
    }

    /**
     * The document an approved support plan is filed with at the bureau (e.g. Tainan's 送本局備查),
     * if plans are filed.
     *
     * @since SPI 1.6
     */
    default Optional<PlanFiling> planFiling() {
        return Optional.empty();
    }

    /**
     * What a support plan needs before it is submitted, as the module's rules (e.g. Tainan's
     * execution team, needs-assessment meetings and teachers' papers), if its plans have such
     * requirements: the host cites these rule ids when a plan lacks one and records needs-assessment
     * meetings under {@code needsMeetings}. Default: none.
     *
     * @since SPI 1.7
     */
    default Optional<PlanRequirements> planRequirements() {
        return Optional.empty();
    }

    /**
     * Records of the module's own forms that the county's rules keep longer after the student
     * leaves than the host does (the host keeps a student's counselling file 10 years after the
     * student leaves, 學生輔導法施行細則; a shorter period here changes nothing). The host's yearly
     * purge keeps a student's whole file until the longest-kept record in it is past its time.
     * Default: none.
     *
     * @since SPI 1.8
     */
    default List<RecordRetention> recordRetention() {
        return List.of();
    }

    /**
     * The module's own consistency check, run by the host before it serves the module (when it is
     * loaded, not for a school: the context carries the host's clock, the locale zh-TW and a profile of
     * a junior high school in the module's first county with MOE code {@code 000000}); any message
     * stops the module with that message.
     */
    default List<String> selfCheck(PolicyContext context) {
        return List.of();
    }
}
