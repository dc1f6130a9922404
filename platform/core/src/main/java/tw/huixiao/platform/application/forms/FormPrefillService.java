package tw.huixiao.platform.application.forms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tw.huixiao.platform.application.Caller;
import tw.huixiao.platform.application.CaseService;
import tw.huixiao.platform.application.RecordNotFoundException;
import tw.huixiao.platform.application.StudentAccess;
import tw.huixiao.platform.application.audit.AccessLog;
import tw.huixiao.platform.application.audit.RecordType;
import tw.huixiao.platform.application.documents.CaseDataLoader;
import tw.huixiao.platform.domain.casework.StudentCase;
import tw.huixiao.platform.domain.school.School;
import tw.huixiao.platform.domain.escalation.TaskView;
import tw.huixiao.platform.domain.school.SchoolRepository;
import tw.huixiao.platform.domain.student.Student;
import tw.huixiao.platform.application.documents.DocumentStore;
import tw.huixiao.platform.application.escalation.TaskStore;
import tw.huixiao.platform.application.policy.Policies;
import tw.huixiao.policy.spi.ModuleVersion;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.document.DocumentData;
import tw.huixiao.policy.spi.form.ChoicePrefill;
import tw.huixiao.policy.spi.form.Field;
import tw.huixiao.policy.spi.form.FieldType;
import tw.huixiao.policy.spi.form.FormDefinition;
import tw.huixiao.policy.spi.form.FormPrefill;
import tw.huixiao.policy.spi.form.Option;
import tw.huixiao.platform.domain.calendar.TaiwanTime;

/**
 * A new record's data filled in from the case, as the case's module declares ({@link FormPrefill},
 * SPI 1.3; choice and yes/no fields by {@link ChoicePrefill}, SPI 1.4; the duty's rule id and due
 * date when the record is started from a duty): e.g. New Taipei's 復學申請書 with the student, former class, the guardian's phone and
 * address and the re-enrolment application already recorded. Nothing is stored: the form editor
 * starts from it, and a blank form is printed with it to be filled in and signed by hand. Only
 * what the prefill names is read; a form without a prefill starts empty. Every prefill reads a
 * child's data and is logged (FORM_RECORD, record id empty).
 */
@ApplicationScoped
@Transactional
public class FormPrefillService {

    /** The newest version of the case's form and its prefilled data (keys: the fields filled in); no case for a duty before its case. */
    public record Prefilled(Long caseId, FormDefinition form, JsonObject data) {
    }

    private static final Set<FieldType> TEXT_FIELDS = EnumSet.of(FieldType.TEXT, FieldType.LONG_TEXT, FieldType.PERSON);

    @Inject
    CaseService cases;

    @Inject
    StudentAccess access;

    @Inject
    SchoolRepository schools;

    @Inject
    CaseDataLoader caseData;

    @Inject
    AccessLog accessLog;

    @Inject
    TaskStore tasks;

    @Inject
    DocumentStore episodes;

    @Inject
    Policies policies;

    @Inject
    Clock clock;

    public Prefilled prefill(long caseId, String formId) {
        return prefill(caseId, formId, null, "PREFILL");
    }

    /**
     * As {@link #prefill(long, String)} for a record started from a duty (task) of the case: the
     * duty's rule id and due date fill what the module maps them to (SPI 1.4 DUTY_* data). A task
     * of another case, or one the caller cannot see, is "not found".
     */
    public Prefilled prefill(long caseId, String formId, Long taskId) {
        return prefill(caseId, formId, taskId, "PREFILL");
    }

    /** As {@link #prefill(long, String)}, logged as {@code action} (e.g. PRINT_BLANK for a printed blank form). */
    public Prefilled prefill(long caseId, String formId, String action) {
        return prefill(caseId, formId, null, action);
    }

    private Prefilled prefill(long caseId, String formId, Long taskId, String action) {
        Caller caller = cases.bindCaller();
        StudentCase found = cases.visible(caseId, caller, action);
        CountyPolicy policy = cases.policyOf(found);
        FormDefinition form = policy.forms().stream().filter(f -> f.id().equals(formId))
                .max(Comparator.comparingInt(FormDefinition::version))
                .orElseThrow(() -> new RecordNotFoundException("form", formId));
        CaseDataLoader.Duty duty = taskId == null ? null : duty(caller, caseId, taskId);
        Student student = access.visible(found.getStudentId(), caller);
        School school = schools.find(caller.requireSchool()).orElseThrow();
        JsonObject data = fill(policy, form, caller, student, duty,
                wanted -> caseData.load(wanted, school, found, student, policy, duty));
        accessLog.wrote(caseId, RecordType.FORM_RECORD, null, action);
        return new Prefilled(caseId, form, data);
    }

    /**
     * The newest version of the form a duty that arose before its case produces (e.g. the day-1
     * family contact), under the module its absence streak runs under, prefilled from the student,
     * the streak and the duty. A duty with a case, or one the caller cannot see, is "not found".
     */
    public Prefilled prefillForDuty(long taskId, String formId) {
        Caller caller = cases.bindCaller();
        long schoolId = caller.requireSchool();
        TaskView task = tasks.find(schoolId, taskId, LocalDate.ofInstant(clock.instant(), TaiwanTime.TAIPEI), clock.instant())
                .filter(t -> t.caseId() == null && t.episodeId() != null)
                .orElseThrow(() -> new RecordNotFoundException("task", taskId));
        DocumentStore.Episode episode = episodes.episode(schoolId, task.episodeId())
                .orElseThrow(() -> new RecordNotFoundException("task", taskId));
        Student student;
        try {
            student = access.visible(episode.studentId(), caller);
        } catch (RecordNotFoundException e) {
            throw new RecordNotFoundException("task", taskId);
        }
        CountyPolicy policy = policies.find(episode.policyId(), ModuleVersion.parse(episode.policyVersion()))
                .orElseThrow(() -> new RecordNotFoundException("form", formId));
        FormDefinition form = policy.forms().stream().filter(f -> f.id().equals(formId))
                .max(Comparator.comparingInt(FormDefinition::version))
                .orElseThrow(() -> new RecordNotFoundException("form", formId));
        CaseDataLoader.Duty duty = new CaseDataLoader.Duty(task.ruleId(), task.dueOn());
        School school = schools.find(schoolId).orElseThrow();
        JsonObject data = fill(policy, form, caller, student, duty,
                wanted -> caseData.loadForEpisode(wanted, school, student, policy, duty, episode.absence()));
        accessLog.wrote(null, RecordType.FORM_RECORD, null, "PREFILL");
        return new Prefilled(null, form, data);
    }

