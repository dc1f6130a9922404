package tw.huixiao.platform.application.isp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import tw.huixiao.platform.application.Caller;
import tw.huixiao.platform.application.CallerProvider;
import tw.huixiao.platform.application.EditedRecord;
import tw.huixiao.platform.application.OptimisticLock;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.InvalidInputException.FieldError;
import tw.huixiao.platform.application.RecordNotFoundException;
import tw.huixiao.platform.application.StateConflictException;
import tw.huixiao.platform.application.StudentAccess;
import tw.huixiao.platform.application.audit.AccessLog;
import tw.huixiao.platform.application.audit.RecordType;
import tw.huixiao.platform.application.casework.CaseworkAccess;
import tw.huixiao.platform.application.casework.CaseworkAccess.OnCase;
import tw.huixiao.platform.domain.identity.Role;
import tw.huixiao.platform.domain.isp.IspBudget;
import tw.huixiao.platform.domain.isp.IspPlan;
import tw.huixiao.platform.domain.isp.IspState;
import tw.huixiao.platform.domain.isp.IspTimetable;
import tw.huixiao.platform.domain.school.School;
import tw.huixiao.platform.domain.school.SchoolRepository;
import tw.huixiao.platform.application.casework.IspStore;
import tw.huixiao.platform.application.casework.MeetingStore;
import tw.huixiao.platform.application.escalation.TaskStore;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.casework.PlanFiling;
import tw.huixiao.policy.spi.funding.FundingPolicy;
import tw.huixiao.policy.spi.funding.PlanCap;
import tw.huixiao.policy.spi.timeline.CaseEvent;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/**
 * Tainan's individualised support plan (ISP, seed 004; issue 7 items 1–2) as a record of a case.
 * The counselling office, academic affairs or the homeroom teacher (TN-WHEN) write a draft; every
 * save checks the plan field by field, refuses timetable conflicts naming the cell (within the
 * plan and against the school's other plans in progress), and computes the budget from the plan
 * with the case's module's funding rules, listing every violation with its rule id. A draft may
 * break funding rules; submission to the school's review (輔導室) may not — over the per-case cap
 * (the module's {@code planCap()}, e.g. Tainan's TN-F-CAP) the refusal points to the module's other route. The principal approves (PLAN_APPROVED:
 * the module's filing and monthly duties) or returns it; the counselling office records the
 * bureau filing (completing the filing task) and the completion (PLAN_COMPLETED: the expense
 * statement within a month, TN-REPORT). Every read, write and refusal is in the access log (ISP).
 */
@ApplicationScoped
@Transactional
public class IspService {

    private static final Jsonb JSON = JsonbBuilder.create();

    /** Who writes a plan: the counselling office, academic affairs (timetable, teachers), the homeroom teacher (TN-WHEN). */
    static final Role[] EDITORS = {Role.COUNSELING, Role.ACADEMIC_AFFAIRS, Role.HOMEROOM_TEACHER};
    /** Who submits, files, completes and withdraws: the counselling office. */
    static final Role[] COUNSELLING = {Role.COUNSELING};
    /** Who decides the school's review: the principal. */
    static final Role[] PRINCIPAL = {Role.PRINCIPAL};

    @Inject
    CaseworkAccess access;

    @Inject
    CallerProvider callers;

    @Inject
    IspStore store;

    @Inject
    MeetingStore meetings;

    @Inject
    SchoolRepository schools;

    @Inject
    TaskStore tasks;

    @Inject
    AccessLog accessLog;

    @Inject
    StudentAccess studentAccess;

    private record Checked(IspPlan plan, IspBudget.Computed budget, Map<Long, String> students) {
    }

    private record Funding(FundingPolicy.Rules rules, School school, String module) {
    }

    private record Evaluation(IspPlan plan, IspBudget.Computed budget, Map<Long, String> students,
                              List<FieldError> errors) {
    }

