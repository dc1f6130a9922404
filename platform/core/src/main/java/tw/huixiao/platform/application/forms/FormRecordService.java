package tw.huixiao.platform.application.forms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import tw.huixiao.platform.application.AccessDeniedException;
import tw.huixiao.platform.application.Caller;
import tw.huixiao.platform.application.CaseService;
import tw.huixiao.platform.application.EditedRecord;
import tw.huixiao.platform.application.OptimisticLock;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.InvalidInputException.FieldError;
import tw.huixiao.platform.application.RecordNotFoundException;
import tw.huixiao.platform.application.StateConflictException;
import tw.huixiao.platform.application.StudentAccess;
import tw.huixiao.platform.application.audit.AccessLog;
import tw.huixiao.platform.application.audit.RecordType;
import tw.huixiao.platform.domain.casework.CaseRepository;
import tw.huixiao.platform.domain.casework.PolicyPin;
import tw.huixiao.platform.domain.casework.StudentCase;
import tw.huixiao.platform.application.documents.DocumentStore;
import tw.huixiao.platform.application.forms.FormRecordStore.Row;
import tw.huixiao.platform.application.forms.FormRecordStore.Signature;
import tw.huixiao.platform.application.policy.Policies;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.SchoolRole;
import tw.huixiao.policy.spi.form.FormDefinition;
import tw.huixiao.policy.spi.form.SignOffStage;

/**
 * Form records (issue 6 §2): instances of a form version of the case's pinned module, checked
 * on the server against the definition ({@link FormValidator}); signed stage by stage in the
 * chain's order by a user holding one of the stage's roles; a signed stage's fields never
 * change — a correction is a new revision and the old one stays readable. Anyone who may see
 * the case may fill and correct its records; every read, write and refusal is logged. Records
 * of a screening campaign or a roster belong to no case: {@link RecordSubjects} decides who sees
 * them and what their signatures start. Records of a duty that arose before its case belong to
 * the duty's absence streak until the case opens ({@link #createForEpisode}).
 */
@ApplicationScoped
@Transactional
public class FormRecordService {

    /** New data for a record; {@code formVersion} picks an older version of the form (default: the newest). */
    public record RecordInput(JsonObject data, Integer formVersion, Long version) {
    }

    /** A correction: the corrected data and why. */
    public record CorrectionInput(JsonObject data, String reason, Long version) {
    }

    public record SignInput(Long version) {
    }

    @Inject
    CaseService cases;

    @Inject
    CaseRepository caseRepository;

    @Inject
    StudentAccess access;

    @Inject
    FormRecordStore store;

    @Inject
    Policies policies;

    @Inject
    AccessLog accessLog;

    @Inject
    RecordSubjects otherSubjects;

    @Inject
    DocumentStore episodes;

    @Inject
    Clock clock;

    public FormRecordView create(long caseId, String formId, RecordInput input) {
        Caller caller = cases.bindCaller();
        StudentCase k = cases.visible(caseId, caller, "CREATE_FORM_RECORD");
        CountyPolicy policy = cases.policyOf(k);
        List<FormDefinition> versions = policy.forms().stream().filter(f -> f.id().equals(formId)).toList();
        if (versions.isEmpty()) {
            throw new RecordNotFoundException("form", formId);
        }
        FormDefinition form;
        if (input != null && input.formVersion() != null) {
            form = versions.stream().filter(f -> f.version() == input.formVersion()).findFirst()
                    .orElseThrow(() -> InvalidInputException.of("formVersion", "此表單沒有這個版本，可用版本：" + versions.stream()
                            .map(f -> String.valueOf(f.version())).collect(Collectors.joining("、"))
                            + " (no such version of the form)"));
        } else {
            form = versions.stream().max(Comparator.comparingInt(FormDefinition::version)).orElseThrow();
        }
        JsonObject data = valid(form, input == null ? null : input.data(), List.of(), Set.of());
        PolicyPin pin = k.getPolicyPin();
        long id = store.insert(caller.requireSchool(), FormRecordStore.Subject.ofCase(caseId), form.id(), form.version(), pin.policyId(),
                pin.version().toString(), 1, null, null, null, data, clock.instant(), caller.userId());
        accessLog.wrote(caseId, RecordType.FORM_RECORD, id, "CREATE");
        return view(caller.requireSchool(), store.find(caller.requireSchool(), id).orElseThrow(), form);
    }

