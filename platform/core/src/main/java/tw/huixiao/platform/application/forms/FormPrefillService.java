package tw.huixiao.platform.application.forms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
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
import tw.huixiao.platform.domain.school.SchoolRepository;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.document.DocumentData;
import tw.huixiao.policy.spi.form.Field;
import tw.huixiao.policy.spi.form.FieldType;
import tw.huixiao.policy.spi.form.FormDefinition;
import tw.huixiao.policy.spi.form.FormPrefill;

/**
 * A new record's data filled in from the case, as the case's module declares ({@link FormPrefill},
 * SPI 1.3): e.g. New Taipei's 復學申請書 with the student, former class, the guardian's phone and
 * address and the re-enrolment application already recorded. Nothing is stored: the form editor
 * starts from it, and a blank form is printed with it to be filled in and signed by hand. Only
 * what the prefill names is read; a form without a prefill starts empty. Every prefill reads a
 * child's data and is logged (FORM_RECORD, record id empty).
 */
@ApplicationScoped
@Transactional
public class FormPrefillService {

    /** The newest version of the case's form and its prefilled data (keys: the fields filled in). */
    public record Prefilled(long caseId, FormDefinition form, JsonObject data) {
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

    public Prefilled prefill(long caseId, String formId) {
        return prefill(caseId, formId, "PREFILL");
    }

    /** As {@link #prefill(long, String)}, logged as {@code action} (e.g. PRINT_BLANK for a printed blank form). */
    public Prefilled prefill(long caseId, String formId, String action) {
        Caller caller = cases.bindCaller();
        StudentCase found = cases.visible(caseId, caller, action);
        CountyPolicy policy = cases.policyOf(found);
        FormDefinition form = policy.forms().stream().filter(f -> f.id().equals(formId))
                .max(Comparator.comparingInt(FormDefinition::version))
                .orElseThrow(() -> new RecordNotFoundException("form", formId));
        Map<String, DocumentData> fields = policy.formPrefill(formId).map(FormPrefill::fields).orElse(Map.of());
        Set<DocumentData> wanted = EnumSet.noneOf(DocumentData.class);
        wanted.addAll(fields.values());
        School school = schools.find(caller.requireSchool()).orElseThrow();
        Map<DocumentData, Object> values = caseData.load(wanted, school, found, access.visible(found.getStudentId(),
                caller), policy);
        JsonObjectBuilder data = Json.createObjectBuilder();
        for (Field field : form.fields().toList()) {
            Object value = fields.containsKey(field.key()) ? values.get(fields.get(field.key())) : null;
            // The kit checks the types; a datum that does not suit the field is left for staff to fill in.
            if (value instanceof LocalDate date && field.type() == FieldType.DATE) {
                data.add(field.key(), date.toString());
            } else if (value instanceof String text && TEXT_FIELDS.contains(field.type())) {
                data.add(field.key(), text);
            }
        }
        accessLog.wrote(caseId, RecordType.FORM_RECORD, null, action);
        return new Prefilled(caseId, form, data.build());
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