    public IspView create(long caseId, IspInput input) {
        OnCase on = access.onCase(caseId, "CREATE_ISP");
        requireEditor(on, null, "CREATE");
        access.requireOpen(on);
        Funding funding = funding(on);
        store.lockTimetables(on.schoolId());
        store.inProgress(on.schoolId(), caseId).ifPresent(existing -> {
            throw new StateConflictException("此個案已有進行中的 ISP #" + existing + "，請修改該計畫或先撤回 "
                    + "(the case already has a plan in progress: edit it or withdraw it first)");
        });
        Checked checked = check(on, input, funding, null);
        Instant now = access.now();
        long id = store.insert(on.schoolId(), caseId, checked.plan(), checked.budget().total(), now, on.caller().userId());
        store.replaceCells(on.schoolId(), id, checked.plan());
        store.insertTransition(on.schoolId(), id, null, IspState.DRAFT, null, now, on.caller().userId());
        accessLog.wrote(caseId, RecordType.ISP, id, "CREATE");
        return view(on, find(on, id, "CREATE"), funding, checked);
    }

    public List<IspView> list(long caseId) {
        return access.read(caseId, "READ_ISPS", RecordType.ISP, null, on -> {
            List<IspStore.Plan> plans = store.ofCase(on.schoolId(), caseId);
            Funding funding = plans.isEmpty() ? null : funding(on);
            return plans.stream().map(p -> view(on, p, funding, null)).toList();
        });
    }

    public IspView get(long caseId, long id) {
        return get(caseId, id, "READ");
    }

    /** The plan as {@link #get} shows it (budget computed the same way), logged as {@code action}, e.g. PRINT. */
    public IspView get(long caseId, long id, String action) {
        OnCase on = access.onCase(caseId, action + "_ISP");
        IspStore.Plan plan = find(on, id, action);
        IspView view = view(on, plan, funding(on), null);
        accessLog.wrote(caseId, RecordType.ISP, id, action);
        return view;
    }

    /** The budget computed from the plan as it stands, with every violation. */
    public BudgetView budget(long caseId, long id) {
        return access.read(caseId, "READ_ISP_BUDGET", RecordType.ISP, id, on -> {
            IspStore.Plan plan = find(on, id, "READ_BUDGET");
            Funding funding = funding(on);
            return budgetView(funding, compute(on, plan.content(), funding, students(on, plan.content())));
        });
    }

    /**
     * Whether the case's pinned module has an ISP: per-case funding rules to compute its budget
     * with (Tainan's); the UI offers the plan only then.
     */
    public boolean available(long caseId) {
        OnCase on = access.onCase(caseId, "READ_ISPS");
        return access.policyOf(on).funding() instanceof FundingPolicy.Rules;
    }

    /**
     * The cap the case's pinned module puts on one plan's budget and the route it offers above it
     * (SPI 1.6 {@code planCap()}), if it caps plans; the editor tells the school before it submits.
     */
    public Optional<PlanCap> planCap(long caseId) {
        OnCase on = access.onCase(caseId, "READ_ISPS");
        return access.policyOf(on).planCap();
    }

    /**
     * The plan as an editor is writing it, checked and computed without saving anything: every
     * error the save would answer (field problems, timetable conflicts naming their cells), the
     * budget with its violations whenever the plan can be typed, and each student's own
     * timetable. {@code id}: the plan being edited (its own cells are not conflicts), null for a
     * new one. Logged as a PREVIEW of the case's ISP.
     */
    public IspPreview preview(long caseId, Long id, IspInput input) {
        OnCase on = access.onCase(caseId, "PREVIEW_ISP");
        if (id != null) {
            find(on, id, "PREVIEW");
        }
        requireEditor(on, id, "PREVIEW");
        Funding funding = funding(on);
        Evaluation evaluation = evaluate(on, input, funding, id);
        accessLog.wrote(caseId, RecordType.ISP, id, "PREVIEW");
        IspPlan plan = evaluation.plan();
        return new IspPreview(evaluation.budget() == null ? null : budgetView(funding, evaluation.budget()),
                evaluation.errors(), plan == null ? List.of() : studentTimetables(plan, evaluation.students()));
    }

