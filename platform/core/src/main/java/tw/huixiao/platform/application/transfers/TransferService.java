package tw.huixiao.platform.application.transfers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tw.huixiao.platform.application.AccessDeniedException;
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
import tw.huixiao.platform.application.calendar.CalendarService;
import tw.huixiao.platform.domain.identity.Role;
import tw.huixiao.platform.domain.school.School;
import tw.huixiao.platform.domain.school.SchoolRepository;
import tw.huixiao.platform.domain.student.EncryptedNationalId;
import tw.huixiao.platform.domain.student.EnrolmentStatus;
import tw.huixiao.platform.domain.student.NationalId;
import tw.huixiao.platform.domain.student.Student;
import tw.huixiao.platform.domain.student.TransferView;
import tw.huixiao.platform.application.tenancy.Tenancy;
import tw.huixiao.platform.application.policy.Policies;
import tw.huixiao.platform.application.student.NationalIdCipher;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.detection.CaseCategory;
import tw.huixiao.policy.spi.detection.DetectionRule;
import tw.huixiao.platform.domain.calendar.TaiwanTime;
import tw.huixiao.platform.application.attendance.AttendanceStore;
import tw.huixiao.platform.domain.attendance.EnrolmentEventKind;
import tw.huixiao.platform.application.SchoolCaller;

/**
 * Transfers confirmed between schools (issue 20 §5). The sending registrar records a transfer out
 * (date, receiving school by MOE code, reason): the student leaves the register (轉出) and the
 * enrolment event starts what the sending school's county module does with a transfer (New
 * Taipei: the transfer check and, unconfirmed after its threshold, the category-3 case —
 * NT-TRANSFER-CHECK, NT-CAT3). A receiving school on the service sees the incoming student and
 * its registrar confirms arrival (報到), creating the student there from the handshake's minimum
 * data only; that arrival is what the sending school's engine reads as the student having turned
 * up. A receiving school off the service is checked by phone, recorded by the sending registrar.
 * Each school reads a transfer in its own access log; no other data crosses.
 */
@ApplicationScoped
@Transactional
public class TransferService {

    @Inject
    SchoolCaller schoolCaller;

    private static final int MAX_LIST = 500;
    private static final Role[] REGISTRARS = {Role.REGISTRAR, Role.ACADEMIC_AFFAIRS, Role.PRINCIPAL};

    /** A transfer out: student, date (ISO), the receiving school's MOE code, the reason. */
    public record TransferOut(Long studentId, String transferredOn, String toMoeCode, String reason) {
    }

    /** Arrival confirmed: the day (ISO, default today), optionally the class, at the version read. */
    public record Arrival(String arrivedOn, Long classId, Long version) {
    }

    /** The sending registrar's phone check with a school off the service. */
    public record PhoneCheck(Boolean enrolled, String checkedOn, String note, Long version) {
    }

    @Inject
    CallerProvider callers;

    @Inject
    Tenancy tenancy;

    @Inject
    TransferStore store;

    @Inject
    StudentAccess access;

    @Inject
    SchoolRepository schools;

    @Inject
    NationalIdCipher cipher;

    @Inject
    Policies policies;

    @Inject
    CalendarService calendars;

    @Inject
    AttendanceStore enrolment;

    @Inject
    AccessLog accessLog;

    @Inject
    Clock clock;

