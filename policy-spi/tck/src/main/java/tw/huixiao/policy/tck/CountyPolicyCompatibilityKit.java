package tw.huixiao.policy.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tw.huixiao.policy.spi.CountyCode;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.PolicyContext;
import tw.huixiao.policy.spi.PolicyDescriptor;
import tw.huixiao.policy.spi.PolicyIdentity;
import tw.huixiao.policy.spi.RuleId;
import tw.huixiao.policy.spi.SchoolLevel;
import tw.huixiao.policy.spi.SchoolProfile;
import tw.huixiao.policy.spi.SpiVersion;
import tw.huixiao.policy.spi.casework.CaseState;
import tw.huixiao.policy.spi.casework.ForbiddenTransition;
import tw.huixiao.policy.spi.casework.Agency;
import tw.huixiao.policy.spi.casework.BureauFiling;
import tw.huixiao.policy.spi.detection.CaseCategory;
import tw.huixiao.policy.spi.document.DocumentDefinition;
import tw.huixiao.policy.spi.document.DocumentData;
import tw.huixiao.policy.spi.form.ChoicePrefill;
import tw.huixiao.policy.spi.form.Field;
import tw.huixiao.policy.spi.form.FieldType;
import tw.huixiao.policy.spi.form.FormDefinition;
import tw.huixiao.policy.spi.form.FormPrefill;
import tw.huixiao.policy.spi.retention.RecordRetention;
import tw.huixiao.policy.spi.form.Option;
import tw.huixiao.policy.spi.funding.BudgetLine;
import tw.huixiao.policy.spi.funding.FundingPolicy;
import tw.huixiao.policy.spi.funding.FundingRule;
import tw.huixiao.policy.spi.funding.FundingTestVector;
import tw.huixiao.policy.spi.funding.Violation;
import tw.huixiao.policy.spi.screening.ScreeningCampaign;
import tw.huixiao.policy.spi.screening.ScreeningFollowUp;
import tw.huixiao.policy.spi.screening.ScreeningRoster;
import tw.huixiao.policy.spi.timeline.CaseEvent;
import tw.huixiao.policy.spi.timeline.Condition;
import tw.huixiao.policy.spi.timeline.Step;
import tw.huixiao.policy.spi.timeline.Trigger;

