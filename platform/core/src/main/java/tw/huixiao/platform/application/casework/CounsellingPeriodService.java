package tw.huixiao.platform.application.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tw.huixiao.platform.application.Caller;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.InvalidInputException.FieldError;
import tw.huixiao.platform.application.audit.AccessLog;
import tw.huixiao.platform.application.audit.RecordType;
import tw.huixiao.platform.application.calendar.CalendarService;
import tw.huixiao.platform.application.casework.CaseworkAccess.OnCase;
import tw.huixiao.platform.domain.escalation.TaskDraft;
import tw.huixiao.platform.domain.identity.Role;
import tw.huixiao.platform.domain.school.SchoolRepository;
import tw.huixiao.platform.application.screening.ScreeningStore;
import tw.huixiao.platform.application.escalation.EscalationStore;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.casework.Agency;
import tw.huixiao.policy.spi.casework.AgencyKind;
import tw.huixiao.policy.spi.timeline.CaseEvent;
import tw.huixiao.policy.spi.timeline.CaseFacts;
import tw.huixiao.policy.spi.timeline.Trigger;

/**
 * Counselling periods (輔導期程) of a case: when each ran, whether it had an effect and who judged
 * it. Yunlin YL-REF-DROPOUT: "若兩個輔導期程未見成效，個案轉由雲林縣少年輔導委員會邀集相關單位召開「轉向評估小組」會議".
 * When a case has two periods without effect (not necessarily in a row: the plan does not say so),
 * the service proposes that referral once: a task for the counselling office citing the rule, due
 * in 5 school days, and a draft referral to the module's juvenile counselling committee
 * (AgencyKind.JUVENILE_COUNSELLING_COMMITTEE; Yunlin's YL-JUVENILE-COMMITTEE). Only where the case's
 * module puts the case's category on that agency's rule route (a step of the rule on OPENED whose
 * condition holds: Yunlin's 中輟高危險群 C1–C3, dropouts and long absence); the school still
 * decides and sends. The counselling office and the principal record periods; the offices read
 * them; every access is logged (COUNSELLING_PERIOD).
 */
@ApplicationScoped
@Transactional
public class CounsellingPeriodService {

    static final Role[] WRITERS = {Role.COUNSELING, Role.PRINCIPAL};
    static final int WITHOUT_EFFECT_FOR_DIVERSION = 2;
    static final int SCHOOL_WEEK = 5;

    public record Input(LocalDate startsOn, LocalDate endsOn, Boolean effective, Long evaluatedById,
                        LocalDate evaluatedOn, String note) {
    }

    public record View(long id, long caseId, LocalDate startsOn, LocalDate endsOn, boolean effective, long evaluatedById,
                       String evaluatedByName, LocalDate evaluatedOn, String note, Instant createdAt, long createdBy) {
    }

    /** The proposed 轉向評估 referral: the rule, the agency, the counselling office's task and the draft referral. */
    public record Proposal(String ruleId, String agencyId, String agencyName, long taskId, long referralId,
                           Instant proposedAt) {
    }

    /** A case's periods, how many had no effect, and the diversion proposal once made. */
    public record Periods(long caseId, List<View> periods, int withoutEffect, Proposal diversionProposal) {
    }

    @Inject
    CaseworkAccess access;

    @Inject
    CounsellingPeriodStore store;

    @Inject
    ReferralService referrals;

    @Inject
    EscalationStore escalationStore;

    @Inject
    ScreeningStore tasks;

    @Inject
    CalendarService calendars;

    @Inject
    SchoolRepository schools;

    @Inject
    AccessLog accessLog;

