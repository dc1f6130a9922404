package tw.huixiao.platform.application.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tw.huixiao.platform.application.AccessDeniedException;
import tw.huixiao.platform.application.Caller;
import tw.huixiao.platform.application.CaseService;
import tw.huixiao.platform.application.CaseView;
import tw.huixiao.platform.application.EditedRecord;
import tw.huixiao.platform.application.OptimisticLock;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.InvalidInputException.FieldError;
import tw.huixiao.platform.application.RuleRefusedException;
import tw.huixiao.platform.application.StateConflictException;
import tw.huixiao.platform.application.audit.AccessLog;
import tw.huixiao.platform.application.audit.RecordType;
import tw.huixiao.platform.domain.casework.CaseLifecycle;
import tw.huixiao.platform.domain.casework.CaseRepository;
import tw.huixiao.platform.domain.casework.StudentCase;
import tw.huixiao.platform.domain.identity.Role;
import tw.huixiao.platform.application.escalation.EscalationStore;
import tw.huixiao.platform.application.escalation.TaskStore;
import tw.huixiao.platform.application.tenancy.Tenancy;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.casework.CaseState;
import tw.huixiao.policy.spi.timeline.CaseEvent;
import tw.huixiao.platform.domain.calendar.TaiwanTime;

/**
 * A case's life (issue 6 §1): state transitions with a reason, refused when the platform's
 * graph or the county module forbids them (with the rule id) or closure comes before the
 * module's closure rule allows (with the earliest date); reopening after a relapse; the
 * counselling tier (三級輔導, TW-TIERS / YL-TIERS); the people assigned. Every change is kept in
 * case_change (who, when, why); every write needs the version the caller read (§8).
 */
@ApplicationScoped
@Transactional
public class CaseLifecycleService {

    /** Offices that move a case along (as for case events). */
    private static final Role[] MOVERS = {Role.PRINCIPAL, Role.STUDENT_AFFAIRS, Role.ACADEMIC_AFFAIRS, Role.REGISTRAR,
            Role.COUNSELING};
    /** Closing and reopening, and who works on the case: the counselling office, student affairs, the principal. */
    private static final Role[] CLOSERS = {Role.COUNSELING, Role.STUDENT_AFFAIRS, Role.PRINCIPAL};
    /** The tier is the counselling office's decision (tier 2 is its own work, tier 3 its referral), or the principal's. */
    private static final Role[] TIER_SETTERS = {Role.COUNSELING, Role.PRINCIPAL};

    /** A move to another state. */
    public record TransitionInput(String to, String reason, Long version) {
    }

    public record TierInput(Integer tier, String reason, Long version) {
    }

    /** The people working on the case (user ids of the school; null = nobody). */
    public record AssignmentInput(Long homeroomTeacherId, Long mentorTeacherId, Long counsellorId, Long caseManagerId,
                                  String reason, Long version) {
    }

    /** Whether the caller's roles allow moving a case between the states (closing and reopening need more). */
    public static boolean mayMove(Caller caller, CaseState from, CaseState to) {
        return caller.hasAny(to == CaseState.CLOSED || from == CaseState.CLOSED ? CLOSERS : MOVERS);
    }

    public static boolean maySetTier(Caller caller) {
        return caller.hasAny(TIER_SETTERS);
    }

    public static boolean mayAssign(Caller caller) {
        return caller.hasAny(CLOSERS);
    }

    @Inject
    CaseService cases;

    @Inject
    CaseRepository caseRepository;

    @Inject
    Tenancy tenancy;

    @Inject
    CaseChangeStore changes;

    @Inject
    EscalationStore escalationStore;

    @Inject
    TaskStore tasks;

    @Inject
    AccessLog accessLog;

    @Inject
    Clock clock;