    /**
     * What the caller may do with a plan in this state: edit the draft (DRAFT also stands for a
     * new plan) or take the steps the state allows and the caller's roles hold.
     */
    public Set<IspStep> stepsFor(IspState state) {
        Caller caller = callers.get();
        Set<IspStep> steps = EnumSet.noneOf(IspStep.class);
        if (state == IspState.DRAFT && caller.hasAny(EDITORS)) {
            steps.add(IspStep.EDIT);
        }
        if (caller.hasAny(COUNSELLING)) {
            if (state.next().contains(IspState.SUBMITTED)) {
                steps.add(IspStep.SUBMIT);
            }
            if (state.next().contains(IspState.FILED)) {
                steps.add(IspStep.FILE);
            }
            if (state.next().contains(IspState.COMPLETED)) {
                steps.add(IspStep.COMPLETE);
            }
            if (state.next().contains(IspState.WITHDRAWN)) {
                steps.add(IspStep.WITHDRAW);
            }
        }
        if (caller.hasAny(PRINCIPAL) && state.next().contains(IspState.APPROVED)) {
            steps.add(IspStep.APPROVE);
            steps.add(IspStep.RETURN);
        }
        return steps;
    }

    /** Replaces a draft; send the version read. */
    public IspView update(long caseId, long id, IspInput input) {
        OnCase on = access.onCase(caseId, "UPDATE_ISP");
        IspStore.Plan plan = find(on, id, "UPDATE");
        requireEditor(on, id, "UPDATE");
        access.requireOpen(on);
        requireState(plan, IspState.DRAFT, "修改 (edit)");
        OptimisticLock.required(input == null ? null : input.version());
        Funding funding = funding(on);
        store.lockTimetables(on.schoolId());
        Checked checked = check(on, input, funding, id);
        Instant now = access.now();
        OptimisticLock.written(store.update(on.schoolId(), id, input.version(), checked.plan(), checked.budget().total(), now,
                on.caller().userId()), EditedRecord.ISP, id);
        store.replaceCells(on.schoolId(), id, checked.plan());
        accessLog.wrote(caseId, RecordType.ISP, id, "UPDATE");
        return view(on, find(on, id, "UPDATE"), funding, checked);
    }

    /**
     * Submits the draft to the school's review. Refused (400) while the team, the meetings or the
     * teachers' papers are missing, and (409) while the computed budget breaks a funding rule —
     * the draft is kept.
     */
    public IspView submit(long caseId, long id, IspInput.Step step) {
        OnCase on = access.onCase(caseId, "SUBMIT_ISP");
        IspStore.Plan plan = find(on, id, "SUBMIT");
        access.require(on, COUNSELLING, RecordType.ISP, id, "SUBMIT",
                "ISP 由輔導室送校內審查 (the counselling office submits the plan)");
        access.requireOpen(on);
        requireStep(plan, IspState.SUBMITTED);
        OptimisticLock.required(step == null ? null : step.version());
        List<FieldError> missing = IspChecks.readyToSubmit(plan.content(), access.policyOf(on).planRequirements());
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        Funding funding = funding(on);
        IspBudget.Computed budget = compute(on, plan.content(), funding, students(on, plan.content()));
        BudgetView view = budgetView(funding, budget);
        if (plan.content().fundingRequested() && !budget.fundable()) {
            Optional<PlanCap> cap = access.policyOf(on).planCap().filter(c -> budget.breaks(c.ruleId().value()));
            String reason = refusal(budget, cap);
            String ruleId = cap.map(c -> c.ruleId().value()).orElse(budget.violations().get(0).ruleId());
            accessLog.refused(caseId, RecordType.ISP, id, "SUBMIT", reason);
            throw new FundingRefusedException(ruleId, reason, view.violations());
        }
        Instant now = access.now();
        move(on, plan, step.version(), IspState.SUBMITTED, note(step), now);
        store.submittedBudget(on.schoolId(), id, JSON.toJson(view), budget.total());
        accessLog.wrote(caseId, RecordType.ISP, id, "SUBMIT");
        return view(on, find(on, id, "SUBMIT"), funding, null);
    }

