package tw.huixiao.platform.application.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import tw.huixiao.platform.application.EditedRecord;
import tw.huixiao.platform.application.OptimisticLock;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.InvalidInputException.FieldError;
import tw.huixiao.platform.application.RecordNotFoundException;
import tw.huixiao.platform.application.StateConflictException;
import tw.huixiao.platform.application.audit.AccessLog;
import tw.huixiao.platform.application.audit.RecordType;
import tw.huixiao.platform.application.casework.CaseworkAccess.OnCase;
import tw.huixiao.platform.application.escalation.SchoolEscalation;
import tw.huixiao.platform.domain.student.Student;
import tw.huixiao.platform.domain.student.StudentRepository;
import tw.huixiao.policy.spi.casework.PlacementRule;
import tw.huixiao.policy.spi.timeline.CaseEvent;

/**
 * Re-enrolment and placement (issue 6 §5; New Taipei first). An application (復學申請) is taken
 * at any time and never refused for academic reasons (TW-ZERO-REJECT, NT-REENROL): it has no
 * academic fields, any day is a day to apply, and it is recorded at once with the placement
 * recommendation of the case's module (NT-PLACEMENT: away &lt; 1 year → the original class,
 * ≥ 1 year → the grade where the student left, 15 or older → 補校 possible). It records
 * RE_ENROLLED, whose duties the module lays out (the offices' parts, the placement meeting within
 * a week, NT-ADAPT's daily homeroom talks for up to a week and the mentor's 3 meetings a week for
 * 2 weeks). The placement meeting's decision records PLACED — and for 補校, which needs the
 * parent's and student's application and the 暫讀補校安置會議 (the module's supplementarySchoolRule(), SPI 1.7),
 * PLACED_SUPPLEMENTARY_SCHOOL with its review two months later. Reads, writes and refusals are
 * in the access log (PLACEMENT).
 */
@ApplicationScoped
@Transactional
public class ReEnrolmentService {

    /** An application: when (default today), since when the student was away (default: the case's first absence). */
    public record Application(LocalDate appliedOn, LocalDate leftOn, String applicant, String note) {
    }

    /** The placement meeting's decision; send the version read. */
    public record Decision(String placement, Long meetingId, Boolean guardianApplication, String note, Long version) {
    }

    public record View(long id, long caseId, LocalDate appliedOn, Instant appliedAt, long receivedBy, String applicant,
                       String note, LocalDate leftOn, String timeAway, int ageYears, Integer gradeLeft,
                       Recommendation recommendation, String status, String placement, Instant decidedAt,
                       Long decidedBy, Long meetingId, Boolean guardianApplication, String decisionNote,
                       List<EventTask> tasks, long version) {
    }

    /** A recommendation without an application: time away as ISO-8601 (P1Y, P11M27D), completed age. */
    public record Preview(String ruleId, LocalDate leftOn, LocalDate on, String timeAway, int ageYears, String code,
                          String zhTw, String en, List<String> alternatives) {
    }

    /** The module's recommendation; the meeting may choose it or one of the alternatives. */
    public record Recommendation(String ruleId, String code, String zhTw, String en, List<String> alternatives) {
    }

    @Inject
    CaseworkAccess access;

    @Inject
    ReEnrolmentStore store;

    @Inject
    MeetingStore meetings;

    @Inject
    StudentRepository students;

    @Inject
    EventTasks eventTasks;

    @Inject
    AccessLog accessLog;

    /** The recommendation for re-enrolling on {@code on} (default today) after leaving on {@code leftOn}. */
    public Preview recommend(long caseId, LocalDate leftOn, LocalDate on) {
        return access.read(caseId, "READ_PLACEMENT_RECOMMENDATION", RecordType.PLACEMENT, null, c -> {
            PlacementRule rule = access.policyOf(c).placement().orElseThrow(() -> new StateConflictException(
                    "本個案依據的縣市規範未訂復學安置原則 (the case's county module has no placement rule)"));
            LocalDate day = on == null ? access.today() : on;
            LocalDate left = leftOn == null ? firstDayAway(c) : leftOn;
            if (left.isAfter(day)) {
                throw InvalidInputException.of("leftOn", "中輟日期不可晚於復學日期 (left after the re-enrolment date)");
            }
            PlacementAdvice.Advice advice = PlacementAdvice.advise(rule, left, student(c).getBirthDate(), day);
            return new Preview(advice.ruleId(), advice.leftOn(), advice.on(), advice.timeAway().toString(),
                    advice.ageYears(), advice.code(), advice.zhTw(), advice.en(), advice.alternatives());
        });
    }

