package tw.huixiao.platform.application.filings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tw.huixiao.platform.application.AccessDeniedException;
import tw.huixiao.platform.application.Caller;
import tw.huixiao.platform.application.CallerProvider;
import tw.huixiao.platform.application.CaseService;
import tw.huixiao.platform.application.EditedRecord;
import tw.huixiao.platform.application.OptimisticLock;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.RecordNotFoundException;
import tw.huixiao.platform.application.StateConflictException;
import tw.huixiao.platform.application.audit.AccessLog;
import tw.huixiao.platform.application.audit.RecordType;
import tw.huixiao.platform.application.documents.PrintService;
import tw.huixiao.platform.application.documents.Printout;
import tw.huixiao.platform.application.documents.RocDate;
import tw.huixiao.platform.application.escalation.TaskService;
import tw.huixiao.platform.domain.escalation.BureauFilingView;
import tw.huixiao.platform.domain.escalation.TaskCompleted;
import tw.huixiao.platform.domain.escalation.TaskView;
import tw.huixiao.platform.domain.identity.Role;
import tw.huixiao.platform.domain.school.School;
import tw.huixiao.platform.domain.school.SchoolRepository;
import tw.huixiao.platform.application.documents.DocumentRendering;
import tw.huixiao.platform.application.escalation.TaskStore;
import tw.huixiao.platform.application.tenancy.Tenancy;
import tw.huixiao.policy.spi.casework.BureauFiling;
import tw.huixiao.platform.domain.calendar.TaiwanTime;
import tw.huixiao.platform.application.SchoolCaller;

/**
 * Filings received on the platform (issue 20 §3). A duty that the county module files with the
 * bureau (SPI 1.5 {@link BureauFiling}) is expected from the moment it arises (V37); when the
 * school records it done, the record it was done with — a form record, an ISP, or else a cover
 * sheet of the duty as recorded — is attached as PDF and the filing lands in the bureau's inbox.
 * The bureau acknowledges it (收件備查) or returns it (退回) with a reason; the school's duty shows
 * that, and a returned filing is filed again from the duty. A bureau reads only its county's
 * filings: its transaction binds the county (Tenancy.bindCounty:
 * app.county, V34) and no school.
 */
@ApplicationScoped
@Transactional
public class BureauFilingService {

    @Inject
    SchoolCaller schoolCaller;

    private static final int MAX_LIST = 500;
    private static final Pattern FORM_RECORD_REF = Pattern.compile("form-records/(\\d{1,18})");
    private static final Pattern ISP_REF = Pattern.compile("isps/(\\d{1,18})");

    /** The bureau's decision: ACKNOWLEDGE (note optional) or RETURN (reason required), at the version read. */
    public record Decision(String note, Long version) {
    }

    /** What the bureau's inbox shows: filings received, and duties whose filing is overdue. */
    public record Inbox(String county, List<BureauFilingView> filings, List<BureauFilingView> overdue) {
    }

    /** The landing page's summary: filings awaiting the bureau (count, newest first) and overdue ones per school. */
    public record InboxSummary(long awaiting, List<BureauFilingView> newest,
                               List<OverdueSchool> overdueBySchool) {
    }

    @Inject
    CallerProvider callers;

    @Inject
    Tenancy tenancy;


    @Inject
    BureauFilingStore store;

    @Inject
    TaskStore tasks;

    @Inject
    TaskService taskService;

    @Inject
    CaseService cases;

    @Inject
    PrintService prints;

    @Inject
    DocumentRendering rendering;

    @Inject
    SchoolRepository schools;

    @Inject
    AccessLog accessLog;

    @Inject
    Clock clock;

    /** Files the duty's record with the bureau when the duty is one the module files (same transaction). */
    void onCompleted(@Observes TaskCompleted completed) {
        long school = completed.schoolId();
        TaskView task = tasks.find(school, completed.taskId(), today(), clock.instant()).orElseThrow();
        Optional<BureauFilingView> expected = store.firstOfTask(school, task.id(), today(), clock.instant());
        long filingId;
        if (expected.isPresent()) {
            if (!"DUE".equals(expected.get().status())) {
                return;
            }
            filingId = expected.get().id();
        } else {
            // A duty laid out before its module's filings were known: ask the case's module.
            if (task.caseId() == null || task.produces() == null) {
                return;
            }
            Optional<BureauFiling> filing = cases.pinnedPolicy(task.caseId()).bureauFiling(task.ruleId(), task.produces());
            if (filing.isEmpty()) {
                return;
            }
            filingId = store.expect(school, task.id(), task.ruleId(), task.produces(), filing.get().title().zhTw(),
                    filing.get().title().en());
        }
        BureauFilingView view = store.find(filingId, today(), clock.instant()).orElseThrow();
        OptimisticLock.written(store.file(school, filingId, filed(task, view, completed.note(), completed.recordRef())), EditedRecord.BUREAU_FILING, filingId);
        accessLog.wrote(task.caseId(), RecordType.BUREAU_FILING, filingId, "FILE");
    }

