package tw.huixiao.platform.application.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tw.huixiao.platform.application.AccessDeniedException;
import tw.huixiao.platform.application.Caller;
import tw.huixiao.platform.application.CallerProvider;
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
import tw.huixiao.platform.domain.casework.PolicyPin;
import tw.huixiao.platform.domain.casework.StudentCase;
import tw.huixiao.platform.domain.school.School;
import tw.huixiao.platform.domain.school.SchoolRepository;
import tw.huixiao.platform.domain.student.Guardian;
import tw.huixiao.platform.domain.student.Student;
import tw.huixiao.platform.application.escalation.TaskStore;
import tw.huixiao.platform.application.tenancy.Tenancy;
import tw.huixiao.platform.application.policy.Policies;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.document.DispatchMethod;
import tw.huixiao.policy.spi.document.DocumentData;
import tw.huixiao.policy.spi.document.DocumentDefinition;
import tw.huixiao.policy.spi.timeline.CaseFacts;
import tw.huixiao.platform.domain.calendar.TaiwanTime;
import tw.huixiao.platform.application.SchoolCaller;

/**
 * Official letters and forms from a case (issue 9): the county module of the case's pinned
 * version supplies the template ({@link DocumentDefinition}), this service fills it with the
 * school's letterhead, the case's data (only what the template declares it needs), today's date
 * in ROC form and the next number of the school's 發文字號 sequence, renders it as PDF, records
 * the issue and audits it. Sending is recorded against an issue and completes the case's open
 * tasks that produce that kind of document.
 *
 * <p>Documents are for the offices (校長, 學務處, 教務處, 註冊組, 輔導室); teachers who see a case
 * may list its documents but not issue them.
 */
@ApplicationScoped
@Transactional
public class DocumentService {

    @Inject
    SchoolCaller schoolCaller;

    /** A generated PDF. */
    public record Generated(byte[] pdf, long issueId, String kind, String referenceNumber, String number, int pages) {
    }

    /** Sending a document: method (REGISTERED_MAIL, FAX, HAND_DELIVERY, ONLINE), date, 掛號號碼, which issue. */
    public record Sending(String method, LocalDate sentOn, String registeredMailNumber, String referenceNumber,
                          String note) {
    }

    /** A recorded sending, and the tasks it completed. */
    public record Sent(DocumentStore.Dispatch dispatch, List<Long> completedTaskIds) {
    }

    /** A kind the case's module can render, and whether it applies to this case. */
    public record Available(String kind, String title, String titleEn, String ruleId, String layout,
                            boolean confidential, boolean applies, List<String> dispatch) {
    }

    /** The case's documents: what can be generated, what was issued, what was sent. */
    public record Documents(long caseId, List<Available> available, List<DocumentStore.Issue> issued,
                            List<DocumentStore.Dispatch> sent) {
    }

    @Inject
    CallerProvider callers;

    @Inject
    Tenancy tenancy;

    @Inject
    CaseService cases;

    @Inject
    StudentAccess access;

    @Inject
    SchoolRepository schools;

    @Inject
    Policies policies;

    @Inject
    DocumentStore store;

    @Inject
    TaskStore tasks;

    @Inject
    DocumentRendering rendering;

    @Inject
    CaseDataLoader caseData;

    @Inject
    AccessLog accessLog;

    @Inject
    Clock clock;

    /** The word of the school's 發文字號, e.g. 回校字 → 回校字第1150000012號. */
    @Inject
    @ConfigProperty(name = "huixiao.documents.reference-word", defaultValue = "回校字")
    String referenceWord;

    public Documents list(long caseId) {
        Caller caller = schoolCaller.bind();
        StudentCase found = cases.visible(caseId, caller, "READ");
        CountyPolicy policy = pinned(found);
        CaseFacts facts = facts(found, access.visible(found.getStudentId(), caller));
        List<Available> available = policy.documents().stream().map(d -> new Available(d.kind(), d.title().zhTw(),
                d.title().en(), d.ruleId().value(), d.layout().name(), d.confidential(), d.appliesWhen().test(facts),
                d.dispatch().stream().map(Enum::name).sorted().toList())).toList();
        long school = caller.requireSchool();
        accessLog.read(caseId, RecordType.DOCUMENT, null);
        return new Documents(caseId, available, store.issues(school, caseId), store.dispatches(school, caseId));
    }