    /** Records the application; never refused for academic reasons (TW-ZERO-REJECT). */
    public View apply(long caseId, Application input) {
        OnCase c = access.onCase(caseId, "APPLY_RE_ENROLMENT");
        access.requireOffices(c, RecordType.PLACEMENT, null, "CREATE");
        access.requireOpen(c);
        Application in = input == null ? new Application(null, null, null, null) : input;
        List<FieldError> errors = new ArrayList<>();
        LocalDate today = access.today();
        LocalDate appliedOn = in.appliedOn() == null ? today : in.appliedOn();
        if (appliedOn.isAfter(today)) {
            errors.add(new FieldError("appliedOn", "申請日期不可晚於今天 (the application date cannot be in the future)"));
        }
        LocalDate leftOn = in.leftOn() == null ? firstDayAway(c) : in.leftOn();
        if (leftOn.isAfter(appliedOn)) {
            errors.add(new FieldError("leftOn", "中輟日期不可晚於申請日期 (left after the application date)"));
        }
        String applicant = MeetingService.blankToNull(in.applicant());
        String note = MeetingService.blankToNull(in.note());
        if (applicant != null && applicant.length() > 200 || note != null && note.length() > MeetingService.MAX_TEXT) {
            errors.add(new FieldError(applicant != null && applicant.length() > 200 ? "applicant" : "note", "太長 (too long)"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Student student = student(c);
        Optional<PlacementRule> rule = access.policyOf(c).placement();
        Period away = PlacementAdvice.timeAway(leftOn, appliedOn);
        int age = PlacementAdvice.age(student.getBirthDate(), appliedOn);
        Optional<PlacementAdvice.Advice> advice = rule.map(r -> PlacementAdvice.advise(r, leftOn, student.getBirthDate(),
                appliedOn));
        Instant at = access.momentOf(appliedOn);
        long id = store.insert(c.schoolId(), caseId, appliedOn, at, c.caller().userId(), applicant, note, leftOn,
                away.toString(), age, student.getGrade(), advice.map(PlacementAdvice.Advice::ruleId).orElse(null),
                advice.map(PlacementAdvice.Advice::code).orElse(null), advice.map(PlacementAdvice.Advice::zhTw).orElse(null),
                advice.map(PlacementAdvice.Advice::en).orElse(null),
                advice.map(a -> String.join(",", a.alternatives())).orElse(null));
        access.caseEvent(c, CaseEvent.RE_ENROLLED, at, occurrence(id), "復學申請 (re-enrolment application)");
        accessLog.wrote(caseId, RecordType.PLACEMENT, id, "CREATE");
        return view(c, store.find(c.schoolId(), caseId, id).orElseThrow());
    }

    public List<View> list(long caseId) {
        return access.read(caseId, "READ_RE_ENROLMENTS", RecordType.PLACEMENT, null,
                c -> store.ofCase(c.schoolId(), caseId).stream().map(r -> view(c, r)).toList());
    }

    public View get(long caseId, long id) {
        return access.read(caseId, "READ_RE_ENROLMENT", RecordType.PLACEMENT, id, c -> view(c, find(c, id, "READ")));
    }

    /** The placement meeting's decision. */
    public View decide(long caseId, long id, Decision input) {
        OnCase c = access.onCase(caseId, "DECIDE_PLACEMENT");
        ReEnrolmentStore.ReEnrolment found = find(c, id, "DECIDE");
        access.requireOffices(c, RecordType.PLACEMENT, id, "DECIDE");
        access.requireOpen(c);
        OptimisticLock.required(input == null ? null : input.version());
        OptimisticLock.check(EditedRecord.RE_ENROLMENT, id, input.version(), found.version());
        if (!"APPLIED".equals(found.status())) {
            throw new StateConflictException("此復學申請已決定安置（" + found.placement() + "），請另提新的申請或會議 "
                    + "(the placement was already decided)");
        }
        PlacementRule rule = access.policyOf(c).placement().orElseThrow(() -> new StateConflictException(
                "本個案依據的縣市規範未訂復學安置原則 (the case's county module has no placement rule)"));
        List<FieldError> errors = new ArrayList<>();
        String placement = MeetingService.blankToNull(input.placement());
        List<String> allowed = new ArrayList<>();
        allowed.add(found.recommendation());
        if (found.alternatives() != null && !found.alternatives().isBlank()) {
            allowed.addAll(Arrays.asList(found.alternatives().split(",")));
        }
        boolean supplementary = placement != null && rule.isSupplementarySchool(placement);
        if (placement == null || !allowed.contains(placement)) {
            errors.add(new FieldError("placement", "安置應為 " + String.join("、", allowed) + " 之一"
                    + (supplementary ? "；補校限年滿十五歲（申請時 " + found.ageYears() + " 歲）" : "") + " (" + found.ruleId()
                    + ": the placement is the recommendation or one of its alternatives"
                    + (supplementary ? "; the supplementary school needs age 15 or more" : "") + ")"));
        }
        if (supplementary && !Boolean.TRUE.equals(input.guardianApplication())) {
            errors.add(new FieldError("guardianApplication", "暫讀補校須由家長及學生提出申請並填寫暫讀補校轉介單 "
                    + "(" + rule.supplementarySchoolRule().value() + ": the parent's and student's application is required)"));
        }
        MeetingStore.Meeting meeting = null;
        if (input.meetingId() == null) {
            errors.add(new FieldError("meetingId", "請指定作成決議的安置會議 (the placement meeting that decided)"));
        } else {
            meeting = meetings.find(c.schoolId(), caseId, input.meetingId()).orElse(null);
            MeetingKind needed = supplementary ? MeetingKind.SUPPLEMENTARY_SCHOOL_PLACEMENT : MeetingKind.PLACEMENT;
            if (meeting == null) {
                errors.add(new FieldError("meetingId", "本個案沒有這場會議 (no such meeting on this case)"));
            } else if (!meeting.kind().equals(needed.name())
                    && !(needed == MeetingKind.PLACEMENT
                    && meeting.kind().equals(MeetingKind.SUPPLEMENTARY_SCHOOL_PLACEMENT.name()))) {
                errors.add(new FieldError("meetingId", "應由" + needed.label().zhTw() + "決議 (decided by the "
                        + needed.label().en().toLowerCase() + ")"));
            } else if (meeting.heldOn().isBefore(found.appliedOn())) {
                errors.add(new FieldError("meetingId", "安置會議早於復學申請 (the meeting was held before the application)"));
            }
        }
        String note = MeetingService.blankToNull(input.note());
        if (note != null && note.length() > MeetingService.MAX_TEXT) {
            errors.add(new FieldError("note", "太長 (too long)"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Instant now = access.now();
        OptimisticLock.written(store.decide(c.schoolId(), id, input.version(), placement, now, c.caller().userId(), meeting.id(),
                input.guardianApplication(), note), EditedRecord.RE_ENROLMENT, id);
        access.caseEvent(c, CaseEvent.PLACED, now, occurrence(id), placement);
        if (supplementary) {
            access.caseEvent(c, CaseEvent.PLACED_SUPPLEMENTARY_SCHOOL, now, occurrence(id), placement);
        }
        accessLog.wrote(caseId, RecordType.PLACEMENT, id, "DECIDE");
        return view(c, store.find(c.schoolId(), caseId, id).orElseThrow());
    }

    private LocalDate firstDayAway(OnCase c) {
        return store.firstDayAway(c.schoolId(), c.caseId()).orElse(c.kase().getOpenedOn());
    }

    private Student student(OnCase c) {
        return students.find(c.kase().getStudentId()).orElseThrow();
    }

    private ReEnrolmentStore.ReEnrolment find(OnCase c, long id, String action) {
        return store.find(c.schoolId(), c.caseId(), id).orElseThrow(() -> {
            accessLog.refused(c.caseId(), RecordType.PLACEMENT, id, action, "查無此復學申請 (no such re-enrolment on this case)");
            return new RecordNotFoundException("re-enrolment", id);
        });
    }

    private View view(OnCase c, ReEnrolmentStore.ReEnrolment r) {
        List<EventTask> tasks = new ArrayList<>();
        for (CaseEvent event : List.of(CaseEvent.RE_ENROLLED, CaseEvent.PLACED, CaseEvent.PLACED_SUPPLEMENTARY_SCHOOL)) {
            tasks.addAll(eventTasks.withKeyPrefix(c.schoolId(),
                    SchoolEscalation.eventKey(c.caseId(), event, occurrence(r.id())) + "/"));
        }
        return new View(r.id(), r.caseId(), r.appliedOn(), r.appliedAt(), r.receivedBy(), r.applicant(), r.note(),
                r.leftOn(), r.timeAway(), r.ageYears(), r.gradeLeft(),
                r.recommendation() == null ? null : new Recommendation(r.ruleId(), r.recommendation(),
                        r.recommendationZh(), r.recommendationEn(), r.alternatives() == null || r.alternatives().isBlank()
                        ? List.of() : List.of(r.alternatives().split(","))),
                r.status(), r.placement(), r.decidedAt(), r.decidedBy(), r.meetingId(), r.guardianApplication(),
                r.decisionNote(), tasks, r.version());
    }

    private static String occurrence(long reEnrolmentId) {
        return "re" + reEnrolmentId;
    }
}