    /**
     * A new record of the form a duty produces, for a duty that arose before its case (e.g. the
     * day-1 family contact; the case opens on the 3rd day): it belongs to the duty's absence streak
     * and is made under the module the streak runs under — the one its case will be pinned to —
     * and becomes the case's record when the case opens. Whoever may see the student may fill it.
     */
    public FormRecordView createForEpisode(long episodeId, String formId, RecordInput input) {
        Caller caller = cases.bindCaller();
        long school = caller.requireSchool();
        DocumentStore.Episode episode = episodes.episode(school, episodeId)
                .orElseThrow(() -> new RecordNotFoundException("episode", episodeId));
        try {
            access.visible(episode.studentId(), caller);
        } catch (RecordNotFoundException e) {
            accessLog.refused(null, RecordType.FORM_RECORD, null, "CREATE_FORM_RECORD",
                    "查無紀錄或無權檢視 (no such record visible to the caller)");
            throw new RecordNotFoundException("episode", episodeId);
        }
        FormDefinition form = definitions(episode.policyId(), episode.policyVersion(), formId).stream()
                .max(Comparator.comparingInt(FormDefinition::version))
                .orElseThrow(() -> new RecordNotFoundException("form", formId));
        JsonObject data = valid(form, input == null ? null : input.data(), List.of(), Set.of());
        long id = store.insert(school, FormRecordStore.Subject.ofEpisode(episodeId), form.id(), form.version(),
                episode.policyId(), episode.policyVersion(), 1, null, null, null, data, clock.instant(), caller.userId());
        accessLog.wrote(null, RecordType.FORM_RECORD, id, "CREATE");
        return view(school, store.find(school, id).orElseThrow(), form);
    }

    private List<FormDefinition> definitions(String policyId, String policyVersion, String formId) {
        return policies.find(policyId, tw.huixiao.policy.spi.ModuleVersion.parse(policyVersion))
                .map(p -> p.forms().stream().filter(f -> f.id().equals(formId)).toList()).orElse(List.of());
    }

    /** The case's records, every revision, oldest first. */
    public List<FormRecordView.Summary> ofCase(long caseId) {
        Caller caller = cases.bindCaller();
        StudentCase k = cases.visible(caseId, caller, "READ");
        long school = caller.requireSchool();
        List<FormRecordView.Summary> found = new ArrayList<>();
        for (Row row : store.ofCase(school, caseId)) {
            Optional<FormDefinition> form = definition(row);
            found.add(new FormRecordView.Summary(row.id(), row.formId(), row.formVersion(),
                    form.map(f -> f.title().zhTw()).orElse(null), form.map(f -> f.title().en()).orElse(null),
                    row.revision(), row.chainId(), row.status(), store.signatures(school, row.id()).size(),
                    form.map(f -> f.signOff().size()).orElse(0), row.updatedAt(), row.version()));
        }
        accessLog.read(k.getId(), RecordType.FORM_RECORD, null);
        return found;
    }

    public FormRecordView get(long id) {
        Caller caller = cases.bindCaller();
        Row row = visible(id, caller, "READ");
        accessLog.read(row.caseId(), RecordType.FORM_RECORD, id);
        return view(caller.requireSchool(), row, requireDefinition(row));
    }

    /**
     * The form version a record instantiates, from the module version it was made under — for
     * drawing records of any subject (a case, a screening, a roster) without knowing the subject.
     */
    public FormDefinition formOf(FormRecordView record) {
        return form(record.policyId(), record.policyVersion(), record.formId(), record.formVersion());
    }