    public TransferView recordOut(TransferOut input) {
        Caller caller = registrar("TRANSFER_OUT");
        long schoolId = caller.requireSchool();
        School school = schools.find(schoolId).orElseThrow();
        List<FieldError> errors = new ArrayList<>();
        Student student = null;
        if (input == null || input.studentId() == null) {
            errors.add(new FieldError("studentId", "請指定學生 (studentId is required)"));
        } else {
            try {
                student = access.visible(input.studentId(), caller);
                if (student.getEnrolmentStatus() != EnrolmentStatus.ENROLLED) {
                    errors.add(new FieldError("studentId", "這位學生目前不在學 (the student is not enrolled)"));
                } else if (store.hasPending(schoolId, student.getId())) {
                    errors.add(new FieldError("studentId", "這位學生已有轉出紀錄待報到 (a transfer is already pending)"));
                }
            } catch (RecordNotFoundException e) {
                errors.add(new FieldError("studentId", "查無此學生 (no such student)"));
            }
        }
        LocalDate on = date(input == null ? null : input.transferredOn(), "transferredOn", errors);
        if (on != null && on.isAfter(today())) {
            errors.add(new FieldError("transferredOn", "轉出日期不可在未來 (not in the future)"));
        }
        String moeCode = input == null || input.toMoeCode() == null ? "" : input.toMoeCode().strip();
        if (!moeCode.matches("[0-9]{6}")) {
            errors.add(new FieldError("toMoeCode", "請填寫轉入學校的 6 碼教育部學校代碼 (the 6-digit MOE school code)"));
        } else if (moeCode.equals(school.getMoeCode())) {
            errors.add(new FieldError("toMoeCode", "轉入學校不可是本校 (not this school)"));
        }
        String reason = input == null || input.reason() == null ? "" : input.reason().strip();
        if (reason.isEmpty() || reason.length() > 500) {
            errors.add(new FieldError("reason", "請填寫轉學原因（500 字內） (the reason, at most 500 characters)"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Optional<School> receiving = schools.findByMoeCode(moeCode);
        Instant now = clock.instant();
        long id = store.recordOut(schoolId, student.getId(), moeCode, receiving.map(School::getId).orElse(null), on,
                reason, caller.userId(), caller.displayName(), now);
        store.markTransferredOut(schoolId, student.getId(), now);
        // The enrolment event the escalation engine reads (NT-CAT3's transfer no-show, NT-TRANSFER-CHECK).
        enrolment.insertEnrolmentEvent(schoolId, student.getId(), EnrolmentEventKind.TRANSFERRED_OUT, on,
                receiving.map(s -> s.getName() + "（" + moeCode + "）").orElse(moeCode), reason, caller.userId(), now);
        accessLog.wrote(null, RecordType.TRANSFER, id, "TRANSFER_OUT");
        return view(store.find(id).orElseThrow(), school);
    }

    /** The school's transfers out, newest first, each with its module deadline. */
    public List<TransferView> outgoing() {
        Caller caller = registrar("LIST");
        School school = schools.find(caller.requireSchool()).orElseThrow();
        return store.outgoing(school.getId(), MAX_LIST).stream().map(t -> view(t, school)).toList();
    }

    /** Students transferring in, pending first; each look is in the receiving school's access log. */
    public List<TransferView> incoming() {
        Caller caller = registrar("LIST");
        List<TransferView> found = store.incoming(caller.requireSchool(), MAX_LIST).stream()
                .map(t -> view(t, schools.find(t.fromSchoolId()).orElseThrow())).toList();
        found.forEach(t -> accessLog.read(null, RecordType.TRANSFER, t.id()));
        return found;
    }

    /** The receiving registrar confirms arrival (報到): the student joins this school's register. */
    public TransferView confirm(long id, Arrival arrival) {
        Caller caller = registrar("CONFIRM");
        long schoolId = caller.requireSchool();
        TransferStore.Row transfer = store.find(id).filter(t -> t.toSchoolId() != null && t.toSchoolId() == schoolId)
                .orElseThrow(() -> refusedTransfer(id, "CONFIRM"));
        if (!"PENDING".equals(transfer.status())) {
            throw new StateConflictException("這筆轉學已處理 (the transfer is already " + transfer.status() + ")");
        }
        List<FieldError> errors = new ArrayList<>();
        LocalDate on = arrival == null || arrival.arrivedOn() == null || arrival.arrivedOn().isBlank() ? today()
                : date(arrival.arrivedOn(), "arrivedOn", errors);
        if (on != null && (on.isAfter(today()) || on.isBefore(transfer.transferredOn()))) {
            errors.add(new FieldError("arrivedOn", "報到日期應在轉出日之後、今天以前 (between the transfer and today)"));
        }
        if (arrival != null && arrival.classId() != null && !store.classExists(schoolId, arrival.classId())) {
            errors.add(new FieldError("classId", "查無此班級 (no such class)"));
        }
        OptimisticLock.required(arrival == null ? null : arrival.version(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Instant now = clock.instant();
        Long classId = arrival.classId();
        long studentId;
        Optional<Long> known = store.studentByIndex(schoolId, transfer.nationalIdIndex());
        if (known.isPresent()) {
            studentId = known.get();
            store.reEnrol(schoolId, studentId, classId, now);
        } else {
            studentId = store.createArrived(schoolId, transfer, classId, now);
        }
        OptimisticLock.written(store.confirm(id, arrival.version(), on, studentId, caller.userId(), caller.displayName(), now), EditedRecord.TRANSFER, id);
        accessLog.wrote(null, RecordType.TRANSFER, id, "CONFIRM_ARRIVAL");
        accessLog.wrote(null, RecordType.STUDENT, studentId, "CREATE_FROM_TRANSFER");
        return view(store.find(id).orElseThrow(), schools.find(transfer.fromSchoolId()).orElseThrow());
    }

    /** The sending registrar records the phone check with a receiving school off the service. */
    public TransferView phoneCheck(long id, PhoneCheck check) {
        Caller caller = registrar("PHONE_CHECK");
        long schoolId = caller.requireSchool();
        TransferStore.Row transfer = store.find(id).filter(t -> t.fromSchoolId() == schoolId)
                .orElseThrow(() -> refusedTransfer(id, "PHONE_CHECK"));
        if (transfer.toSchoolId() != null) {
            throw new StateConflictException("轉入學校在平台上，由該校確認報到 (the receiving school confirms on the service)");
        }
        if (!"PENDING".equals(transfer.status())) {
            throw new StateConflictException("這筆轉學已處理 (the transfer is already " + transfer.status() + ")");
        }
        List<FieldError> errors = new ArrayList<>();
        if (check == null || check.enrolled() == null) {
            errors.add(new FieldError("enrolled", "請選擇電話確認結果 (enrolled or not)"));
        }
        LocalDate on = check == null || check.checkedOn() == null || check.checkedOn().isBlank() ? today()
                : date(check.checkedOn(), "checkedOn", errors);
        if (on != null && (on.isAfter(today()) || on.isBefore(transfer.transferredOn()))) {
            errors.add(new FieldError("checkedOn", "確認日期應在轉出日之後、今天以前 (between the transfer and today)"));
        }
        String note = check == null || check.note() == null ? "" : check.note().strip();
        if (note.isEmpty() || note.length() > 1000) {
            errors.add(new FieldError("note", "請記錄聯繫對象與結果（1000 字內） (whom you called and what they said)"));
        }
        OptimisticLock.required(check == null ? null : check.version(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        OptimisticLock.written(store.phoneChecked(id, check.version(), check.enrolled(), on, note, caller.userId(), caller.displayName(),
                clock.instant()), EditedRecord.TRANSFER, id);
        accessLog.wrote(null, RecordType.TRANSFER, id, "PHONE_CHECK");
        return view(store.find(id).orElseThrow(), schools.find(schoolId).orElseThrow());
    }

    private RecordNotFoundException refusedTransfer(long id, String action) {
        accessLog.refused(null, RecordType.TRANSFER, id, action, "not a transfer of this school");
        return new RecordNotFoundException("transfer", id);
    }

    private Caller registrar(String action) {
        Caller caller = schoolCaller.bind();
        if (!caller.hasAny(REGISTRARS)) {
            accessLog.refused(null, RecordType.TRANSFER, null, action, "not a registrar");
            throw new AccessDeniedException("轉學由註冊組、教務處或校長辦理 (transfers are the registrar's)");
        }
        return caller;
    }

    private TransferView view(TransferStore.Row t, School sending) {
        LocalDate confirmBy = confirmBy(t, sending).orElse(null);
        boolean late = "PENDING".equals(t.status()) && confirmBy != null && today().isAfter(confirmBy);
        String masked = NationalId.mask(cipher.decrypt(new EncryptedNationalId(t.nationalIdCipher(), t.nationalIdIndex())));
        boolean mine = callers.get().schoolId() != null && callers.get().schoolId() == t.fromSchoolId();
        return new TransferView(t.id(), t.fromSchoolId(), t.fromSchoolName(), t.fromMoeCode(), t.toMoeCode(),
                t.toSchoolId(), t.toSchoolName(), t.toSchoolId() != null, t.transferredOn(), t.reason(), t.studentName(),
                t.birthDate(), t.gender(), t.grade(), masked, t.status(), t.arrivedOn(), mine ? null : t.arrivedStudentId(),
                t.confirmedByName(), t.confirmedAt(), t.phoneNote(), t.recordedByName(), t.recordedAt(), confirmBy,
                late, mine ? t.fromStudentId() : null, t.version());
    }

    /**
     * The last day arrival keeps the sending school's module from treating the student as a
     * transfer no-show: its threshold in school days after the transfer, less one (the engine
     * counts the run day). Only the sending school's calendar is at hand there; the receiving
     * school sees the date the sending module set.
     */
    private Optional<LocalDate> confirmBy(TransferStore.Row t, School sending) {
        Optional<CountyPolicy> policy = policies.forCounty(sending.getCounty());
        Optional<Integer> days = policy.stream().flatMap(p -> p.categories().stream())
                .flatMap((CaseCategory c) -> c.detection().stream())
                .filter(DetectionRule.TransferNoShow.class::isInstance)
                .map(r -> ((DetectionRule.TransferNoShow) r).days()).findFirst();
        if (days.isEmpty()) {
            return Optional.empty();
        }
        Long bound = callers.get().schoolId();
        if (bound == null || bound != sending.getId()) {
            // The receiving school has no access to the sending school's closures: office days.
            return Optional.of(tw.huixiao.schedule.SchoolCalendar.taiwanOfficeDays()
                    .plusSchoolDays(t.transferredOn(), days.get() - 1));
        }
        return Optional.of(calendars.schoolCalendar(sending.getId(), sending.getCounty().value())
                .plusSchoolDays(t.transferredOn(), days.get() - 1));
    }

    private static LocalDate date(String text, String field, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(new FieldError(field, "請填寫日期 (a date is required)"));
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "日期格式應為 YYYY-MM-DD (ISO date)"));
            return null;
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), TaiwanTime.TAIPEI);
    }
}