    private JsonObject fill(CountyPolicy policy, FormDefinition form, Caller caller, Student student,
                            CaseDataLoader.Duty duty, Function<Set<DocumentData>, Map<DocumentData, Object>> load) {
        String formId = form.id();
        Predicate<DocumentData> allowed = data -> allowed(data, caller);
        Map<String, DocumentData> fields = policy.formPrefill(formId).map(FormPrefill::fields).orElse(Map.of());
        Map<String, ChoicePrefill> choices = new HashMap<>();
        policy.choicePrefills().stream().filter(c -> c.formId().equals(formId)).forEach(c -> choices.put(c.fieldKey(), c));
        Set<DocumentData> wanted = EnumSet.noneOf(DocumentData.class);
        fields.values().stream().filter(allowed).forEach(wanted::add);
        Map<DocumentData, Object> values = load.apply(wanted);
        JsonObjectBuilder data = Json.createObjectBuilder();
        for (Field field : form.fields().toList()) {
            Object value = fields.containsKey(field.key()) ? values.get(fields.get(field.key())) : null;
            ChoicePrefill choice = choices.get(field.key());
            // The kit checks the types; a datum that does not suit the field is left for staff to fill in.
            if (value instanceof LocalDate date && field.type() == FieldType.DATE) {
                data.add(field.key(), date.toString());
            } else if (value instanceof String text && TEXT_FIELDS.contains(field.type())) {
                data.add(field.key(), text);
            } else if (choice != null && allowed.test(choice.datum())) {
                chosen(field, choice, CaseDataLoader.choiceValues(choice.datum(), student, duty))
                        .ifPresent(v -> data.add(field.key(), v));
            }
        }
        return data.build();
    }

    /**
     * What a choice prefill puts in its field for the datum's values: YES_NO true/false; a single
     * choice the option of the first mapped value the case has; a multi choice the options of all
     * of them. Options that ask for text (其他：＿＿) are left to staff, who must write the text.
     */
    static Optional<JsonValue> chosen(Field field, ChoicePrefill choice, Set<String> values) {
        if (field.type() == FieldType.YES_NO) {
            return values.contains("YES") ? Optional.of(JsonValue.TRUE)
                    : values.contains("NO") ? Optional.of(JsonValue.FALSE) : Optional.empty();
        }
        Set<String> plain = field.options().stream().filter(o -> !o.asksForText()).map(Option::code)
                .collect(Collectors.toSet());
        List<String> codes = choice.options().entrySet().stream().filter(e -> values.contains(e.getKey()))
                .map(Map.Entry::getValue).filter(plain::contains).distinct().toList();
        if (codes.isEmpty()) {
            return Optional.empty();
        }
        if (field.type() == FieldType.SINGLE_CHOICE) {
            return Optional.of(Json.createValue(codes.get(0)));
        }
        if (field.type() == FieldType.MULTI_CHOICE) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            codes.forEach(array::add);
            return Optional.of(array.build());
        }
        return Optional.empty();
    }

    /**
     * Prefill follows the register's access rules (StudentAccess): the family background (原住民,
     * 新移民子女, 低收入戶, 單親, 隔代教養) only for roles that see it, guardians' phone and address only
     * for roles that see them; whatever else the caller may see of the case's student. The
     * indigenous answer alone follows {@link StudentAccess#seesIndigenousAnswer} (the homeroom
     * teacher's day-1 record asks it); the rest of the background stays hidden from them.
     */
    private boolean allowed(DocumentData data, Caller caller) {
        return switch (data) {
            case STUDENT_INDIGENOUS -> access.seesIndigenousAnswer(caller);
            case STUDENT_FAMILY_BACKGROUND -> access.seesBackground(caller);
            case GUARDIAN_PHONE, GUARDIAN_ADDRESS -> access.seesGuardianContacts(caller);
            default -> true;
        };
    }

    private CaseDataLoader.Duty duty(Caller caller, long caseId, long taskId) {
        TaskView task = tasks.find(caller.requireSchool(), taskId, LocalDate.ofInstant(clock.instant(), TaiwanTime.TAIPEI),
                        clock.instant()).filter(t -> t.caseId() != null && t.caseId() == caseId)
                .orElseThrow(() -> new RecordNotFoundException("task", taskId));
        return new CaseDataLoader.Duty(task.ruleId(), task.dueOn());
    }

    /** The forms of the case's module that declare a prefill (newest versions), for print menus. */
    public List<FormDefinition> prefillable(long caseId) {
        CountyPolicy policy = cases.pinnedPolicy(caseId);
        List<FormDefinition> forms = new ArrayList<>();
        for (FormPrefill prefill : policy.formPrefills()) {
            policy.forms().stream().filter(f -> f.id().equals(prefill.formId()))
                    .max(Comparator.comparingInt(FormDefinition::version)).ifPresent(forms::add);
        }
        return forms;
    }
}