    public Generated generate(long caseId, String kind) {
        Caller caller = schoolCaller.bind();
        String action = "GENERATE_DOCUMENT";
        StudentCase found = cases.visible(caseId, caller, action);
        requireOffice(caller, caseId, action);
        CountyPolicy policy = pinned(found);
        DocumentDefinition definition = definition(policy, kind, caseId, action);
        Student student = access.visible(found.getStudentId(), caller);
        CaseFacts facts = facts(found, student);
        if (!definition.appliesWhen().test(facts)) {
            throw conflict(caseId, action, "此文件不適用於本個案（適用條件：" + definition.appliesWhen().describe()
                    + "）(this document does not apply to the case: " + definition.appliesWhen().describe() + ")");
        }
        Optional<Guardian> guardian = CaseDataLoader.guardian(student);
        if ((definition.needs().contains(DocumentData.GUARDIAN_NAME) || definition.needs().contains(DocumentData.GUARDIAN_ADDRESS))
                && guardian.map(g -> g.getAddress() == null || g.getAddress().isBlank()).orElse(true)) {
            throw conflict(caseId, action, "請先登錄學生的家長（監護人）姓名與通訊地址 "
                    + "(record the guardian's name and postal address first)");
        }
        PdfRenderer renderer = rendering.renderer();
        try {
            renderer.requireFont();
        } catch (DocumentsUnavailableException e) {
            accessLog.refused(caseId, RecordType.DOCUMENT, null, action, "文件服務無法使用：字型缺漏 (document font missing)");
            throw e;
        }
        long schoolId = caller.requireSchool();
        School school = schools.find(schoolId).orElseThrow();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, TaiwanTime.TAIPEI);
        int rocYear = RocDate.year(today);
        String number = rocYear + String.format(Locale.ROOT, "%07d", store.nextNumber(schoolId, rocYear));
        String reference = referenceWord + "第" + number + "號";
        Map<DocumentData, String> values = values(definition, school, student, found, policy, today, reference);
        ComposedDocument composed = DocumentComposer.compose(definition, values, facts);
        PdfRenderer.Rendered rendered = renderer.render(composed);
        PolicyPin pin = found.getPolicyPin();
        long issueId = store.insertIssue(schoolId, caseId, definition.kind(), pin.policyId(), pin.version().toString(),
                reference, definition.confidential(), rendered.pages(), now, caller.userId());
        accessLog.wrote(caseId, RecordType.DOCUMENT, issueId, "GENERATE");
        return new Generated(rendered.pdf(), issueId, definition.kind(), reference, number, rendered.pages());
    }

    public Sent markSent(long caseId, String kind, Sending sending) {
        Caller caller = schoolCaller.bind();
        String action = "RECORD_DOCUMENT_SENT";
        StudentCase found = cases.visible(caseId, caller, action);
        requireOffice(caller, caseId, action);
        CountyPolicy policy = pinned(found);
        DocumentDefinition definition = definition(policy, kind, caseId, action);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, TaiwanTime.TAIPEI);

        List<FieldError> errors = new ArrayList<>();
        DispatchMethod method = null;
        try {
            method = DispatchMethod.valueOf(sending == null || sending.method() == null ? "" : sending.method().trim());
        } catch (IllegalArgumentException e) {
            // reported below
        }
        String allowed = definition.dispatch().stream().sorted()
                .map(m -> m.name() + "（" + m.label().zhTw() + "）").collect(Collectors.joining("、"));
        if (method == null || !definition.dispatch().contains(method)) {
            errors.add(new FieldError("method", "此文件的寄送方式應為 " + allowed + " (this document is sent by "
                    + definition.dispatch().stream().map(Enum::name).sorted().collect(Collectors.joining(", ")) + ")"));
        }
        LocalDate sentOn = sending == null || sending.sentOn() == null ? today : sending.sentOn();
        if (sentOn.isAfter(today) || sentOn.isBefore(found.getOpenedOn())) {
            errors.add(new FieldError("sentOn", "寄送日期應介於開案日與今天之間 (the date is between the case's opening and today)"));
        }
        String mailNumber = sending == null || sending.registeredMailNumber() == null ? null
                : sending.registeredMailNumber().trim();
        if (mailNumber != null && mailNumber.isEmpty()) {
            mailNumber = null;
        }
        if (method == DispatchMethod.REGISTERED_MAIL && (mailNumber == null || !mailNumber.matches("[A-Za-z0-9-]{4,32}"))) {
            errors.add(new FieldError("registeredMailNumber", "限時掛號請填寫郵局掛號號碼（4–32 個英數字）"
                    + " (the post office's registered-mail number, 4–32 letters or digits)"));
        }
        String note = sending == null || sending.note() == null || sending.note().isBlank() ? null : sending.note().trim();
        if (note != null && note.length() > 2000) {
            errors.add(new FieldError("note", "說明最多 2000 字 (at most 2000 characters)"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        long schoolId = caller.requireSchool();
        String wanted = sending.referenceNumber() == null || sending.referenceNumber().isBlank() ? null
                : sending.referenceNumber().trim();
        DocumentStore.Issue issue = store.issues(schoolId, caseId).stream()
                .filter(i -> i.kind().equals(definition.kind()))
                .filter(i -> wanted == null || i.referenceNumber().equals(wanted))
                .max(Comparator.comparing(DocumentStore.Issue::issuedAt).thenComparing(DocumentStore.Issue::id))
                .orElseThrow(() -> conflict(caseId, action, wanted == null
                        ? "請先產生此文件（取得發文字號）再登錄寄送 (generate the document before recording that it was sent)"
                        : "本個案無此發文字號的" + definition.title().zhTw() + " (no such reference number for this case)"));
        long dispatchId = store.insertDispatch(schoolId, caseId, issue.id(), definition.kind(), method.name(), sentOn,
                mailNumber, note, now, caller.userId());
        // Both languages, as every platform message: the screens show the reader's half.
        String completion = definition.title().zhTw() + "已以" + method.label().zhTw() + "寄出（" + RocDate.of(sentOn)
                + "，" + issue.referenceNumber() + (mailNumber == null ? "" : "，掛號號碼 " + mailNumber) + "） ("
                + definition.title().en() + " sent by " + method.label().en() + " on " + sentOn
                + (mailNumber == null ? "" : ", registered-mail number " + mailNumber) + ")";
        List<Long> completed = new ArrayList<>();
        for (DocumentStore.OpenTask task : store.openTasksProducing(schoolId, caseId, definition.kind())) {
            OptimisticLock.written(tasks.complete(schoolId, task.id(), task.version(), false, caller.userId(), now, completion,
                    "document-dispatch:" + dispatchId), EditedRecord.TASK, task.id());
            accessLog.wrote(caseId, RecordType.TASK, task.id(), "COMPLETE");
            completed.add(task.id());
        }
        accessLog.wrote(caseId, RecordType.DOCUMENT, dispatchId, "RECORD_SENT");
        DocumentStore.Dispatch dispatch = store.dispatches(schoolId, caseId).stream()
                .filter(d -> d.id() == dispatchId).findFirst().orElseThrow();
        return new Sent(dispatch, completed);
    }

    // ------------------------------------------------------------------ helpers

    private void requireOffice(Caller caller, long caseId, String action) {
        if (!access.seesWholeSchool(caller)) {
            String message = "公文由處室人員或校長產生與寄送 (official documents are issued by the offices or the principal)";
            accessLog.refused(caseId, RecordType.DOCUMENT, null, action, message);
            throw new AccessDeniedException(message);
        }
    }

    private StateConflictException conflict(long caseId, String action, String message) {
        accessLog.refused(caseId, RecordType.DOCUMENT, null, action, message);
        return new StateConflictException(message);
    }

    private CountyPolicy pinned(StudentCase found) {
        PolicyPin pin = found.getPolicyPin();
        return policies.find(pin.policyId(), pin.version()).orElseThrow(() -> new StateConflictException(
                "此個案依據的規範模組版本 " + pin + " 目前未載入，請平台管理者重新部署該版本 "
                        + "(the module version this case follows is not loaded; redeploy it)"));
    }

    private DocumentDefinition definition(CountyPolicy policy, String kind, long caseId, String action) {
        return policy.documents().stream().filter(d -> d.kind().equals(kind)).findFirst().orElseThrow(() -> {
            accessLog.refused(caseId, RecordType.DOCUMENT, null, action,
                    "本個案的縣市規範未提供此文件 (the case's county module has no template " + kind + ")");
            return new RecordNotFoundException("document kind", kind);
        });
    }

    private static CaseFacts facts(StudentCase found, Student student) {
        return new CaseFacts() {
            @Override
            public String categoryId() {
                return found.getCategoryId();
            }

            @Override
            public boolean indigenous() {
                return student.isIndigenous();
            }

            @Override
            public boolean emergency() {
                return found.isEmergency();
            }

            @Override
            public Optional<Boolean> causeKnown() {
                return found.getCauseKnown();
            }

            @Override
            public boolean returned() {
                return found.getReturnedOn().isPresent();
            }
        };
    }

    /** Letterhead and issue data, and the case data the template declares — nothing else is loaded. */
    private Map<DocumentData, String> values(DocumentDefinition definition, School school, Student student,
                                             StudentCase found, CountyPolicy policy, LocalDate today, String reference) {
        Set<DocumentData> wanted = EnumSet.of(DocumentData.SCHOOL_NAME, DocumentData.SCHOOL_ADDRESS,
                DocumentData.SCHOOL_PHONE, DocumentData.SCHOOL_DISTRICT);
        wanted.addAll(definition.needs());
        Map<DocumentData, String> values = new EnumMap<>(DocumentData.class);
        caseData.load(wanted, school, found, student, policy).forEach((data, value) -> values.put(data,
                value instanceof LocalDate date ? RocDate.of(date) : value.toString()));
        values.put(DocumentData.ISSUE_DATE, RocDate.official(today));
        values.put(DocumentData.ISSUE_REFERENCE, reference);
        return values;
    }
}