    /** The filing state of the caller's duties (newest filing per duty), for the duty's screens. */
    public List<BureauFilingView> ofTasks(List<Long> taskIds) {
        Caller caller = schoolCaller.bind();
        return store.latestOfTasks(caller.requireSchool(), taskIds, today(), clock.instant());
    }

    /** The newest filing of a duty the caller may see, if the duty files with the bureau. */
    public Optional<BureauFilingView> ofTask(long taskId) {
        taskService.get(taskId);
        return ofTasks(List.of(taskId)).stream().findFirst();
    }

    /** Files a returned filing again, with the duty's record as it stands now. */
    public BureauFilingView refile(long id, String note) {
        Caller caller = callers.get();
        long school = caller.requireSchool();
        tenancy.bind(school);
        BureauFilingView returned = store.find(id, today(), clock.instant())
                .filter(f -> f.schoolId() == school).orElseThrow(() -> new RecordNotFoundException("filing", id));
        TaskView task = taskService.get(returned.taskId());
        if (!taskService.mayComplete(task)) {
            accessLog.refused(task.caseId(), RecordType.BUREAU_FILING, id, "REFILE", "not the duty's office");
            throw new AccessDeniedException("重新送件由負責這項工作的處室辦理 (the duty's office files again)");
        }
        if (!"RETURNED".equals(returned.status())) {
            throw new StateConflictException("只有退回的送件可以重新送件 (only a returned filing is filed again)");
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        long again = store.refile(school, id, filed(task, returned, text, task.recordRef()));
        OptimisticLock.written(again != 0, EditedRecord.BUREAU_FILING, id);
        accessLog.wrote(task.caseId(), RecordType.BUREAU_FILING, again, "REFILE");
        return store.find(again, today(), clock.instant()).orElseThrow();
    }

    /** The bureau's inbox: its county's filings (by status; none = all) and the overdue duties per school. */
    public Inbox inbox(List<String> statuses) {
        Caller caller = requireBureau();
        List<String> wanted = new ArrayList<>();
        for (String s : statuses) {
            String status = s.trim().toUpperCase(Locale.ROOT);
            if (!List.of("FILED", "ACKNOWLEDGED", "RETURNED").contains(status)) {
                throw InvalidInputException.of("status", "status 應為 FILED、ACKNOWLEDGED 或 RETURNED");
            }
            wanted.add(status);
        }
        county(caller);
        String county = caller.bureauCounty().value();
        return new Inbox(county, store.inbox(county, wanted, today(), clock.instant(), MAX_LIST),
                store.overdue(county, today(), clock.instant(), MAX_LIST));
    }

    /**
     * The inbox in brief, for the bureau's landing page: how many filings await the bureau, the
     * newest of them, and the overdue expected filings counted per school.
     */
    public InboxSummary summary(int newest) {
        Caller caller = requireBureau();
        county(caller);
        String county = caller.bureauCounty().value();
        return new InboxSummary(store.count(county, "FILED"),
                store.inbox(county, List.of("FILED"), today(), clock.instant(), Math.max(0, Math.min(newest, 20))),
                store.overdueBySchool(county, today(), clock.instant()));
    }

    /** One filing: the bureau of its county, or its own school. */
    public BureauFilingView get(long id) {
        return visible(id);
    }

    /** The attached PDF: the bureau of its county, or its own school. */
    public FilingAttachment attachment(long id) {
        BureauFilingView filing = visible(id);
        Caller caller = callers.get();
        if (caller.schoolId() == null) {
            county(caller);
        }
        FilingAttachment attachment = store.attachment(id)
                .orElseThrow(() -> new RecordNotFoundException("filing attachment", id));
        if (caller.schoolId() != null) {
            accessLog.read(filing.caseId(), RecordType.BUREAU_FILING, id);
        }
        return attachment;
    }

    public BureauFilingView acknowledge(long id, Decision decision) {
        return decide(id, decision, "ACKNOWLEDGED");
    }

    public BureauFilingView giveBack(long id, Decision decision) {
        return decide(id, decision, "RETURNED");
    }

    private BureauFilingView decide(long id, Decision decision, String status) {
        Caller caller = requireBureau();
        county(caller);
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        String note = decision == null || decision.note() == null || decision.note().isBlank() ? null
                : decision.note().strip();
        if ("RETURNED".equals(status) && note == null) {
            errors.add(new InvalidInputException.FieldError("note", "退回時請說明理由 (a reason is required)"));
        }
        if (note != null && note.length() > 2000) {
            errors.add(new InvalidInputException.FieldError("note", "說明最多 2000 字 (at most 2000 characters)"));
        }
        OptimisticLock.required(decision == null ? null : decision.version(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        BureauFilingView filing = store.find(id, today(), clock.instant())
                .filter(f -> !"DUE".equals(f.status())).orElseThrow(() -> new RecordNotFoundException("filing", id));
        if (!"FILED".equals(filing.status())) {
            throw new StateConflictException("這份送件已處理 (the filing is already " + filing.status() + ")");
        }
        OptimisticLock.written(store.decide(caller.bureauCounty().value(), id, decision.version(), status, caller.userId(),
                caller.displayName(), clock.instant(), note), EditedRecord.BUREAU_FILING, id);
        return store.find(id, today(), clock.instant()).orElseThrow();
    }

    private BureauFilingView visible(long id) {
        Caller caller = callers.get();
        if (caller.schoolId() != null) {
            tenancy.bind(caller.schoolId());
            BureauFilingView filing = store.find(id, today(), clock.instant())
                    .orElseThrow(() -> new RecordNotFoundException("filing", id));
            taskService.get(filing.taskId()); // the school sees a filing when it sees its duty
            return filing;
        }
        county(requireBureau());
        return store.find(id, today(), clock.instant())
                .filter(f -> !"DUE".equals(f.status()) || f.overdue())
                .orElseThrow(() -> new RecordNotFoundException("filing", id));
    }

    /** Binds the transaction to the bureau's county (the picture's binding). */
    private void county(Caller bureau) {
        tenancy.bindCounty(bureau.bureauCounty().value());
    }

    private Caller requireBureau() {
        Caller caller = callers.get();
        if (!caller.has(Role.BUREAU_OFFICER) || caller.bureauCounty() == null) {
            throw new AccessDeniedException("送件收件匣僅供縣市教育局（處）人員使用 (the filings inbox is for bureau officers)");
        }
        return caller;
    }

    /** The filing's content: the student, the duty's record as PDF, who filed it and when. */
    private BureauFilingStore.Filed filed(TaskView task, BureauFilingView filing, String note, String recordRef) {
        Caller caller = callers.get();
        String[] studentAndClass = store.studentAndClass(caller.requireSchool(),
                task.studentId());
        PrintService.Printed printed = attachmentFor(task, filing, studentAndClass, note, recordRef);
        return new BureauFilingStore.Filed(studentAndClass[0], studentAndClass[1], caller.userId(),
                caller.displayName(), clock.instant(), note, printed.pdf(), printed.filename());
    }

    private PrintService.Printed attachmentFor(TaskView task, BureauFilingView filing, String[] studentAndClass,
                                               String note, String recordRef) {
        if (recordRef != null) {
            Matcher form = FORM_RECORD_REF.matcher(recordRef);
            if (form.matches()) {
                return prints.formRecord(Long.parseLong(form.group(1)));
            }
            Matcher isp = ISP_REF.matcher(recordRef);
            if (isp.matches() && task.caseId() != null) {
                return prints.isp(task.caseId(), Long.parseLong(isp.group(1)));
            }
        }
        return coverSheet(task, filing, studentAndClass, note);
    }

    /** The duty as the school recorded it, when no form or plan was attached to it: 送件單. */
    private PrintService.Printed coverSheet(TaskView task, BureauFilingView filing, String[] studentAndClass,
                                            String note) {
        School school = schools.find(callers.get().requireSchool()).orElseThrow();
        Caller caller = callers.get();
        Instant now = clock.instant();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("送件事項", filing.titleZh()));
        rows.add(List.of("學生", studentAndClass[0] + (studentAndClass[1] == null ? "" : "（" + studentAndClass[1] + "）")));
        rows.add(List.of("辦理事項", task.dutyZh()));
        rows.add(List.of("依據", task.ruleId()));
        if (task.dueOn() != null) {
            rows.add(List.of("期限", RocDate.of(task.dueOn())));
        }
        rows.add(List.of("辦理人", caller.displayName()));
        rows.add(List.of("送件時間", RocDate.of(now)));
        rows.add(List.of("說明", note == null ? "" : note));
        Printout printout = new Printout(school.getName(), school.getAddress(), school.getPhone(), filing.titleZh(),
                "送件單（送局備查）", "送件 #" + filing.id(), true, List.of(Printout.Table.fields(rows)));
        var renderer = rendering.renderer();
        renderer.requireFont();
        var rendered = renderer.render(printout);
        return new PrintService.Printed(rendered.pdf(), "filing-" + filing.id() + ".pdf", rendered.pages());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), TaiwanTime.TAIPEI);
    }
}
