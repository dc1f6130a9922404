package tw.huixiao.platform.application.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;
import tw.huixiao.platform.application.AccessDeniedException;
import tw.huixiao.platform.application.Caller;
import tw.huixiao.platform.application.CallerProvider;
import tw.huixiao.platform.application.CaseService;
import tw.huixiao.platform.application.StateConflictException;
import tw.huixiao.platform.application.audit.AccessLog;
import tw.huixiao.platform.application.audit.RecordType;
import tw.huixiao.platform.application.escalation.SchoolEscalation;
import tw.huixiao.platform.domain.casework.CaseStatus;
import tw.huixiao.platform.domain.casework.PolicyPin;
import tw.huixiao.platform.domain.casework.StudentCase;
import tw.huixiao.platform.domain.identity.Role;
import tw.huixiao.platform.application.escalation.EscalationStore;
import tw.huixiao.platform.application.tenancy.Tenancy;
import tw.huixiao.platform.application.policy.Policies;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.timeline.CaseEvent;
import tw.huixiao.platform.domain.calendar.TaiwanTime;
import tw.huixiao.platform.application.SchoolCaller;

/**
 * What the case-work services (meetings, referrals, protective concerns, re-enrolment and
 * detention) share: the caller's school bound to the transaction, the case loaded only if the
 * caller may see it (a refusal is logged by {@link CaseService#visible}), role checks whose
 * refusals are logged, the module version the case follows, and case events that lay out the
 * module's duties on the case's task list.
 */
@ApplicationScoped
public class CaseworkAccess {

    @Inject
    SchoolCaller schoolCaller;

    /** The school offices and the principal: they record meetings, referrals, placements, detentions. */
    static final Role[] OFFICES = {Role.PRINCIPAL, Role.STUDENT_AFFAIRS, Role.ACADEMIC_AFFAIRS, Role.REGISTRAR,
            Role.COUNSELING};

    /** A case the caller may see, in a transaction bound to the caller's school. */
    public record OnCase(Caller caller, StudentCase kase) {
        public long schoolId() {
            return caller.requireSchool();
        }

        public long caseId() {
            return kase.getId();
        }
    }

    @Inject
    CallerProvider callers;

    @Inject
    Tenancy tenancy;

    @Inject
    CaseService cases;

    @Inject
    Policies policies;

    @Inject
    AccessLog accessLog;

    @Inject
    EscalationStore escalationStore;

    @Inject
    SchoolEscalation escalation;

    @Inject
    Clock clock;

    /** The caller, with the transaction bound to the caller's school. */
    public Caller bind() {
        return schoolCaller.bind();
    }

    /** The case, if the caller may see it; otherwise "not found", and the attempt is logged. */
    public OnCase onCase(long caseId, String action) {
        Caller caller = bind();
        return new OnCase(caller, cases.visible(caseId, caller, action));
    }

    /**
     * The services' read preamble in one place: the case if the caller may see it (otherwise "not
     * found", the attempt logged), what {@code reading} finds on it (its own checks may refuse), and
     * the read logged in the access log.
     */
    public <T> T read(long caseId, String action, RecordType type, Long recordId, Function<OnCase, T> reading) {
        OnCase on = onCase(caseId, action);
        T found = reading.apply(on);
        accessLog.read(caseId, type, recordId);
        return found;
    }

    /** Refuses (403, logged) a caller holding none of the roles. */
    public void require(OnCase on, Role[] roles, RecordType type, Long recordId, String action, String message) {
        if (!on.caller().hasAny(roles)) {
            throw refused(on, type, recordId, action, message);
        }
    }

    /** Whether the caller records meetings, referrals, placements and detentions (an office or the principal). */
    public static boolean isOffice(Caller caller) {
        return caller.hasAny(OFFICES);
    }

    public void requireOffices(OnCase on, RecordType type, Long recordId, String action) {
        require(on, OFFICES, type, recordId, action, "這項紀錄由處室人員或校長登錄 (offices or the principal record this)");
    }

    /** Logs the refusal (in its own transaction) and returns the 403 to throw. */
    public AccessDeniedException refused(OnCase on, RecordType type, Long recordId, String action, String message) {
        accessLog.refused(on.caseId(), type, recordId, action, message);
        return new AccessDeniedException(message);
    }

    public void requireOpen(OnCase on) {
        if (on.kase().getStatus() == CaseStatus.CLOSED) {
            throw new StateConflictException("此個案已結案 (the case is already closed)");
        }
    }

    /** The module version the case is pinned to. */
    public CountyPolicy policyOf(OnCase on) {
        PolicyPin pin = on.kase().getPolicyPin();
        return policies.find(pin.policyId(), pin.version()).orElseThrow(() -> new StateConflictException(
                "此個案依據的規範模組版本 " + pin + " 目前未載入，請平台管理者重新部署該版本 "
                        + "(the module version this case follows is not loaded; redeploy it)"));
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), TaiwanTime.TAIPEI);
    }

    /**
     * A moment on a day: now if it is today, otherwise the start of that school day (08:00), so
     * that duties of an event recorded late are counted from the day it happened.
     */
    public Instant momentOf(LocalDate day) {
        return day.equals(today()) ? now() : day.atTime(8, 0).atZone(TaiwanTime.TAIPEI).toInstant();
    }

    /**
     * Records one occurrence of a case event and lays out the duties the case's module attaches
     * to it; returns the key prefix of those tasks.
     */
    public String caseEvent(OnCase on, CaseEvent event, Instant at, String occurrence, String note) {
        escalationStore.recordCaseEvent(on.schoolId(), on.caseId(), event.name(), at, on.caller().userId(), note);
        escalation.onCaseEvent(on.schoolId(), on.caseId(), event, at, today(), occurrence);
        return SchoolEscalation.eventKey(on.caseId(), event, occurrence) + "/";
    }

    static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining("、"));
    }
}