/**
 * The compatibility kit every county module passes. A module author extends it in one line:
 *
 * <pre>{@code class KinmenPolicyTckTest extends CountyPolicyCompatibilityKit<KinmenPolicy> {
 *     KinmenPolicyTckTest() { super(KinmenPolicy.class); } }}</pre>
 *
 * Structural rules (unique field keys, sign-off stages naming roles, positive deadlines,
 * well-formed rule ids…) are enforced when the module builds its definitions, so a
 * module that breaks them fails here at construction with the builder's message.
 *
 * @param <P> the module's entry class
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public abstract class CountyPolicyCompatibilityKit<P extends CountyPolicy> {

    private final Class<P> entryClass;

    protected CountyPolicyCompatibilityKit(Class<P> entryClass) {
        this.entryClass = entryClass;
    }

    /** The instance under test, found the way the host finds it. */
    protected final P policy() {
        return entryClass.cast(discovered().get(0));
    }

    /** The evaluation context for self-checks; override to test other school attributes. */
    protected PolicyContext context() {
        CountyCode county = policy().identity().counties().iterator().next();
        SchoolProfile school = new SchoolProfile("999999", county, "測試區", SchoolLevel.JUNIOR_HIGH, false);
        return PolicyContext.of(Clock.fixed(Instant.parse("2026-03-02T00:00:00Z"), ZoneId.of("Asia/Taipei")),
                Locale.TAIWAN, school);
    }

    private URL codeSource() {
        return entryClass.getProtectionDomain().getCodeSource().getLocation();
    }

    private List<CountyPolicy> discovered() {
        return ServiceLoader.load(CountyPolicy.class, entryClass.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get)
                .filter(p -> p.getClass().getProtectionDomain().getCodeSource().getLocation().equals(codeSource()))
                .toList();
    }

    /**
     * First: the packaged jar, loaded by the host's own module class loader with only the SPI
     * visible ({@link PackagedJar}), declares this entry and answers every capability.
     */
    @Test
    @Order(1)
    void thePackagedJarLoadsAsTheHostLoadsIt() {
        assertEquals(List.of(), PackagedJar.problems(PackagedJar.fromBuild(), PackagedJar.bundledFromBuild(),
                entryClass.getName()));
    }

    @Test
    void moduleJarDeclaresExactlyOneServiceEntry() {
        List<CountyPolicy> mine = discovered();
        assertEquals(1, mine.size(), "a module jar must list exactly one CountyPolicy in META-INF/services");
        assertSame(entryClass, mine.get(0).getClass());
        assertNotSame(mine.get(0), discovered().get(0), "ServiceLoader creates instances; keep state in constants");
    }

    @Test
    void descriptorIsValidMatchesIdentityAndAcceptsThisSpi() throws IOException {
        URL descriptor = new URL(codeSource(), PolicyDescriptor.LOCATION);
        PolicyDescriptor d;
        try (InputStream in = descriptor.openStream()) {
            d = PolicyDescriptor.read(in);
        }
        PolicyIdentity identity = policy().identity();
        assertEquals(identity.id(), d.id(), "descriptor id must equal identity().id()");
        assertEquals(identity.version(), d.version(), "descriptor version must equal identity().version()");
        assertTrue(d.spi().contains(SpiVersion.current()),
                "descriptor spi range " + d.spi() + " excludes this SPI " + SpiVersion.current());
    }

    @Test
    void identityIsCompleteAndStable() {
        PolicyIdentity identity = policy().identity();
        assertNotNull(identity);
        assertFalse(identity.counties().isEmpty(), "a module serves at least one county");
        assertFalse(identity.documents().isEmpty(), "a module names the documents it encodes");
        assertEquals(identity, policy().identity(), "identity must not change between calls");
    }

    @Test
    void categoryAndFormIdsAreUnique() {
        List<String> categories = policy().categories().stream().map(CaseCategory::id).toList();
        assertEquals(categories.size(), new HashSet<>(categories).size(), "duplicate category ids: " + categories);
        List<String> forms = policy().forms().stream().map(f -> f.id() + " v" + f.version()).toList();
        assertEquals(forms.size(), new HashSet<>(forms).size(), "duplicate form id and version: " + forms);
        List<Step> steps = policy().timeline().steps();
        assertEquals(steps.size(), new HashSet<>(steps).size(), "a step is declared twice");
    }

    @Test
    void stepsProduceKnownFormsOrDocumentsAndNameKnownCategories() {
        Set<String> categories = policy().categories().stream().map(CaseCategory::id).collect(Collectors.toSet());
        Set<String> producible = new HashSet<>(policy().documentKinds());
        policy().forms().forEach(f -> producible.add(f.id()));
        List<String> problems = new ArrayList<>();
        for (Step step : policy().timeline().steps()) {
            step.producesIfAny().filter(p -> !producible.contains(p))
                    .ifPresent(p -> problems.add(step.ruleId() + " produces unknown form or document " + p));
            for (String category : categoriesNamedBy(step.condition())) {
                if (!categories.contains(category)) {
                    problems.add(step.ruleId() + " names unknown category " + category);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    /**
     * A return ends only duties that have not arisen (SPI 1.4, {@link Condition#stillAbsent()}):
     * a step that arises on the return itself, or only once the student is back, cannot also
     * require the student still absent — it would never arise.
     */
    @Test
    void stepsOfTheReturnDoNotRequireTheStudentAbsent() {
        List<String> problems = new ArrayList<>();
        for (Step step : policy().timeline().steps()) {
            boolean onReturn = step.trigger().equals(Trigger.on(CaseEvent.RETURNED))
                    || requires(step.condition(), Condition.Returned.class);
            if (onReturn && requires(step.condition(), Condition.StillAbsent.class)) {
                problems.add(step.ruleId() + " arises on a return but requires the student still absent");
            }
        }
        assertEquals(List.of(), problems);
    }

    private static boolean requires(Condition condition, Class<? extends Condition> predicate) {
        return predicate.isInstance(condition) || condition instanceof Condition.AllOf all
                && all.conditions().stream().anyMatch(c -> requires(c, predicate));
    }

    private static Set<String> categoriesNamedBy(Condition condition) {
        Set<String> named = new HashSet<>();
        if (condition instanceof Condition.CategoryIn in) {
            named.addAll(in.categoryIds());
        } else if (condition instanceof Condition.Not not) {
            named.addAll(categoriesNamedBy(not.condition()));
        } else if (condition instanceof Condition.AllOf all) {
            all.conditions().forEach(c -> named.addAll(categoriesNamedBy(c)));
        } else if (condition instanceof Condition.AnyOf any) {
            any.conditions().forEach(c -> named.addAll(categoriesNamedBy(c)));
        }
        return named;
    }

    /**
     * Document templates: one per kind, each a kind the module declares and produced by a step
     * citing the same rule (so the template is the paper that step asks for), its texts in
     * Chinese. Placeholders and 密件 are checked when the definition is built.
     */
    @Test
    void documentTemplatesAreProducedByStepsOfTheirRule() {
        List<String> problems = new ArrayList<>();
        Set<String> kinds = new HashSet<>();
        for (DocumentDefinition d : policy().documents()) {
            if (!kinds.add(d.kind())) {
                problems.add(d.kind() + ": two templates for one kind");
            }
            if (!policy().documentKinds().contains(d.kind())) {
                problems.add(d.kind() + ": not one of documentKinds()");
            }
            boolean produced = policy().timeline().steps().stream().anyMatch(s -> s.ruleId().equals(d.ruleId())
                    && s.producesIfAny().filter(d.kind()::equals).isPresent());
            if (!produced) {
                problems.add(d.kind() + ": no step of " + d.ruleId() + " produces it");
            }
            // Words outside placeholders are what readers see: they must be Chinese.
            d.texts().filter(t -> {
                String words = t.replaceAll("\\{[^{}]*}", "");
                return words.codePoints().anyMatch(Character::isLetter)
                        && words.codePoints().noneMatch(BilingualTexts::isCjk);
            }).forEach(t -> problems.add(d.kind() + ": template text without Chinese: " + t));
        }
        assertEquals(List.of(), problems);
    }

    /**
     * Form prefills (SPI 1.3): one per form, each naming a form of the module and top-level
     * fields that take the datum: dates into DATE fields, other data into TEXT, LONG_TEXT or
     * PERSON fields. The newest version of the form (the one new records and printed blanks use)
     * must have every field; an older version that has the field must take the datum too.
     */
    @Test
    void formPrefillsFillFieldsOfTheirFormThatTakeTheDatum() {
        List<String> problems = new ArrayList<>();
        Set<String> prefilled = new HashSet<>();
        for (FormPrefill prefill : policy().formPrefills()) {
            if (!prefilled.add(prefill.formId())) {
                problems.add(prefill.formId() + ": two prefills for one form");
            }
            List<FormDefinition> versions = versions(prefill.formId());
            if (versions.isEmpty()) {
                problems.add(prefill.formId() + ": prefill of a form the module does not have");
            }
            prefill.fields().forEach((key, data) -> {
                Set<FieldType> takes = data.date() ? EnumSet.of(FieldType.DATE)
                        : EnumSet.of(FieldType.TEXT, FieldType.LONG_TEXT, FieldType.PERSON);
                for (FormDefinition form : versions) {
                    Optional<Field> field = topLevelField(form, key);
                    if (field.isEmpty()) {
                        if (form == versions.get(versions.size() - 1)) {
                            problems.add(form.id() + " v" + form.version() + ": no field " + key);
                        }
                    } else if (!takes.contains(field.get().type())) {
                        problems.add(form.id() + " v" + form.version() + ": " + key + " is " + field.get().type()
                                + ", which cannot take " + data);
                    }
                }
            });
        }
        assertEquals(List.of(), problems);
    }

    /**
     * Choice prefills (SPI 1.4): one per field, never a field the form prefill already fills; a
     * YES_NO field takes a yes/no datum without options, a SINGLE_CHOICE or MULTI_CHOICE field
     * the options the module maps the datum's values to (a single choice from the family
     * background takes the first mapped value the student has), and every mapped option code
     * is an option of the field in every version that has the field (the newest must have it).
     * The duty's rule id maps only rule ids the module encodes.
     */
    @Test
    void choicePrefillsFillChoiceFieldsWithTheirOwnOptions() {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ChoicePrefill prefill : policy().choicePrefills()) {
            String where = prefill.formId() + "." + prefill.fieldKey();
            if (!seen.add(where)) {
                problems.add(where + ": two choice prefills for one field");
            }
            if (policy().formPrefill(prefill.formId()).map(p -> p.fields().containsKey(prefill.fieldKey())).orElse(false)) {
                problems.add(where + ": also in the form prefill");
            }
            if (prefill.datum() == DocumentData.DUTY_RULE_ID) {
                prefill.options().keySet().stream().filter(id -> !policy().encodedRules().contains(RuleId.of(id)))
                        .forEach(id -> problems.add(where + ": maps " + id + ", a rule the module does not encode"));
            }
            List<FormDefinition> versions = versions(prefill.formId());
            if (versions.isEmpty()) {
                problems.add(where + ": prefill of a form the module does not have");
            }
            for (FormDefinition form : versions) {
                Optional<Field> found = topLevelField(form, prefill.fieldKey());
                String at = form.id() + " v" + form.version() + ": " + prefill.fieldKey();
                if (found.isEmpty()) {
                    if (form == versions.get(versions.size() - 1)) {
                        problems.add(at + ": no such field");
                    }
                    continue;
                }
                Field field = found.get();
                switch (field.type()) {
                    case YES_NO -> {
                        if (!prefill.datum().yesNo() || !prefill.options().isEmpty()) {
                            problems.add(at + " is YES_NO: it takes a yes/no datum without options, not "
                                    + prefill.datum());
                        }
                    }
                    case SINGLE_CHOICE, MULTI_CHOICE -> {
                        Set<String> codes = field.options().stream().map(Option::code).collect(Collectors.toSet());
                        prefill.options().forEach((value, code) -> {
                            if (!codes.contains(code)) {
                                problems.add(at + ": " + value + " maps to " + code + ", not an option of the field");
                            }
                        });
                        if (prefill.options().isEmpty()) {
                            problems.add(at + ": a choice field needs the datum's values mapped to its options");
                        }
                    }
                    default -> problems.add(at + " is " + field.type() + ", not a choice or yes/no field");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    /**
     * A form that names the student starts with the name filled in (issue 17): a top-level
     * TEXT or PERSON field keyed {@code studentName} or labelled 學生姓名 / 姓名 in the newest
     * version of a form is prefilled with {@link DocumentData#STUDENT_NAME}.
     */
    @Test
    void formsThatNameTheStudentArePrefilledWithTheName() {
        List<String> missing = new ArrayList<>();
        for (FormDefinition form : newestForms()) {
            form.fields().filter(f -> f.type() == FieldType.TEXT || f.type() == FieldType.PERSON)
                    .filter(f -> f.key().equals("studentName") || Set.of("學生姓名", "姓名").contains(f.label().zhTw()))
                    .filter(f -> policy().formPrefill(form.id())
                            .map(p -> p.fields().get(f.key()) != DocumentData.STUDENT_NAME).orElse(true))
                    .forEach(f -> missing.add(form.id() + "." + f.key()));
        }
        assertEquals(List.of(), missing, "fields naming the student without a STUDENT_NAME prefill");
    }

    private List<FormDefinition> versions(String formId) {
        return policy().forms().stream().filter(f -> f.id().equals(formId))
                .sorted(java.util.Comparator.comparingInt(FormDefinition::version)).toList();
    }

    private List<FormDefinition> newestForms() {
        return policy().forms().stream().collect(Collectors.toMap(FormDefinition::id, f -> f,
                (a, b) -> a.version() >= b.version() ? a : b, java.util.LinkedHashMap::new)).values().stream().toList();
    }

    private static Optional<Field> topLevelField(FormDefinition form, String key) {
        return form.fields().filter(f -> f.key().equals(key)).findFirst();
    }

    @Test
    void everyCitedRuleIdIsDeclaredAsEncoded() {
        Set<RuleId> declared = policy().encodedRules();
        assertFalse(declared.isEmpty(), "list the rule ids this module encodes in encodedRules()");
        Set<RuleId> undeclared = new TreeSet<>(citedRules());
        undeclared.removeAll(declared);
        assertEquals(Set.of(), undeclared, "rule ids cited but not in encodedRules()");
    }

    /** Every rule id the module's definitions cite. */
    protected final Set<RuleId> citedRules() {
        CountyPolicy p = policy();
        Set<RuleId> cited = new TreeSet<>();
        p.categories().forEach(c -> cited.add(c.ruleId()));
        p.timeline().steps().forEach(s -> cited.add(s.ruleId()));
        p.forms().forEach(f -> cited.add(f.ruleId()));
        if (p.funding() instanceof FundingPolicy.Rules rules) {
            rules.rules().forEach(r -> cited.add(r.ruleId()));
            rules.items().forEach(i -> cited.add(i.ruleId()));
        } else if (p.funding() instanceof FundingPolicy.NoPerCaseFunding none) {
            none.ruleIdIfAny().ifPresent(cited::add);
        }
        p.documents().forEach(d -> cited.add(d.ruleId()));
        p.placement().ifPresent(r -> {
            cited.add(r.ruleId());
            cited.add(r.supplementarySchoolRule());
        });
        p.closure().ifPresent(r -> cited.add(r.ruleId()));
        p.forbiddenTransitions().forEach(t -> cited.add(t.ruleId()));
        p.agencies().forEach(a -> cited.add(a.ruleId()));
        p.bureauFilings().forEach(f -> cited.add(f.ruleId()));
        p.screening().ifPresent(c -> {
            cited.add(c.ruleId());
            c.followUps().forEach(f -> cited.add(f.ruleId()));
            c.rosterForm().ifPresent(r -> cited.add(r.ruleId()));
        });
        p.planCap().ifPresent(c -> cited.add(c.ruleId()));
        p.planFiling().ifPresent(f -> cited.add(f.ruleId()));
        p.recordRetention().forEach(r -> cited.add(r.ruleId()));
        p.planRequirements().ifPresent(r -> {
            cited.add(r.team());
            cited.add(r.needsMeetings());
            cited.add(r.teachers());
        });
        return cited;
    }

    @Test
    void forbiddenTransitionsNameKnownCategoriesAndNeverRefuseReEnrolment() {
        Set<String> categories = policy().categories().stream().map(CaseCategory::id).collect(Collectors.toSet());
        List<String> problems = new ArrayList<>();
        for (ForbiddenTransition t : policy().forbiddenTransitions()) {
            t.categoryIds().stream().filter(c -> !categories.contains(c))
                    .forEach(c -> problems.add(t.ruleId() + " names unknown category " + c));
            // TW-ZERO-REJECT: 復學「零拒絕、隨時接受申請」 — no county may forbid re-enrolment.
            if (t.to() == CaseState.RE_ENROLLED) {
                problems.add(t.ruleId() + " forbids re-enrolment, which is never refused (TW-ZERO-REJECT)");
            }
        }
        assertEquals(List.of(), problems);
    }

    /**
     * Bureau filings (SPI 1.5): each names a step of the module by its rule id and what it
     * produces, so the host files exactly what the documents send to the bureau; at most one
     * filing per (rule, product).
     */
    @Test
    void bureauFilingsNameStepsOfTheModule() {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (BureauFiling f : policy().bureauFilings()) {
            if (!seen.add(f.ruleId() + "/" + f.produces())) {
                problems.add(f.ruleId() + "/" + f.produces() + ": filed twice");
            }
            boolean stepExists = policy().timeline().steps().stream().anyMatch(s -> s.ruleId().equals(f.ruleId())
                    && s.producesIfAny().filter(f.produces()::equals).isPresent());
            if (!stepExists) {
                problems.add(f.ruleId() + "/" + f.produces() + ": no step of that rule produces it");
            }
        }
        assertEquals(List.of(), problems);
    }

    /**
     * Record retention (SPI 1.8): each names one of the module's own forms, at most once, so the
     * host keeps exactly the files holding that form's records longer; its rule is encoded (checked
     * with the other cited rules) and its legal basis bilingual (checked with the other texts).
     */
    @Test
    void recordRetentionNamesFormsOfTheModule() {
        Set<String> formIds = policy().forms().stream().map(FormDefinition::id).collect(Collectors.toSet());
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (RecordRetention r : policy().recordRetention()) {
            if (!formIds.contains(r.formId())) {
                problems.add(r.ruleId() + " keeps records of " + r.formId() + ", which is not a form of the module");
            }
            if (!seen.add(r.formId())) {
                problems.add(r.formId() + ": retention declared twice");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void screeningNamesTheFieldsStagesAndFormsOfTheModule() {
        Optional<ScreeningCampaign> declared = policy().screening();
        if (declared.isEmpty()) {
            return;
        }
        ScreeningCampaign c = declared.get();
        List<String> problems = new ArrayList<>();
        Optional<FormDefinition> form = newestForm(c.formId());
        if (form.isEmpty()) {
            assertEquals(List.of(), List.of(c.ruleId() + ": screening form " + c.formId() + " is not a form of the module"));
        }
        FormDefinition f = form.get();
        List<String> fields = new ArrayList<>(c.indicatorFields());
        fields.add(c.crisisField());
        fields.add(c.strategyField());
        if (c.familyBackgroundField() != null) {
            fields.add(c.familyBackgroundField());
        }
        for (String key : fields) {
            if (field(f, key).filter(x -> x.type() == FieldType.MULTI_CHOICE || x.type() == FieldType.SINGLE_CHOICE)
                    .isEmpty()) {
                problems.add(c.formId() + ": " + key + " is not a choice field of the newest version");
            }
        }
        if (f.signOff().stream().noneMatch(st -> st.key().equals(c.strategyStage()))) {
            problems.add(c.formId() + ": no sign-off stage " + c.strategyStage());
        }
        Set<String> categories = policy().categories().stream().map(CaseCategory::id).collect(Collectors.toSet());
        if (field(f, c.crisisField()).stream().flatMap(x -> x.options().stream()).noneMatch(o -> categories.contains(o.code()))) {
            problems.add(c.formId() + ": the crisis states of " + c.crisisField() + " name none of the module's categories");
        }
        Set<String> strategies = field(f, c.strategyField()).stream().flatMap(x -> x.options().stream()).map(Option::code)
                .collect(Collectors.toSet());
        Set<String> formIds = policy().forms().stream().map(FormDefinition::id).collect(Collectors.toSet());
        for (String code : strategies) {
            if (!c.watchOnly().contains(code) && c.followUp(code).isEmpty()) {
                problems.add(c.formId() + ": strategy " + code + " is neither watch-only nor followed up");
            }
        }
        c.watchOnly().stream().filter(w -> !strategies.contains(w))
                .forEach(w -> problems.add(c.formId() + ": watch-only " + w + " is not a strategy option"));
        for (ScreeningFollowUp u : c.followUps()) {
            if (!strategies.contains(u.strategy())) {
                problems.add(c.formId() + ": follow-up of " + u.strategy() + ", which is not a strategy option");
            }
            if (u.produces() != null && !formIds.contains(u.produces())) {
                problems.add(u.strategy() + ": produces " + u.produces() + ", not a form of the module");
            }
            if (u.detailField() != null && field(f, u.detailField()).isEmpty()) {
                problems.add(u.strategy() + ": detail field " + u.detailField() + " is not a field of " + c.formId());
            }
        }
        c.rosterForm().ifPresent(r -> {
            Optional<FormDefinition> roster = newestForm(r.formId());
            if (roster.isEmpty()) {
                problems.add(r.ruleId() + ": roster form " + r.formId() + " is not a form of the module");
                return;
            }
            if (field(roster.get(), ScreeningRoster.SCHOOL_YEAR).filter(x -> x.type() == FieldType.NUMBER).isEmpty()) {
                problems.add(r.formId() + ": no number field " + ScreeningRoster.SCHOOL_YEAR);
            }
            Optional<Field> table = field(roster.get(), ScreeningRoster.STUDENTS).filter(x -> x.type() == FieldType.TABLE);
            Set<String> columns = table.stream().flatMap(t -> t.columns().stream()).map(Field::key).collect(Collectors.toSet());
            ScreeningRoster.COLUMNS.stream().filter(k -> !columns.contains(k))
                    .forEach(k -> problems.add(r.formId() + ": the " + ScreeningRoster.STUDENTS + " table has no column " + k));
            Set<String> boxes = table.stream().flatMap(t -> t.columns().stream())
                    .filter(k -> k.key().equals(ScreeningRoster.STRATEGY)).flatMap(k -> k.options().stream())
                    .map(Option::code).collect(Collectors.toSet());
            if (!boxes.contains(r.otherUnitCode())) {
                problems.add(r.formId() + ": no strategy box " + r.otherUnitCode() + " for other units");
            }
            c.followUps().stream().filter(u -> u.rosterUnit() == null && !boxes.contains(u.strategy()))
                    .forEach(u -> problems.add(r.formId() + ": no strategy box " + u.strategy()
                            + " (or give the follow-up a roster unit)"));
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void planCapIsAFundingRuleThatAVectorBreaksAndPlanFilingIsProduced() {
        List<String> problems = new ArrayList<>();
        policy().planCap().ifPresent(cap -> {
            if (!(policy().funding() instanceof FundingPolicy.Rules rules)) {
                problems.add(cap.ruleId() + ": a plan cap needs funding rules");
            } else {
                if (rules.rules().stream().noneMatch(r -> r.ruleId().equals(cap.ruleId()))) {
                    problems.add(cap.ruleId() + ": the plan cap is not one of the funding rules");
                }
                if (rules.testVectors().stream().noneMatch(v -> v.expectedViolations().contains(cap.ruleId()))) {
                    problems.add(cap.ruleId() + ": no funding test vector breaks the plan cap");
                }
            }
        });
        policy().planFiling().ifPresent(filing -> {
            if (!policy().documentKinds().contains(filing.documentKind())) {
                problems.add(filing.ruleId() + ": " + filing.documentKind() + " is not a document kind of the module");
            }
            if (policy().timeline().steps().stream().noneMatch(st -> st.ruleId().equals(filing.ruleId())
                    && st.producesIfAny().filter(filing.documentKind()::equals).isPresent())) {
                problems.add(filing.ruleId() + ": no step of that rule produces " + filing.documentKind());
            }
        });
        assertEquals(List.of(), problems);
    }

    private Optional<FormDefinition> newestForm(String id) {
        return policy().forms().stream().filter(f -> f.id().equals(id))
                .max(java.util.Comparator.comparingInt(FormDefinition::version));
    }

    private static Optional<Field> field(FormDefinition form, String key) {
        return form.fields().filter(x -> x.key().equals(key)).findFirst();
    }

    @Test
    void agencyIdsAreUniqueAndTheDirectoryIsStable() {
        List<String> ids = policy().agencies().stream().map(Agency::id).toList();
        assertEquals(ids.size(), new HashSet<>(ids).size(), "duplicate agency ids: " + ids);
        assertEquals(policy().agencies(), policy().agencies(), "the agency directory must not change between calls");
    }

    @Test
    void fundingIsDeclaredExplicitly() {
        assertFalse(policy().funding() instanceof FundingPolicy.Undeclared,
                "declare funding rules, or FundingPolicy.none(...) with the reason");
    }

    @Test
    void everyFundingRuleHasPassingTestVectors() {
        if (!(policy().funding() instanceof FundingPolicy.Rules rules)) {
            return;
        }
        Set<RuleId> exercised = new HashSet<>();
        boolean validExample = false;
        List<String> failures = new ArrayList<>();
        for (FundingTestVector vector : rules.testVectors()) {
            Set<RuleId> actual = rules.validate(vector.budget(), vector.school()).stream()
                    .map(Violation::ruleId).collect(Collectors.toCollection(TreeSet::new));
            if (!actual.equals(new TreeSet<>(vector.expectedViolations()))) {
                failures.add(vector.name() + ": expected " + new TreeSet<>(vector.expectedViolations()) + " but got "
                        + actual);
            }
            exercised.addAll(vector.expectedViolations());
            validExample |= vector.expectedViolations().isEmpty();
        }
        assertEquals(List.of(), failures);
        assertTrue(validExample, "include at least one valid budget among the test vectors");
        Set<RuleId> untested = rules.rules().stream().map(FundingRule::ruleId)
                .filter(r -> !exercised.contains(r)).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), untested, "funding rules with no test vector that breaks them");
    }

    /**
     * Hosts compute budgets from plans at the rules' allowances (SPI 1.2), so the allowances must
     * agree with the checks: every line of a valid test vector is within what the rules allow it
     * (an allowance below an amount the checks accept would under-fund computed plans).
     */
    @Test
    void fundingAllowancesAgreeWithTheRules() {
        if (!(policy().funding() instanceof FundingPolicy.Rules rules)) {
            return;
        }
        List<String> failures = new ArrayList<>();
        for (FundingTestVector vector : rules.testVectors()) {
            if (!vector.expectedViolations().isEmpty()) {
                continue;
            }
            List<BudgetLine> lines = vector.budget().lines();
            for (int i = 0; i < lines.size(); i++) {
                BudgetLine line = lines.get(i);
                rules.allowedUnitAmount(line, vector.budget(), vector.school())
                        .filter(allowed -> line.unitAmount().compareTo(allowed) > 0)
                        .ifPresent(allowed -> failures.add(vector.name() + ": line " + line + " keeps the rules "
                                + "but is above its allowance " + allowed));
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void everyTextIsInTraditionalChineseAndEnglish() {
        List<String> problems = new ArrayList<>();
        BilingualTexts.of(policy()).forEach((where, text) -> {
            if (text.zhTw().codePoints().noneMatch(BilingualTexts::isCjk)) {
                problems.add(where + ": zh-TW text has no Chinese: " + text.zhTw());
            }
            if (text.en().codePoints().noneMatch(Character::isLetter)
                    || text.en().codePoints().filter(Character::isLetter).allMatch(BilingualTexts::isCjk)) {
                problems.add(where + ": English text is missing: " + text.en());
            }
            // One language per screen: the English text names official things in English, with no
            // Chinese gloss; a masked example name (黃○進) is the only Chinese it may quote.
            if (text.en().replaceAll("\\p{IsHan}*○\\p{IsHan}*", "").codePoints().anyMatch(BilingualTexts::isCjk)) {
                problems.add(where + ": English text carries Chinese: " + text.en());
            }
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void selfCheckPasses() {
        assertEquals(List.of(), policy().selfCheck(context()));
    }
}