    /** A form version of a module version (a screening campaign's 附表一, for its labels); 409 while not loaded. */
    public FormDefinition form(String policyId, String policyVersion, String formId, int formVersion) {
        return definition(policyId, policyVersion, formId, formVersion).orElseThrow(() -> new StateConflictException(
                "此紀錄依據的規範模組版本 " + policyId + "@" + policyVersion
                        + " 目前未載入 (the module version of this record is not loaded; redeploy it)"));
    }

    /** A record and the form version it instantiates, to print: read like {@link #get}, logged as PRINT. */
    public record Printable(FormRecordView record, FormDefinition form) {
    }

    public Printable printable(long id) {
        Caller caller = cases.bindCaller();
        Row row = visible(id, caller, "PRINT");
        FormDefinition form = requireDefinition(row);
        accessLog.wrote(row.caseId(), RecordType.FORM_RECORD, id, "PRINT");
        return new Printable(view(caller.requireSchool(), row, form), form);
    }

    /** New data for the record; the fields of signed stages must stay as they are. */
    public FormRecordView update(long id, RecordInput input) {
        Caller caller = cases.bindCaller();
        Row row = visible(id, caller, "UPDATE");
        requireEditable(row);
        FormDefinition form = requireDefinition(row);
        List<FieldError> versionError = new ArrayList<>();
        OptimisticLock.required(input == null ? null : input.version(), versionError);
        long school = caller.requireSchool();
        Set<String> signed = store.signatures(school, id).stream().map(Signature::stageKey).collect(Collectors.toSet());
        JsonObject data = valid(form, input == null ? null : input.data(), versionError, signed);
        requireCurrent(row);
        OptimisticLock.check(EditedRecord.FORM_RECORD, id, input.version(), row.version());
        List<String> frozen = FormValidator.changedSignedFields(form, signed, row.data(), data);
        if (!frozen.isEmpty()) {
            throw new StateConflictException("已簽核的欄位不可修改：" + frozen.stream().map(k -> "fields." + k)
                    .collect(Collectors.joining("、")) + "；請提出更正 (signed fields cannot change: "
                    + frozen.stream().map(k -> "fields." + k).collect(Collectors.joining(", "))
                    + "; file a correction)");
        }
        OptimisticLock.written(store.update(school, id, input.version(), data, clock.instant(), caller.userId()), EditedRecord.FORM_RECORD, id);
        accessLog.wrote(row.caseId(), RecordType.FORM_RECORD, id, "UPDATE");
        return view(school, store.find(school, id).orElseThrow(), form);
    }

    /** Signs (or stamps) the next stage of the chain: by a user holding one of its roles, in order. */
    public FormRecordView sign(long id, String stageKey, SignInput input) {
        Caller caller = cases.bindCaller();
        Row row = visible(id, caller, "SIGN");
        FormDefinition form = requireDefinition(row);
        List<SignOffStage> chain = form.signOff();
        int index = -1;
        for (int i = 0; i < chain.size(); i++) {
            if (chain.get(i).key().equals(stageKey)) {
                index = i;
            }
        }
        if (index < 0) {
            throw InvalidInputException.of("stage", "此表單的簽核關卡為 " + chain.stream().map(SignOffStage::key)
                    .collect(Collectors.joining("、")) + " (no such sign-off stage)");
        }
        SignOffStage stage = chain.get(index);
        Optional<String> as = stage.roles().stream().map(SchoolRole::name).sorted()
                .filter(r -> caller.roles().stream().anyMatch(c -> c.name().equals(r))).findFirst();
        if (as.isEmpty()) {
            String message = "「" + stage.title().zhTw() + "」由 " + stage.roles().stream().map(SchoolRole::name).sorted()
                    .collect(Collectors.joining("、")) + " 簽核 (this stage is signed by " + stage.roles() + ")";
            accessLog.refused(row.caseId(), RecordType.FORM_RECORD, id, "SIGN", message);
            throw new AccessDeniedException(message);
        }
        OptimisticLock.required(input == null ? null : input.version());
        requireCurrent(row);
        long school = caller.requireSchool();
        int signedSoFar = store.signatures(school, id).size();
        if (index < signedSoFar) {
            throw new StateConflictException("「" + stage.title().zhTw() + "」已簽核 (this stage is already signed)");
        }
        if (index > signedSoFar) {
            SignOffStage next = chain.get(signedSoFar);
            throw new StateConflictException("須依序簽核，下一關為「" + next.title().zhTw() + "」(" + next.key()
                    + ") (stages are signed in order; next is " + next.key() + ")");
        }
        List<FieldError> missing = FormValidator.missingForStage(form, stage, row.data());
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        OptimisticLock.check(EditedRecord.FORM_RECORD, id, input.version(), row.version());
        Instant now = clock.instant();
        String status = index == chain.size() - 1 ? "SIGNED" : "SIGNING";
        OptimisticLock.written(store.setStatus(school, id, input.version(), status, now, caller.userId()), EditedRecord.FORM_RECORD, id);
        store.sign(school, id, stage.key(), index, caller.userId(), as.get(), stage.stamp(), now);
        if (row.caseId() == null && row.episodeId() == null) {
            otherSubjects.signed(store.find(school, id).orElseThrow(), stage, index == chain.size() - 1, caller);
        }
        accessLog.wrote(row.caseId(), RecordType.FORM_RECORD, id, "SIGN");
        return view(school, store.find(school, id).orElseThrow(), form);
    }