    public CaseView transition(long id, TransitionInput input) {
        Caller caller = cases.bindCaller();
        StudentCase found = cases.visible(id, caller, "TRANSITION");
        CaseState to = null;
        List<FieldError> errors = new ArrayList<>();
        try {
            to = CaseState.valueOf(input == null || input.to() == null ? "" : input.to().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("to", "狀態應為 " + List.of(CaseState.values()) + " 之一 (unknown state)"));
        }
        String reason = reason(input == null ? null : input.reason(), errors);
        OptimisticLock.required(input == null ? null : input.version(), errors);
        CaseState from = found.getState();
        Instant enteredCurrentState = found.getStateSince();
        boolean closing = to == CaseState.CLOSED;
        boolean reopening = from == CaseState.CLOSED;
        String action = closing ? "CLOSE" : reopening ? "REOPEN" : "TRANSITION";
        if (!mayMove(caller, from, to)) {
            throw refused(id, action, closing || reopening
                    ? "結案與重新開案由輔導室、學務處或校長辦理 (counselling, student affairs or the principal close and reopen cases)"
                    : "個案狀態由處室人員或校長變更 (offices or the principal move a case along)");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        OptimisticLock.check(EditedRecord.CASE, id, input.version(), found.getVersion());
        CountyPolicy policy = cases.policyOf(found);
        long school = caller.requireSchool();
        Optional<CaseLifecycle.Refusal> refusal = CaseLifecycle.check(policy, found.getCategoryId(), from, to,
                day(found.getStateSince()), found.getOpenedOn(),
                changes.lastEvent(school, id, CaseEvent.NEEDS_ASSESSED.name(), TaiwanTime.TAIPEI), today());
        if (refusal.isPresent()) {
            CaseLifecycle.Refusal r = refusal.get();
            if (r.ruleId() == null) {
                throw new StateConflictException(r.message());
            }
            throw new RuleRefusedException(r.ruleId(), r.message(), r.earliestOn());
        }
        if (reopening && caseRepository.findOpen(found.getStudentId(), found.getCategoryId()).isPresent()) {
            throw new StateConflictException("這位學生已有同類別的列管中個案，無法重新開案 "
                    + "(the student already has an open case of this category)");
        }
        Instant now = clock.instant();
        Optional<CaseEvent> event = CaseLifecycle.event(to);
        if (closing) {
            // The closing event's duties (e.g. TN-CLOSE: three months of tracking) arise while the case is open.
            cases.recordEvent(found, CaseEvent.CLOSED, now, caller.userId(), reason);
            found.close(now, caller.userId(), reason);
        } else {
            if (to == CaseState.RETURNED) {
                found.recordReturn(today());
            }
            found.moveTo(to, now);
        }
        OptimisticLock.flush(tenancy.tenant(), EditedRecord.CASE, id);
        if (closing) {
            tasks.endOngoing(school, id, now, "個案已結案 (the case was closed)");
        } else if (reopening) {
            // No duties: the relapse's own events (reported, returned…) lay them out as they are recorded.
            escalationStore.recordCaseEvent(school, id, "REOPENED", now, caller.userId(), reason);
        } else if (event.isPresent() && !recordedSince(school, id, event.get(), enteredCurrentState)) {
            cases.recordEvent(found, event.get(), now, caller.userId(), reason);
        }
        changes.add(school, id, "STATE", "state", from.name(), to.name(), reason, now, caller.userId());
        accessLog.wrote(id, RecordType.CASE, id, action);
        return cases.view(found, caller);
    }

    /**
     * Whether the event was already recorded since the case entered the state it leaves: the engine
     * saw the student back (RETURNED), a re-enrolment application (RE_ENROLLED, TW-ZERO-REJECT), a
     * placement decision (PLACED). The move then only catches the state up; the event's duties are
     * laid out already and are not laid out twice.
     */
    private boolean recordedSince(long school, long caseId, CaseEvent event, Instant since) {
        return changes.lastEventAt(school, caseId, event.name()).filter(at -> since == null || !at.isBefore(since))
                .isPresent();
    }

    public CaseView setTier(long id, TierInput input) {
        Caller caller = cases.bindCaller();
        StudentCase found = cases.visible(id, caller, "SET_TIER");
        if (!maySetTier(caller)) {
            throw refused(id, "SET_TIER", "輔導層級由輔導室或校長決定 (the counselling office or the principal sets the tier)");
        }
        List<FieldError> errors = new ArrayList<>();
        Integer tier = input == null ? null : input.tier();
        if (tier == null || tier < 1 || tier > 3) {
            errors.add(new FieldError("tier", "輔導層級為 1（初級）、2（二級）或 3（三級） (tier is 1, 2 or 3)"));
        }
        String reason = reason(input == null ? null : input.reason(), errors);
        OptimisticLock.required(input == null ? null : input.version(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        OptimisticLock.check(EditedRecord.CASE, id, input.version(), found.getVersion());
        requireOpen(found);
        int from = found.getTier();
        if (from == tier) {
            throw new StateConflictException("個案已是第 " + tier + " 級輔導 (the case is already at tier " + tier + ")");
        }
        found.setTier(tier);
        OptimisticLock.flush(tenancy.tenant(), EditedRecord.CASE, id);
        changes.add(caller.requireSchool(), id, "TIER", "tier", String.valueOf(from), String.valueOf(tier), reason,
                clock.instant(), caller.userId());
        accessLog.wrote(id, RecordType.CASE, id, "SET_TIER");
        return cases.view(found, caller);
    }

    /** Replaces the four assignments at once; each changed one is recorded. */
    public CaseView assign(long id, AssignmentInput input) {
        Caller caller = cases.bindCaller();
        StudentCase found = cases.visible(id, caller, "ASSIGN");
        if (!mayAssign(caller)) {
            throw refused(id, "ASSIGN", "個案人員由輔導室、學務處或校長指派 (counselling, student affairs or the principal assign people)");
        }
        if (input == null) {
            throw InvalidInputException.of("version", "請附上讀取時的版本號 (send the version you read)");
        }
        long school = caller.requireSchool();
        List<FieldError> errors = new ArrayList<>();
        // Each assignment names a member of this school holding the role the duty needs (any staff may manage a case).
        checkStaff(school, "homeroomTeacherId", input.homeroomTeacherId(), Role.HOMEROOM_TEACHER, errors);
        checkStaff(school, "mentorTeacherId", input.mentorTeacherId(), Role.MENTOR_TEACHER, errors);
        checkStaff(school, "counsellorId", input.counsellorId(), Role.COUNSELING, errors);
        checkStaff(school, "caseManagerId", input.caseManagerId(), null, errors);
        String reason = reason(input.reason(), errors);
        OptimisticLock.required(input.version(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        OptimisticLock.check(EditedRecord.CASE, id, input.version(), found.getVersion());
        requireOpen(found);
        Map<String, Long[]> changed = new LinkedHashMap<>();
        compare(changed, "HOMEROOM_TEACHER", found.getHomeroomTeacherId().orElse(null), input.homeroomTeacherId());
        compare(changed, "MENTOR_TEACHER", found.getMentorTeacherId().orElse(null), input.mentorTeacherId());
        compare(changed, "COUNSELLOR", found.getCounsellorId().orElse(null), input.counsellorId());
        compare(changed, "CASE_MANAGER", found.getCaseManagerId().orElse(null), input.caseManagerId());
        if (changed.isEmpty()) {
            return cases.view(found, caller);
        }
        found.assign(input.homeroomTeacherId(), input.mentorTeacherId(), input.counsellorId(), input.caseManagerId());
        OptimisticLock.flush(tenancy.tenant(), EditedRecord.CASE, id);
        Instant now = clock.instant();
        changed.forEach((subject, ids) -> changes.add(school, id, "ASSIGNMENT", subject,
                ids[0] == null ? null : ids[0].toString(), ids[1] == null ? null : ids[1].toString(), reason, now,
                caller.userId()));
        accessLog.wrote(id, RecordType.CASE, id, "ASSIGN");
        return cases.view(found, caller);
    }

    /** The case's changes of state, tier and people, oldest first. */
    public List<CaseChange> history(long id) {
        Caller caller = cases.bindCaller();
        cases.visible(id, caller, "READ_HISTORY");
        accessLog.read(id, RecordType.CASE_HISTORY, null);
        return changes.ofCase(caller.requireSchool(), id);
    }

    private void checkStaff(long school, String field, Long userId, Role role, List<FieldError> errors) {
        if (userId == null) {
            return;
        }
        Optional<CaseChangeStore.Staff> staff = changes.staff(school, userId);
        if (staff.isEmpty()) {
            errors.add(new FieldError(field, "本校沒有這位人員 (no such member of this school's staff)"));
        } else if (role != null && !staff.get().roles().contains(role.name())) {
            errors.add(new FieldError(field, "這位人員不是" + role.label().zhTw() + " (not a " + role.label().en() + ")"));
        } else if (role == null && staff.get().roles().stream().noneMatch(r -> Role.valueOf(r).isSchoolRole())) {
            errors.add(new FieldError(field, "個案管理者須為本校人員 (the case manager is a member of the school's staff)"));
        }
    }

    private static void compare(Map<String, Long[]> changed, String subject, Long before, Long after) {
        if (!Objects.equals(before, after)) {
            changed.put(subject, new Long[] {before, after});
        }
    }

    private static String reason(String given, List<FieldError> errors) {
        String reason = given == null ? null : given.trim();
        if (reason == null || reason.isEmpty()) {
            errors.add(new FieldError("reason", "請說明理由 (a reason is required)"));
        } else if (reason.length() > 2000) {
            errors.add(new FieldError("reason", "理由最多 2000 字 (at most 2000 characters)"));
        }
        return reason;
    }


    private static void requireOpen(StudentCase found) {
        if (found.getState() == CaseState.CLOSED) {
            throw new StateConflictException("此個案已結案 (the case is already closed)");
        }
    }

    private AccessDeniedException refused(long caseId, String action, String message) {
        accessLog.refused(caseId, RecordType.CASE, caseId, action, message);
        return new AccessDeniedException(message);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), TaiwanTime.TAIPEI);
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, TaiwanTime.TAIPEI);
    }
}
