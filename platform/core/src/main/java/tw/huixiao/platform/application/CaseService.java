package tw.huixiao.platform.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import tw.huixiao.platform.application.InvalidInputException.FieldError;
import tw.huixiao.platform.application.audit.AccessEntry;
import tw.huixiao.platform.application.audit.AccessLogLine;
import tw.huixiao.platform.application.audit.AccessLogQuery;
import tw.huixiao.platform.application.audit.AccessLog;
import tw.huixiao.platform.application.audit.RecordType;
import tw.huixiao.platform.application.escalation.SchoolEscalation;
import tw.huixiao.platform.application.escalation.TaskService;
import tw.huixiao.platform.domain.casework.CaseRepository;
import tw.huixiao.platform.domain.casework.CaseSearch;
import tw.huixiao.platform.domain.casework.CaseStatus;
import tw.huixiao.platform.domain.casework.PolicyPin;
import tw.huixiao.platform.domain.casework.StudentCase;
import tw.huixiao.platform.domain.escalation.TaskView;
import tw.huixiao.platform.domain.identity.Role;
import tw.huixiao.platform.domain.school.School;
import tw.huixiao.platform.domain.school.SchoolRepository;
import tw.huixiao.platform.domain.student.Student;
import tw.huixiao.platform.application.escalation.EscalationStore;
import tw.huixiao.platform.application.escalation.TaskStore;
import tw.huixiao.platform.application.tenancy.Tenancy;
import tw.huixiao.platform.application.policy.Policies;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.detection.CaseCategory;
import tw.huixiao.policy.spi.detection.DetectionRule;
import tw.huixiao.policy.spi.timeline.CaseEvent;

/**
 * Cases (個案). A new case is pinned to the newest module version serving the school's
 * county, and keeps following that version's categories, timeline and forms until it closes
 * (policy SPI: version pinning) — a module deployed later only governs later cases.
 */
@ApplicationScoped
@Transactional
public class CaseService {

    @Inject
    SchoolCaller schoolCaller;

    public static final int MAX_PAGE_SIZE = 200;

    @Inject
    CallerProvider callers;

    @Inject
    Tenancy tenancy;

    @Inject
    CaseRepository cases;

    @Inject
    StudentAccess access;

    @Inject
    SchoolRepository schools;

    @Inject
    Policies policies;

    @Inject
    Clock clock;

    @Inject
    SchoolEscalation escalation;

    @Inject
    EscalationStore escalationStore;

    @Inject
    TaskStore tasks;

    @Inject
    TaskService taskService;

    @Inject
    AccessLog accessLog;