    /**
     * A correction of a signed record: a new revision with the corrected data and no signatures
     * (it is signed again); the corrected revision becomes SUPERSEDED and stays readable.
     */
    public FormRecordView correct(long id, CorrectionInput input) {
        Caller caller = cases.bindCaller();
        Row row = visible(id, caller, "CORRECT");
        requireEditable(row);
        FormDefinition form = requireDefinition(row);
        List<FieldError> others = new ArrayList<>();
        String reason = input == null || input.reason() == null ? "" : input.reason().trim();
        if (reason.isEmpty() || reason.length() > 2000) {
            others.add(new FieldError("reason", "請說明更正理由（最多 2000 字） (say why, at most 2000 characters)"));
        }
        OptimisticLock.required(input == null ? null : input.version(), others);
        JsonObject data = valid(form, input == null ? null : input.data(), others, Set.of());
        requireCurrent(row);
        long school = caller.requireSchool();
        if (store.signatures(school, id).isEmpty()) {
            throw new StateConflictException("尚未簽核的紀錄請直接修改 (a record nobody signed yet is edited, not corrected)");
        }
        OptimisticLock.check(EditedRecord.FORM_RECORD, id, input.version(), row.version());
        Instant now = clock.instant();
        long correction = store.insert(school, row.subject(), row.formId(), row.formVersion(), row.policyId(),
                row.policyVersion(), row.revision() + 1, row.chainId(), row.id(), reason, data, now, caller.userId());
        OptimisticLock.written(store.supersede(school, id, input.version(), caller.userId(), now, correction), EditedRecord.FORM_RECORD, id);
        accessLog.wrote(row.caseId(), RecordType.FORM_RECORD, correction, "CORRECT");
        return view(school, store.find(school, correction).orElseThrow(), form);
    }

    /**
     * The record, if the caller may see its subject (its case, or for a screening assessment or a
     * roster as {@link RecordSubjects} says). Another school's record, or one the caller may not
     * see, is "not found", and the attempt is logged.
     */
    private Row visible(long id, Caller caller, String action) {
        Optional<Row> row = store.find(caller.requireSchool(), id);
        if (row.isEmpty() || !subjectVisible(row.get(), caller)) {
            accessLog.refused(row.map(Row::caseId).orElse(null), RecordType.FORM_RECORD, id, action,
                    "查無紀錄或無權檢視 (no such record visible to the caller)");
            throw new RecordNotFoundException("form record", id);
        }
        return row.get();
    }