    public Periods record(long caseId, Input input) {
        OnCase on = access.onCase(caseId, "CREATE_COUNSELLING_PERIOD");
        access.require(on, WRITERS, RecordType.COUNSELLING_PERIOD, null, "CREATE",
                "輔導期程由輔導室或校長登錄 (the counselling office or the principal records counselling periods)");
        access.requireOpen(on);
        List<FieldError> errors = new ArrayList<>();
        if (input == null) {
            throw InvalidInputException.of("body", "請求內容不可為空 (request body is required)");
        }
        LocalDate today = access.today();
        if (input.startsOn() == null) {
            errors.add(new FieldError("startsOn", "請填寫期程開始日 (the start date is required)"));
        }
        if (input.endsOn() == null) {
            errors.add(new FieldError("endsOn", "請填寫期程結束日 (the end date is required)"));
        } else if (input.startsOn() != null && input.endsOn().isBefore(input.startsOn())) {
            errors.add(new FieldError("endsOn", "結束日不可早於開始日 (ends before it starts)"));
        }
        if (input.effective() == null) {
            errors.add(new FieldError("effective", "請評估此期程是否有成效（true／false） (whether the period had an effect)"));
        }
        LocalDate evaluatedOn = input.evaluatedOn() == null ? today : input.evaluatedOn();
        if (evaluatedOn.isAfter(today)) {
            errors.add(new FieldError("evaluatedOn", "評估日期不可晚於今天 (the evaluation date cannot be in the future)"));
        } else if (input.startsOn() != null && evaluatedOn.isBefore(input.startsOn())) {
            errors.add(new FieldError("evaluatedOn", "評估日期不可早於期程開始 (evaluated before the period started)"));
        }
        long evaluator = input.evaluatedById() == null ? on.caller().userId() : input.evaluatedById();
        if (!store.isStaff(on.schoolId(), evaluator)) {
            errors.add(new FieldError("evaluatedById", "評估者應為本校人員 (the evaluator is staff of the school)"));
        }
        String note = MeetingService.blankToNull(input.note());
        if (note != null && note.length() > MeetingService.MAX_TEXT) {
            errors.add(new FieldError("note", "最多 " + MeetingService.MAX_TEXT + " 字 (too long)"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        long id = store.insert(on.schoolId(), caseId, input.startsOn(), input.endsOn(), input.effective(), evaluator,
                evaluatedOn, note, access.now(), on.caller().userId());
        accessLog.wrote(caseId, RecordType.COUNSELLING_PERIOD, id, "CREATE");
        proposeDiversionIfDue(on);
        return periods(on);
    }

    public Periods list(long caseId) {
        return access.read(caseId, "READ_COUNSELLING_PERIODS", RecordType.COUNSELLING_PERIOD, null, on -> {
            access.requireOffices(on, RecordType.COUNSELLING_PERIOD, null, "READ");
            return periods(on);
        });
    }

    /** Whether the caller records periods (輔導室 or 校長): the service's own rule, for the screens. */
    public static boolean mayRecord(Caller caller) {
        return caller.hasAny(WRITERS);
    }

    /**
     * Whether counselling periods matter for the case: its pinned module has a juvenile counselling
     * committee to propose the diversion to (Yunlin). For the case workspace's tabs.
     */
    public boolean proposesDiversion(long caseId) {
        return committee(access.policyOf(access.onCase(caseId, "READ_COUNSELLING_PERIODS"))).isPresent();
    }

    private void proposeDiversionIfDue(OnCase on) {
        long withoutEffect = store.ofCase(on.schoolId(), on.caseId()).stream().filter(p -> !p.effective()).count();
        if (withoutEffect < WITHOUT_EFFECT_FOR_DIVERSION || store.proposal(on.schoolId(), on.caseId()).isPresent()) {
            return;
        }
        CountyPolicy policy = access.policyOf(on);
        Optional<Agency> committee = committee(policy).filter(a -> onRoute(policy, a, on.kase().getCategoryId()));
        if (committee.isEmpty()) {
            return;
        }
        Agency agency = committee.get();
        String rule = agency.ruleId().toString();
        String key = "case" + on.caseId() + "/" + rule + "/diversion";
        LocalDate today = access.today();
        String county = schools.find(on.schoolId()).orElseThrow().getCounty().value();
        LocalDate due = calendars.schoolCalendar(on.schoolId(), county).plusSchoolDays(today, SCHOOL_WEEK);
        Instant now = access.now();
        escalationStore.insertTasks(on.schoolId(), List.of(new TaskDraft(key, key, false, on.caseId(), null,
                on.kase().getStudentId(), rule, -1, 0, "counselling periods without effect",
                "兩個輔導期程未見成效（" + rule + "）｜two counselling periods without effect", Role.COUNSELING.name(), null,
                null, "兩個輔導期程未見成效：提報" + agency.name().zhTw() + "，邀集相關單位召開「轉向評估小組」會議（轉介草稿已建立）",
                "Two counselling periods without effect: refer the case to " + agency.name().en()
                        + " for the diversion assessment (a draft referral is ready)",
                agency.sourceIfAny().orElse(null), null, now, "DATE", null, due, null)));
        long taskId = tasks.taskId(on.schoolId(), key).orElseThrow();
        long referralId = referrals.draft(on.caseId(), new ReferralInputs.Draft(agency.id(),
                "兩個輔導期程未見成效，依 " + rule + " 提請轉向評估小組評估轉介中介教育機構或矯正單位", null, null)).id();
        store.insertProposal(on.schoolId(), on.caseId(), taskId, referralId, now);
        accessLog.wrote(on.caseId(), RecordType.COUNSELLING_PERIOD, null, "PROPOSE_DIVERSION");
    }

    private Periods periods(OnCase on) {
        List<View> periods = store.ofCase(on.schoolId(), on.caseId()).stream().map(p -> new View(p.id(), p.caseId(),
                p.startsOn(), p.endsOn(), p.effective(), p.evaluatedBy(), p.evaluatedByName(), p.evaluatedOn(), p.note(),
                p.createdAt(), p.createdBy())).toList();
        Proposal proposal = store.proposal(on.schoolId(), on.caseId()).map(p -> {
            Optional<Agency> agency = committee(access.policyOf(on));
            return new Proposal(agency.map(a -> a.ruleId().toString()).orElse(null), agency.map(Agency::id).orElse(null),
                    agency.map(a -> a.name().zhTw()).orElse(null), p.taskId(), p.referralId(), p.proposedAt());
        }).orElse(null);
        return new Periods(on.caseId(), periods, (int) periods.stream().filter(p -> !p.effective()).count(), proposal);
    }

    private static Optional<Agency> committee(CountyPolicy policy) {
        return policy.agencies().stream().filter(a -> a.kind() == AgencyKind.JUVENILE_COUNSELLING_COMMITTEE).findFirst();
    }

    /** Whether the module lays out the agency's rule for a case of the category when it is opened. */
    static boolean onRoute(CountyPolicy policy, Agency agency, String categoryId) {
        CaseFacts facts = new CategoryOnly(categoryId);
        return policy.timeline().steps().stream().anyMatch(s -> s.ruleId().equals(agency.ruleId())
                && s.trigger() instanceof Trigger.OnEvent e && e.event() == CaseEvent.OPENED && s.condition().test(facts));
    }

    /** A case known only by its category: for conditions on the category (other facts answer "no"). */
    record CategoryOnly(String categoryId) implements CaseFacts {

        @Override
        public boolean indigenous() {
            return false;
        }

        @Override
        public boolean emergency() {
            return false;
        }

        @Override
        public Optional<Boolean> causeKnown() {
            return Optional.empty();
        }

        @Override
        public boolean returned() {
            return false;
        }
    }
}