    /** The principal approves the submitted plan (the school's ISP review): the module's PLAN_APPROVED duties arise. */
    public IspView approve(long caseId, long id, IspInput.Step step) {
        Stepping stepping = stepping(caseId, id, "APPROVE", true, IspState.APPROVED, step == null ? null : step.version());
        OnCase on = stepping.on();
        IspStore.Plan plan = stepping.plan();
        Instant now = access.now();
        move(on, plan, step.version(), IspState.APPROVED, note(step), now);
        access.caseEvent(on, CaseEvent.PLAN_APPROVED, now, "isp" + id, "ISP #" + id + " 校內審查通過 (approved)");
        return stepped(on, caseId, id, "APPROVE");
    }

    /** The principal returns the submitted plan to a draft, with the reason. */
    public IspView returnForRevision(long caseId, long id, IspInput.Step step) {
        Stepping stepping = stepping(caseId, id, "RETURN", true, IspState.DRAFT, step == null ? null : step.version());
        OnCase on = stepping.on();
        IspStore.Plan plan = stepping.plan();
        String reason = requireNote(step, "請說明退回修正的理由 (the reason for returning the plan)");
        move(on, plan, step.version(), IspState.DRAFT, reason, access.now());
        return stepped(on, caseId, id, "RETURN");
    }