    private boolean subjectVisible(Row row, Caller caller) {
        if (row.episodeId() != null) {
            // Before its case opens, a duty's record is seen by whoever sees the student (and so the duty).
            Optional<DocumentStore.Episode> episode = episodes.episode(caller.requireSchool(), row.episodeId());
            try {
                episode.ifPresent(e -> access.visible(e.studentId(), caller));
            } catch (RecordNotFoundException e) {
                return false;
            }
            return episode.isPresent();
        }
        if (row.caseId() == null) {
            return otherSubjects.visible(row, caller);
        }
        Optional<StudentCase> k = caseRepository.find(row.caseId());
        try {
            k.ifPresent(c -> access.visible(c.getStudentId(), caller));
        } catch (RecordNotFoundException e) {
            return false;
        }
        return k.isPresent();
    }

    private void requireEditable(Row row) {
        if (row.caseId() == null && row.episodeId() == null) {
            otherSubjects.generatedBecause(row).ifPresent(why -> {
                throw new StateConflictException(why);
            });
        }
    }

    private static void requireCurrent(Row row) {
        if ("SUPERSEDED".equals(row.status())) {
            throw new StateConflictException("此紀錄已更正為新版本 #" + row.supersededBy() + "，舊版本僅供檢視 "
                    + "(this revision was corrected by " + row.supersededBy() + "; it is read-only)");
        }
    }

    /** The data checked against the form; required fields of later stages not yet signed may wait for their signer. */
    private JsonObject valid(FormDefinition form, JsonObject data, List<FieldError> others, Set<String> signedStages) {
        FormValidator.Result result = FormValidator.validate(form, data, FormValidator.deferredFields(form, signedStages));
        List<FieldError> errors = new ArrayList<>(others);
        errors.addAll(result.errors());
        if (data == null) {
            errors.add(0, new FieldError("data", "請附上表單內容 (data is required)"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return result.data();
    }

    private Optional<FormDefinition> definition(Row row) {
        return definition(row.policyId(), row.policyVersion(), row.formId(), row.formVersion());
    }

    private Optional<FormDefinition> definition(String policyId, String policyVersion, String formId, int formVersion) {
        return policies.find(policyId, tw.huixiao.policy.spi.ModuleVersion.parse(policyVersion))
                .flatMap(p -> p.forms().stream()
                        .filter(f -> f.id().equals(formId) && f.version() == formVersion).findFirst());
    }

    private FormDefinition requireDefinition(Row row) {
        return form(row.policyId(), row.policyVersion(), row.formId(), row.formVersion());
    }

    private FormRecordView view(long school, Row row, FormDefinition form) {
        List<Signature> signatures = store.signatures(school, row.id());
        List<FormRecordView.Stage> stages = new ArrayList<>();
        for (int i = 0; i < form.signOff().size(); i++) {
            SignOffStage stage = form.signOff().get(i);
            Optional<Signature> s = signatures.stream().filter(x -> x.stageKey().equals(stage.key())).findFirst();
            stages.add(new FormRecordView.Stage(i, stage.key(), stage.title().zhTw(), stage.title().en(),
                    stage.roles().stream().map(SchoolRole::name).sorted().toList(), stage.stamp(),
                    stage.fieldKeys().stream().sorted().toList(), s.isPresent(), s.map(Signature::signedBy).orElse(null),
                    s.map(Signature::signedByName).orElse(null), s.map(Signature::signedAs).orElse(null),
                    s.map(Signature::signedAt).orElse(null)));
        }
        List<Long> revisions = store.chain(school, row.chainId()).stream().map(Row::id).toList();
        return new FormRecordView(row.id(), row.caseId(), row.screeningAssessmentId(), row.rosterId(), row.formId(), row.formVersion(), form.title().zhTw(),
                form.title().en(), form.ruleId().value(), row.policyId(), row.policyVersion(), row.revision(), revisions,
                row.correctsId(), row.correctionReason(), row.supersededBy(), row.status(), row.data(), stages,
                row.createdAt(), row.createdBy(), row.updatedAt(), row.updatedBy(), row.version());
    }
}