    public CaseView open(CaseInput input) {
        Caller caller = bindCaller();
        access.requireSomeStudentAccess(caller);
        List<FieldError> errors = new ArrayList<>();
        Student student = null;
        if (input.studentId() == null) {
            errors.add(new FieldError("studentId", "請指定學生 (studentId is required)"));
        } else {
            try {
                student = access.visible(input.studentId(), caller);
            } catch (RecordNotFoundException e) {
                errors.add(new FieldError("studentId", "查無此學生 (no such student)"));
            }
        }
        School school = schools.find(caller.requireSchool()).orElseThrow();
        CountyPolicy policy = policies.forCounty(school.getCounty()).orElseThrow(() -> new StateConflictException(
                "本校所屬縣市（" + school.getCounty() + "）尚無啟用的規範模組，無法開案 "
                        + "(no active policy module serves this school's county)"));
        Optional<CaseCategory> category = policy.categories().stream()
                .filter(c -> c.id().equals(input.categoryId())).findFirst();
        if (category.isEmpty()) {
            errors.add(new FieldError("categoryId", "個案類別應為 " + policy.categories().stream().map(CaseCategory::id)
                    .collect(Collectors.joining("、")) + " 之一 (category must be one of the county module's)"));
        }
        String note = input.note() == null || input.note().isBlank() ? null : input.note().trim();
        if (note != null && note.length() > 2000) {
            errors.add(new FieldError("note", "說明最多 2000 字 (note is at most 2000 characters)"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (cases.findOpen(student.getId(), input.categoryId()).isPresent()) {
            throw new StateConflictException("這位學生已有同類別的列管中個案 (the student already has an open case of this category)");
        }
        PolicyPin pin = new PolicyPin(policy.identity().id(), policy.identity().version());
        StudentCase opened = cases.add(new StudentCase(student.getId(), input.categoryId(), pin,
                LocalDate.now(clock), clock.instant(), caller.userId(), note));
        tenancy.tenant().flush();
        recordEvent(opened, CaseEvent.OPENED, clock.instant(), caller.userId(), note);
        accessLog.wrote(opened.getId(), RecordType.CASE, opened.getId(), "CREATE");
        return view(opened, student);
    }

    /**
     * Who opens a case by hand (a category detected by staff judgement, never by attendance): the
     * offices that judge it — 輔導室 (high care, adjustment, counselling referrals), 學務處 (deviant
     * behaviour, protective concerns, missing students) — and the principal. Teachers raise a
     * concern with them; registration offices only see attendance, which the detection handles.
     */
    public static final Set<Role> OPEN_BY_HAND = EnumSet.of(Role.COUNSELING, Role.STUDENT_AFFAIRS, Role.PRINCIPAL);

    /** Whether the caller may open a case by hand (the UI offers it only then; {@link #openByHand} checks again). */
    public boolean mayOpenByHand() {
        return callers.get().hasAny(OPEN_BY_HAND.toArray(Role[]::new));
    }

    /**
     * The categories of the school's county module that staff open by judgement
     * ({@link DetectionRule.ByStaff}): attendance-detected ones open themselves. Empty when the
     * module has none (e.g. a county whose every category comes from attendance).
     */
    public List<CaseCategory> categoriesOpenedByHand() {
        Caller caller = bindCaller();
        School school = schools.find(caller.requireSchool()).orElseThrow();
        return policies.forCounty(school.getCounty()).map(p -> p.categories().stream()
                .filter(c -> c.detection().stream().anyMatch(DetectionRule.ByStaff.class::isInstance)).toList())
                .orElse(List.of());
    }

    /**
     * Opens a case by hand, with its reason, through the same path as the API's {@link #open}: the
     * case is pinned to the module and its OPENED duties are laid out like any other case's.
     */
    public CaseView openByHand(CaseInput input) {
        bindCaller();
        if (!mayOpenByHand()) {
            throw new AccessDeniedException("個案由輔導室、學務處或校長開立 (cases are opened by counselling, student affairs "
                    + "or the principal)");
        }
        List<FieldError> errors = new ArrayList<>();
        if (input.categoryId() == null || categoriesOpenedByHand().stream().noneMatch(c -> c.id().equals(input.categoryId()))) {
            errors.add(new FieldError("categoryId", "請選擇由學校人員判斷開案的類別 (choose a category staff open by judgement)"));
        }
        if (input.note() == null || input.note().isBlank()) {
            errors.add(new FieldError("note", "請說明開案理由 (give the reason for opening the case)"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return open(input);
    }

    public CaseView get(long id) {
        Caller caller = bindCaller();
        StudentCase found = visible(id, caller, "READ");
        accessLog.read(id, RecordType.CASE, id);
        return view(found, access.visible(found.getStudentId(), caller));
    }

    public Page<CaseView> search(CaseStatus status, Long studentId, int page, int size) {
        Caller caller = bindCaller();
        access.requireSomeStudentAccess(caller);
        if (page < 0 || page > InputLimits.MAX_PAGE || size < 1 || size > MAX_PAGE_SIZE) {
            throw InvalidInputException.of("size", "每頁 1 至 " + MAX_PAGE_SIZE + " 筆，頁碼自 0 起 (size 1–"
                    + MAX_PAGE_SIZE + ", page 0–" + InputLimits.MAX_PAGE + ")");
        }
        CaseSearch search = search(caller, status, studentId, page * size, size);
        List<CaseView> items = cases.search(search).stream()
                .map(k -> view(k, access.visible(k.getStudentId(), caller))).toList();
        accessLog.listed(items.stream().map(CaseView::id).toList());
        return new Page<>(items, page, size, cases.count(search));
    }

    /**
     * The cases a list found (it checked the caller's access and logged the listing) as the API
     * shows a case, in the list's order.
     */
    public List<CaseView> views(List<Long> ids) {
        Caller caller = bindCaller();
        return ids.stream().map(id -> cases.find(id).orElseThrow(() -> new RecordNotFoundException("case", id)))
                .map(k -> view(k, caller)).toList();
    }

    /** The search the caller may make: a teacher's own class or mentored students unless the caller sees the school. */
    private CaseSearch search(Caller caller, CaseStatus status, Long studentId, int offset, int limit) {
        access.requireSomeStudentAccess(caller);
        boolean wholeSchool = access.seesWholeSchool(caller);
        return new CaseSearch(status, studentId,
                !wholeSchool && caller.has(Role.HOMEROOM_TEACHER) ? caller.userId() : null,
                !wholeSchool && caller.has(Role.MENTOR_TEACHER) ? caller.userId() : null, offset, limit);
    }

    /** Events staff record on a case; OPENED and CLOSED come from opening and closing it. */
    private static final Set<CaseEvent> RECORDABLE = EnumSet.complementOf(EnumSet.of(CaseEvent.OPENED, CaseEvent.CLOSED,
            CaseEvent.SEMESTER_STARTED, CaseEvent.TRANSFERRED_OUT));

    /** Records an event (dropout reported, re-enrolled, placed…) and lays out the duties it starts. */
    public CaseView recordEvent(long id, CaseEventInput input) {
        Caller caller = bindCaller();
        StudentCase found = visible(id, caller, "RECORD_EVENT");
        if (!caller.hasAny(StudentAccess.WHOLE_SCHOOL)) {
            throw refused(id, "RECORD_EVENT", "個案事件由處室人員或校長登錄 (offices or the principal record case events)");
        }
        CaseEvent event = null;
        try {
            event = CaseEvent.valueOf(input == null || input.event() == null ? "" : input.event().trim());
        } catch (IllegalArgumentException e) {
            // reported below
        }
        if (event == null || !RECORDABLE.contains(event)) {
            throw InvalidInputException.of("event", "事件應為 " + RECORDABLE.stream().map(Enum::name)
                    .collect(Collectors.joining("、")) + " 之一 (unknown event)");
        }
        if (found.getStatus() == CaseStatus.CLOSED) {
            throw new StateConflictException("此個案已結案 (the case is already closed)");
        }
        Instant at = clock.instant();
        if (event == CaseEvent.RETURNED) {
            found.recordReturn(LocalDate.ofInstant(at, clock.getZone()));
            tenancy.tenant().flush();
        }
        String note = input.note() == null || input.note().isBlank() ? null : input.note().trim();
        recordEvent(found, event, at, caller.userId(), note);
        accessLog.wrote(id, RecordType.CASE_EVENT, null, "RECORD_EVENT");
        return view(found, access.visible(found.getStudentId(), caller));
    }

    /** The facts the ladder branches on: whether the cause is known, whether there is danger (TY-D1-DANGER). */
    public CaseView updateFacts(long id, CaseFactsInput input) {
        Caller caller = bindCaller();
        StudentCase found = visible(id, caller, "UPDATE_FACTS");
        OptimisticLock.required(input == null ? null : input.version());
        OptimisticLock.check(EditedRecord.CASE, id, input.version(), found.getVersion());
        found.recordFacts(input.causeKnown(), Boolean.TRUE.equals(input.emergency()));
        OptimisticLock.flush(tenancy.tenant(), EditedRecord.CASE, id);
        accessLog.wrote(id, RecordType.CASE, id, "UPDATE_FACTS");
        return view(found, access.visible(found.getStudentId(), caller));
    }

    /** The tasks laid out for the case, oldest first. */
    public List<TaskView> tasks(long id) {
        Caller caller = bindCaller();
        visible(id, caller, "READ");
        accessLog.read(id, RecordType.TASK, null);
        return taskService.ofCase(id);
    }

    /** Records the event and lays out the duties it starts (the case must still be open). */
    public void recordEvent(StudentCase k, CaseEvent event, Instant at, long by, String note) {
        escalationStore.recordCaseEvent(callers.get().requireSchool(), k.getId(), event.name(), at, by, note);
        escalation.onCaseEvent(callers.get().requireSchool(), k.getId(), event, at, LocalDate.ofInstant(at, clock.getZone()));
    }

    /** The module version the case follows, for its timeline and forms. */
    public CountyPolicy pinnedPolicy(long id) {
        Caller caller = bindCaller();
        return policyOf(visible(id, caller, "READ"));
    }

    /** The module version the case follows; refused while that version is not loaded. */
    public CountyPolicy policyOf(StudentCase found) {
        PolicyPin pin = found.getPolicyPin();
        return policies.find(pin.policyId(), pin.version()).orElseThrow(() -> new StateConflictException(
                "此個案依據的規範模組版本 " + pin + " 目前未載入，請平台管理者重新部署該版本 "
                        + "(the module version this case follows is not loaded; redeploy it)"));
    }

    public Caller bindCaller() {
        return schoolCaller.bind();
    }

    /**
     * A case is visible exactly when its student is. An invisible case — another school's, a
     * homeroom teacher's look at another class — answers "not found", and the attempt is logged.
     */
    public StudentCase visible(long id, Caller caller, String action) {
        Optional<StudentCase> found = cases.find(id);
        try {
            found.ifPresent(k -> access.visible(k.getStudentId(), caller));
        } catch (RecordNotFoundException e) {
            found = Optional.empty();
        }
        if (found.isEmpty()) {
            accessLog.refused(id, RecordType.CASE, id, action, "查無個案或無權檢視 (no such case visible to the caller)");
            throw new RecordNotFoundException("case", id);
        }
        return found.get();
    }

    /** The access log of a case: for the counselling office (輔導主任) and the principal. */
    public List<AccessEntry> accessLog(long id) {
        Caller caller = bindCaller();
        visible(id, caller, "READ_ACCESS_LOG");
        if (!caller.hasAny(Role.COUNSELING, Role.PRINCIPAL)) {
            throw refused(id, "READ_ACCESS_LOG", "個案存取紀錄僅供輔導室與校長查閱 (the access log is for counselling and the principal)");
        }
        accessLog.read(id, RecordType.ACCESS_LOG, null);
        return accessLog.forCase(caller.requireSchool(), id);
    }

    /**
     * A page of the case's access log for the screen (names, no addresses), filtered; the read is
     * logged once, with the first page, not again for every page the grid scrolls to.
     */
    public List<AccessLogLine> accessLogPage(long id, AccessLogQuery query, int offset, int limit) {
        Caller caller = accessLogReader(id);
        if (offset == 0) {
            accessLog.read(id, RecordType.ACCESS_LOG, null);
        }
        return accessLog.casePage(caller.requireSchool(), id, query, offset, limit);
    }

    public int accessLogCount(long id, AccessLogQuery query) {
        return accessLog.caseCount(accessLogReader(id).requireSchool(), id, query);
    }

    private Caller accessLogReader(long id) {
        Caller caller = bindCaller();
        visible(id, caller, "READ_ACCESS_LOG");
        if (!caller.hasAny(Role.COUNSELING, Role.PRINCIPAL)) {
            throw refused(id, "READ_ACCESS_LOG", "個案存取紀錄僅供輔導室與校長查閱 (the access log is for counselling and the principal)");
        }
        return caller;
    }

    private AccessDeniedException refused(long caseId, String action, String message) {
        accessLog.refused(caseId, RecordType.CASE, caseId, action, message);
        return new AccessDeniedException(message);
    }

    /** The case as shown to the caller, who may see its student. */
    public CaseView view(StudentCase k, Caller caller) {
        return view(k, access.visible(k.getStudentId(), caller));
    }

    private CaseView view(StudentCase k, Student student) {
        PolicyPin pin = k.getPolicyPin();
        Optional<CountyPolicy> policy = policies.find(pin.policyId(), pin.version());
        Optional<CaseCategory> category = policy.flatMap(p -> p.categories().stream()
                .filter(c -> c.id().equals(k.getCategoryId())).findFirst());
        return new CaseView(k.getId(), student.getId(), student.getName(), k.getCategoryId(),
                category.map(c -> c.name().zhTw()).orElse(null), category.map(c -> c.name().en()).orElse(null),
                k.getStatus(), k.getOpenedOn(), k.getOpenedAt(), k.getOpeningNote().orElse(null),
                k.getClosedAt().orElse(null), k.getClosingNote().orElse(null),
                new CaseView.PinnedPolicy(pin.policyId(), pin.version().toString(),
                        policy.map(p -> p.identity().displayName().zhTw()).orElse(null),
                        policy.map(p -> p.identity().displayName().en()).orElse(null), policy.isPresent()),
                k.getReturnedOn().orElse(null), k.getCauseKnown().orElse(null), k.isEmergency(), k.isOpenedByEngine(),
                k.getVersion(), category.map(CaseCategory::kind).orElse(null), k.getState(), k.getStateSince(),
                k.getTier(), k.getHomeroomTeacherId().orElse(null), k.getMentorTeacherId().orElse(null),
                k.getCounsellorId().orElse(null), k.getCaseManagerId().orElse(null));
    }
}