    /** Records that the approved plan was sent to the bureau (送本局備查), completing the filing task. */
    public IspView file(long caseId, long id, IspInput.Filing filing) {
        Stepping stepping = stepping(caseId, id, "FILE", false, IspState.FILED, filing == null ? null : filing.version());
        OnCase on = stepping.on();
        IspStore.Plan plan = stepping.plan();
        List<FieldError> errors = new ArrayList<>();
        if (filing.filedOn() == null || filing.filedOn().isAfter(access.today())) {
            errors.add(new FieldError("filedOn", "請填寫送教育局備查日期（不可在未來） (the filing date, not in the future)"));
        }
        String reference = filing.reference() == null || filing.reference().isBlank() ? null : filing.reference().strip();
        if (reference == null || reference.length() > 100) {
            errors.add(new FieldError("reference", "請填寫函文文號 (the letter's reference number)"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Instant now = access.now();
        // The date and reference first: a filed plan always has them (V10); a stale version rolls both back.
        store.filed(on.schoolId(), id, filing.filedOn(), reference);
        move(on, plan, filing.version(), IspState.FILED, "送教育局備查 " + filing.filedOn() + " " + reference, now);
        // The module's filing document (SPI 1.6 planFiling(), e.g. a 送本局備查 letter): its open duties are done now.
        Optional<PlanFiling> filingDocument = access.policyOf(on).planFiling();
        List<IspStore.OpenTask> filingTasks = filingDocument.isEmpty() ? List.of()
                : store.openTasksProducing(on.schoolId(), caseId, filingDocument.get().documentKind());
        for (IspStore.OpenTask task : filingTasks) {
            OptimisticLock.written(tasks.complete(on.schoolId(), task.id(), task.version(), false, on.caller().userId(), now,
                    "ISP #" + id + " 已送教育局備查（" + filing.filedOn() + "，" + reference + "）", "isps/" + id), EditedRecord.TASK, task.id());
            accessLog.wrote(caseId, RecordType.TASK, task.id(), "COMPLETE");
        }
        return stepped(on, caseId, id, "FILE");
    }

    /**
     * Records that the plan was carried out (辦理完畢) on a day: the module's PLAN_COMPLETED duties
     * arise from that day — the expense statement and results within a month (TN-REPORT).
     */
    public IspView complete(long caseId, long id, IspInput.Completion completion) {
        Stepping stepping = stepping(caseId, id, "COMPLETE", false, IspState.COMPLETED, completion == null ? null : completion.version());
        OnCase on = stepping.on();
        IspStore.Plan plan = stepping.plan();
        LocalDate day = completion.completedOn();
        if (day == null || day.isAfter(access.today()) || plan.filedOn() != null && day.isBefore(plan.filedOn())) {
            throw InvalidInputException.of("completedOn", "請填寫辦理完畢日期：不可在未來，也不可早於送備查日期 "
                    + "(the completion date: not in the future, not before the filing)");
        }
        Instant now = access.now();
        String note = completion.note() == null || completion.note().isBlank() ? null : completion.note().strip();
        store.completed(on.schoolId(), id, day);
        move(on, plan, completion.version(), IspState.COMPLETED, note, now);
        access.caseEvent(on, CaseEvent.PLAN_COMPLETED, access.momentOf(day), "isp" + id,
                "ISP #" + id + " 辦理完畢 (completed)");
        return stepped(on, caseId, id, "COMPLETE");
    }

    /** Withdraws a draft or a submitted plan, with the reason; its timetable slots are freed. */
    public IspView withdraw(long caseId, long id, IspInput.Step step) {
        Stepping stepping = stepping(caseId, id, "WITHDRAW", false, IspState.WITHDRAWN, step == null ? null : step.version());
        OnCase on = stepping.on();
        IspStore.Plan plan = stepping.plan();
        String reason = requireNote(step, "請說明撤回理由 (the reason for withdrawing)");
        move(on, plan, step.version(), IspState.WITHDRAWN, reason, access.now());
        return stepped(on, caseId, id, "WITHDRAW");
    }

    // ---- checks ------------------------------------------------------------------------------

    /**
     * The plan as sent, checked: the typed plan (null when a field needed to type it is wrong),
     * its budget (null without a plan) and every error at once — field problems, timetable
     * conflicts (within the plan and against the school's other plans in progress) and what the
     * budget cannot be computed without.
     */
    private Evaluation evaluate(OnCase on, IspInput input, Funding funding, Long planId) {
        Set<Long> studentIds = new LinkedHashSet<>();
        studentIds.add(on.kase().getStudentId());
        Set<Long> userIds = new LinkedHashSet<>();
        if (input != null) {
            nonNull(input.timetable()).stream().filter(Objects::nonNull).forEach(c -> nonNull(c.studentIds()).stream()
                    .filter(Objects::nonNull).forEach(studentIds::add));
            nonNull(input.visits()).stream().filter(Objects::nonNull).map(IspInput.Visit::studentId)
                    .filter(Objects::nonNull).forEach(studentIds::add);
            nonNull(input.team()).stream().filter(Objects::nonNull).map(IspInput.TeamMember::userId)
                    .filter(Objects::nonNull).forEach(userIds::add);
            nonNull(input.teachers()).stream().filter(Objects::nonNull).map(IspInput.Teacher::userId)
                    .filter(Objects::nonNull).forEach(userIds::add);
        }
        Map<Long, String> students = visibleOnly(on, store.studentNames(on.schoolId(), studentIds));
        Set<Long> staff = meetings.staff(on.schoolId(), userIds).keySet();
        Set<Long> needs = store.needsMeetings(on.schoolId(), on.caseId()).stream().map(IspStore.NeedsMeeting::id)
                .collect(Collectors.toSet());
        List<FieldError> errors = new ArrayList<>();
        IspPlan plan = IspChecks.check(input, new IspChecks.Context(access.today(), students, staff, needs), errors);
        IspBudget.Computed budget = null;
        if (plan != null) {
            List<IspTimetable.OtherCell> others = store.otherCells(on.schoolId(), planId, plan.term().startsOn(),
                    plan.term().lastDay());
            errors.addAll(IspChecks.conflicts(plan, IspTimetable.conflicts(plan, others), s -> name(students, s),
                    studentAccess.seesWholeSchool(on.caller())));
            budget = compute(on, plan, funding, students);
            budget.problems().forEach(p -> errors.add(new FieldError(p.field(), p.message())));
        }
        return new Evaluation(plan, budget, students, errors);
    }

    /** The plan as sent, or the 400 listing every error; nothing is written. */
    private Checked check(OnCase on, IspInput input, Funding funding, Long planId) {
        Evaluation evaluation = evaluate(on, input, funding, planId);
        if (!evaluation.errors().isEmpty()) {
            throw new InvalidInputException(evaluation.errors());
        }
        return new Checked(evaluation.plan(), evaluation.budget(), evaluation.students());
    }

    private IspBudget.Computed compute(OnCase on, IspPlan plan, Funding funding, Map<Long, String> students) {
        return IspBudget.compute(plan, on.kase().getStudentId(), funding.rules(), funding.school().profile(),
                s -> name(students, s));
    }

    private Map<Long, String> students(OnCase on, IspPlan plan) {
        Set<Long> ids = new LinkedHashSet<>(plan.students(on.kase().getStudentId()));
        plan.visits().forEach(v -> ids.add(v.studentId()));
        return store.studentNames(on.schoolId(), ids);
    }

    /** The case's module's per-case funding rules; a county without them has no ISP (TN-WHO is Tainan's). */
    private Funding funding(OnCase on) {
        CountyPolicy policy = access.policyOf(on);
        School school = schools.find(on.schoolId()).orElseThrow();
        String module = on.kase().getPolicyPin().policyId() + " " + on.kase().getPolicyPin().version();
        if (policy.funding() instanceof FundingPolicy.Rules rules) {
            return new Funding(rules, school, module);
        }
        String why = policy.funding() instanceof FundingPolicy.NoPerCaseFunding none
                ? "：" + none.reason().zhTw() + " (" + none.reason().en() + ")" : "";
        throw new StateConflictException("此個案依據的規範（" + module + "）未訂每案經費規定，無 ISP 預算可計算" + why
                + " (the case's module has no per-case funding rules for an ISP budget)");
    }

    private void requireEditor(OnCase on, Long id, String action) {
        access.require(on, EDITORS, RecordType.ISP, id, action,
                "ISP 由輔導室、教務處或導師撰寫 (the counselling office, academic affairs or the homeroom teacher write the plan)");
    }

    /** The case and the plan for a step of its life, once the step's office, the plan's state and the version allow it. */
    private record Stepping(OnCase on, IspStore.Plan plan) {
    }

    private Stepping stepping(long caseId, long id, String action, boolean byPrincipal, IspState target, Long version) {
        OnCase on = access.onCase(caseId, action + "_ISP");
        IspStore.Plan plan = find(on, id, action);
        if (byPrincipal) {
            requirePrincipal(on, id, action);
        } else {
            requireCounselling(on, id, action);
        }
        requireStep(plan, target);
        OptimisticLock.required(version);
        return new Stepping(on, plan);
    }

    /** The step is logged and the plan answered as it now stands. */
    private IspView stepped(OnCase on, long caseId, long id, String action) {
        accessLog.wrote(caseId, RecordType.ISP, id, action);
        return view(on, find(on, id, action), funding(on), null);
    }

    private void requirePrincipal(OnCase on, long id, String action) {
        access.require(on, PRINCIPAL, RecordType.ISP, id, action,
                "ISP 由校長核定校內審查結果 (the principal decides the school's review)");
    }

    private void requireCounselling(OnCase on, long id, String action) {
        access.require(on, COUNSELLING, RecordType.ISP, id, action,
                "這一步由輔導室辦理 (the counselling office does this)");
    }

    private static void requireState(IspStore.Plan plan, IspState state, String what) {
        if (plan.state() != state) {
            throw new StateConflictException("ISP #" + plan.id() + " 目前為「" + plan.state().label().zhTw() + "」，只有草稿可以"
                    + what + " (only a draft can be changed; this plan is " + plan.state() + ")");
        }
    }

    private static void requireStep(IspStore.Plan plan, IspState to) {
        if (!plan.state().next().contains(to)) {
            String possible = plan.state().next().stream().map(Enum::name).sorted().collect(Collectors.joining("、"));
            throw new StateConflictException("ISP #" + plan.id() + " 目前為「" + plan.state().label().zhTw() + "」，不能改為「"
                    + to.label().zhTw() + "」；可進行：" + (possible.isEmpty() ? "無" : possible) + " (" + plan.state() + " → "
                    + to + " is not possible; possible: " + (possible.isEmpty() ? "none" : possible) + ")");
        }
    }

    private static String requireNote(IspInput.Step step, String message) {
        String note = note(step);
        if (note == null) {
            throw InvalidInputException.of("note", message);
        }
        return note;
    }

    private static String note(IspInput.Step step) {
        if (step == null || step.note() == null || step.note().isBlank()) {
            return null;
        }
        String note = step.note().strip();
        if (note.length() > IspChecks.MAX_TEXT) {
            throw InvalidInputException.of("note", "最多 " + IspChecks.MAX_TEXT + " 字 (at most " + IspChecks.MAX_TEXT
                    + " characters)");
        }
        return note;
    }

    private void move(OnCase on, IspStore.Plan plan, long version, IspState to, String note, Instant now) {
        OptimisticLock.written(store.move(on.schoolId(), plan.id(), version, plan.state(), to, now, on.caller().userId()), EditedRecord.ISP, plan.id());
        store.insertTransition(on.schoolId(), plan.id(), plan.state(), to, note, now, on.caller().userId());
    }

    private static String refusal(IspBudget.Computed budget, Optional<PlanCap> overCap) {
        String all = budget.violations().stream().map(v -> v.message().zhTw()).distinct()
                .collect(Collectors.joining("；"));
        String allEn = budget.violations().stream().map(v -> v.message().en()).distinct()
                .collect(Collectors.joining("; "));
        if (overCap.isPresent()) {
            PlanCap cap = overCap.get();
            String amount = String.format("%,d", cap.amount().setScale(0, java.math.RoundingMode.HALF_UP).longValueExact());
            return "本計畫經費 " + money(budget) + " 元超過每案 " + amount + " 元上限（" + cap.ruleId() + "），不能送審，草稿已保留；"
                    + cap.otherRoute().zhTw() + all
                    + " (over the " + amount + " per-case cap (" + cap.ruleId() + "): the plan cannot be submitted and stays "
                    + "a draft. " + cap.otherRoute().en() + " " + allEn + ")";
        }
        return "經費不符規定，不能送審，草稿已保留：" + all + " (the budget breaks funding rules; the plan stays a draft: "
                + allEn + ")";
    }

    private static String money(IspBudget.Computed budget) {
        return String.format("%,d", budget.total().setScale(0, java.math.RoundingMode.HALF_UP).longValueExact());
    }

    private IspStore.Plan find(OnCase on, long id, String action) {
        return store.find(on.schoolId(), on.caseId(), id).orElseThrow(() -> {
            accessLog.refused(on.caseId(), RecordType.ISP, id, action, "查無此 ISP (no such plan on this case)");
            return new RecordNotFoundException("isp", id);
        });
    }

    // ---- views -------------------------------------------------------------------------------

    private static BudgetView budgetView(Funding funding, IspBudget.Computed budget) {
        return BudgetView.of(funding.module(), funding.school().getLevel().name(), funding.school().isRemoteArea(), budget);
    }

    private IspView view(OnCase on, IspStore.Plan stored, Funding funding, Checked checked) {
        IspPlan plan = stored.content();
        Map<Long, String> students = checked != null ? checked.students() : students(on, plan);
        IspBudget.Computed budget = checked != null ? checked.budget() : compute(on, plan, funding, students);
        List<IspStore.NeedsMeeting> caseMeetings = store.needsMeetings(on.schoolId(), on.caseId());
        Map<Long, Integer> numbers = new HashMap<>();
        for (int i = 0; i < caseMeetings.size(); i++) {
            numbers.put(caseMeetings.get(i).id(), i + 1);
        }
        List<IspView.Meeting> needs = caseMeetings.stream().filter(m -> plan.needsMeetingIds().contains(m.id()))
                .map(m -> new IspView.Meeting(m.id(), numbers.get(m.id()), m.heldOn())).toList();
        List<IspView.Teacher> teachers = new ArrayList<>();
        for (int i = 0; i < plan.teachers().size(); i++) {
            IspPlan.Teacher t = plan.teachers().get(i);
            List<String> courses = plan.timetable().stream().filter(c -> c.teacher().equals(t.name()))
                    .map(IspPlan.Cell::course).distinct().toList();
            teachers.add(new IspView.Teacher(i + 1, t.name(), t.type().name(), t.type().label(), t.type().source(), courses,
                    t.jobTitle(), t.reason(), t.qualification(), t.registryCheckedOn() != null, t.registryCheckedOn(),
                    t.agreedRate(), t.reducedLoad(), t.centreStaff(), t.bureauConsent(), t.userId()));
        }
        return new IspView(stored.id(), stored.caseId(), on.kase().getStudentId(), stored.state().name(),
                stored.state().label(), stored.state().next().stream().map(Enum::name).sorted().toList(),
                new IspView.Term(plan.term().label(), plan.term().startsOn(), plan.term().weeks(),
                        plan.term().lastSchoolDay(), plan.term().months()),
                plan.team().stream().map(m -> new IspView.TeamMember(m.role().name(), m.role().label(), m.name(), m.userId(),
                        m.duties() != null ? m.duties() : m.role().duties().zhTw())).toList(),
                needs,
                plan.services().stream().map(s -> new IspView.Service(s.area().name(), s.area().label(), s.item(),
                        s.method(), s.provider(), s.revision())).toList(),
                plan.measures(), teachers,
                plan.timetable().stream().map(c -> new IspView.Cell(c.day().name(), c.period().code(), c.period().label(),
                        c.course(), c.teacher(), c.studentIds().stream()
                        .map(s -> new IspView.Student(s, name(students, s))).toList())).toList(),
                rows(IspTimetable.overview(plan.timetable(), s -> name(students, s))),
                studentTimetables(plan, students),
                plan.visits().stream().map(v -> new IspView.Visit(v.date(), v.counsellor(), v.studentId(),
                        name(students, v.studentId()), v.distanceKm(), v.minutes(), v.note())).toList(),
                plan.extras(), plan.fundingRequested(), budgetView(funding, budget),
                store.transitions(on.schoolId(), stored.id()).stream().map(t -> new IspView.Step(t.from(), t.to(), t.note(),
                        t.at(), t.by(), t.byName())).toList(),
                stored.submittedAt(), stored.submittedBy(), stored.decidedAt(), stored.decidedBy(), stored.filedOn(),
                stored.filingReference(), stored.completedOn(), stored.createdAt(), stored.createdBy(),
                stored.updatedAt(), stored.updatedBy(), stored.version());
    }

    private static List<IspView.StudentTimetable> studentTimetables(IspPlan plan, Map<Long, String> students) {
        return IspTimetable.perStudent(plan.timetable()).stream().map(t -> new IspView.StudentTimetable(t.studentId(),
                name(students, t.studentId()), rows(t.rows()))).toList();
    }

    private static List<IspView.Row> rows(List<IspTimetable.Row> rows) {
        return rows.stream().map(r -> new IspView.Row(r.period().code(), r.period().label(), r.days())).toList();
    }

    /**
     * Need-to-know (issue 18 §5): of the student ids a plan carries, only those the caller may see
     * (StudentAccess) count as students; any other id — another class's child for a homeroom
     * teacher — is answered like an id nobody has, never with a name.
     */
    private Map<Long, String> visibleOnly(OnCase on, Map<Long, String> students) {
        Map<Long, String> visible = new java.util.LinkedHashMap<>();
        students.forEach((id, name) -> {
            try {
                studentAccess.visible(id, on.caller());
                visible.put(id, name);
            } catch (RecordNotFoundException hidden) {
                // left out: the checks report it as not a student the caller may name
            }
        });
        return visible;
    }

    private static String name(Map<Long, String> students, Long id) {
        String name = id == null ? null : students.get(id);
        return name != null ? name : "#" + id;
    }

    private static <T> Collection<T> nonNull(Collection<T> values) {
        return values == null ? List.of() : values;
    }
}
