package tw.huixiao.platform.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tw.huixiao.platform.application.InvalidInputException.FieldError;
import tw.huixiao.platform.application.audit.AccessLog;
import tw.huixiao.platform.application.audit.RecordType;
import tw.huixiao.platform.domain.casework.CaseRepository;
import tw.huixiao.platform.domain.casework.CaseSearch;
import tw.huixiao.platform.domain.identity.Role;
import tw.huixiao.platform.domain.student.BackgroundFlag;
import tw.huixiao.platform.domain.student.EnrolmentStatus;
import tw.huixiao.platform.domain.student.Gender;
import tw.huixiao.platform.domain.student.HouseholdIncome;
import tw.huixiao.platform.domain.student.NationalId;
import tw.huixiao.platform.domain.student.SchoolClass;
import tw.huixiao.platform.domain.student.Student;
import tw.huixiao.platform.domain.student.StudentDetails;
import tw.huixiao.platform.domain.student.StudentDetails.GuardianDetails;
import tw.huixiao.platform.domain.student.StudentRepository;
import tw.huixiao.platform.domain.student.StudentSearch;
import tw.huixiao.platform.application.tenancy.Tenancy;
import tw.huixiao.platform.application.student.NationalIdCipher;

/**
 * The school register. Who may see whom:
 * whole school — 校長, 學務處, 教務處, 註冊組, 輔導室; 導師 — their own classes; 認輔老師 — their
 * assigned students. Only 註冊組 and 教務處 edit the register. Anything a caller may not see is
 * "not found", exactly like a missing id. Guardians' contact details and the family background
 * go only to the roles that need them ({@link StudentAccess}). Reads, writes and refusals are in
 * the access log (STUDENT; a page of the list is one STUDENT_LIST row).
 */
@ApplicationScoped
@Transactional
public class StudentService {

    @Inject
    SchoolCaller schoolCaller;

    public static final int MAX_PAGE_SIZE = 200;
    private static final Role[] EDITORS = {Role.REGISTRAR, Role.ACADEMIC_AFFAIRS};
    private static final Role[] FULL_NATIONAL_ID = {Role.REGISTRAR, Role.ACADEMIC_AFFAIRS, Role.PRINCIPAL};

    @Inject
    CallerProvider callers;

    @Inject
    Tenancy tenancy;

    @Inject
    StudentRepository students;

    @Inject
    StudentAccess access;

    @Inject
    CaseRepository cases;

    @Inject
    NationalIdCipher cipher;

    @Inject
    Clock clock;

    @Inject
    AccessLog accessLog;

    /**
     * What the list is narrowed to: part of the name or a class name, an exact national ID, a
     * class, students carrying any of the background flags (only for roles that see them).
     */
    public record Filter(String text, String nationalId, Long classId, Set<BackgroundFlag> background) {
        public static final Filter NONE = new Filter(null, null, null, Set.of());
    }

    public Page<StudentView> search(Filter filter, int page, int size) {
        Caller caller = schoolCaller.bind();
        if (page < 0 || page > InputLimits.MAX_PAGE || size < 1 || size > MAX_PAGE_SIZE) {
            throw InvalidInputException.of("size", "每頁 1 至 " + MAX_PAGE_SIZE + " 筆，頁碼自 0 起 (size 1–"
                    + MAX_PAGE_SIZE + ", page 0–" + InputLimits.MAX_PAGE + ")");
        }
        StudentSearch search = search(filter, caller, page * size, size);
        List<StudentView> items = students.search(search).stream().map(s -> view(s, caller)).toList();
        accessLog.wrote(null, RecordType.STUDENT_LIST, null, "LIST");
        return new Page<>(items, page, size, students.count(search));
    }

    /** How many students the filter finds (a number only: not logged). */
    public long count(Filter filter) {
        Caller caller = schoolCaller.bind();
        return students.count(search(filter, caller, 0, 1));
    }

    public StudentView get(long id) {
        Caller caller = schoolCaller.bind();
        StudentView found = view(visible(id, caller, "READ"), caller);
        accessLog.read(null, RecordType.STUDENT, id);
        return found;
    }

    private StudentSearch search(Filter filter, Caller caller, int offset, int limit) {
        Filter f = filter == null ? Filter.NONE : filter;
        byte[] index = null;
        if (f.nationalId() != null && !f.nationalId().isBlank()) {
            try {
                index = cipher.blindIndex(f.nationalId());
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("nationalId", e.getMessage());
            }
        }
        access.requireSomeStudentAccess(caller);
        Set<BackgroundFlag> background = f.background() == null ? Set.of() : f.background();
        if (!background.isEmpty() && !access.seesBackground(caller)) {
            // Filtering by a flag would reveal it: refused like reading it.
            String message = "您的角色無法依家庭背景篩選學生 (your roles do not include the family background)";
            accessLog.refused(null, RecordType.STUDENT_LIST, null, "LIST", message);
            throw new AccessDeniedException(message);
        }
        boolean wholeSchool = access.seesWholeSchool(caller);
        return new StudentSearch(f.text() == null || f.text().isBlank() ? null : f.text().trim(), index, f.classId(),
                !wholeSchool && caller.has(Role.HOMEROOM_TEACHER) ? caller.userId() : null,
                !wholeSchool && caller.has(Role.MENTOR_TEACHER) ? caller.userId() : null,
                background, offset, limit);
    }

    public StudentView create(StudentInput input) {
        Caller caller = schoolCaller.bind();
        requireEditor(caller, null, "CREATE");
        List<FieldError> errors = new ArrayList<>();
        String nationalId = validNationalId(input.nationalId(), errors);
        StudentDetails details = validate(input, errors);
        SchoolClass schoolClass = resolveClass(input.classId(), errors);
        if (nationalId != null && !students.search(new StudentSearch(null, cipher.blindIndex(nationalId), null, null,
                null, Set.of(), 0, 1)).isEmpty()) {
            errors.add(new FieldError("nationalId", "本校已有此身分證統一編號的學生 (a student with this national ID exists)"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Student student = new Student(cipher.encrypt(nationalId), clock.instant());
        student.update(details, schoolClass, clock.instant());
        students.add(student);
        tenancy.tenant().flush();
        accessLog.wrote(null, RecordType.STUDENT, student.getId(), "CREATE");
        return view(student, caller);
    }

    public StudentView update(long id, StudentInput input) {
        Caller caller = schoolCaller.bind();
        requireEditor(caller, id, "UPDATE");
        Student student = visible(id, caller, "UPDATE");
        List<FieldError> errors = new ArrayList<>();
        OptimisticLock.required(input.version(), errors);
        StudentDetails details = validate(input, errors);
        SchoolClass schoolClass = resolveClass(input.classId(), errors);
        String nationalId = input.nationalId() == null ? null : validNationalId(input.nationalId(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        OptimisticLock.check(EditedRecord.STUDENT, id, input.version(), student.getVersion());
        if (nationalId != null) {
            student.setNationalId(cipher.encrypt(nationalId));
        }
        student.update(details, schoolClass, clock.instant());
        OptimisticLock.flush(tenancy.tenant(), EditedRecord.STUDENT, id);
        accessLog.wrote(null, RecordType.STUDENT, id, "UPDATE");
        return view(student, caller);
    }

    public void delete(long id) {
        Caller caller = schoolCaller.bind();
        requireEditor(caller, id, "DELETE");
        Student student = visible(id, caller, "DELETE");
        if (cases.count(new CaseSearch(null, id, null, null, 0, 1)) > 0) {
            throw new StateConflictException("這位學生有個案紀錄，學籍資料不能刪除；請改為更新學籍狀態 "
                    + "(the student has case records and cannot be deleted; change the enrolment status instead)");
        }
        students.remove(student);
        accessLog.wrote(null, RecordType.STUDENT, id, "DELETE");
    }

    /** The student, if the caller may see them; otherwise "not found", and the attempt is logged. */
    private Student visible(long id, Caller caller, String action) {
        try {
            return access.visible(id, caller);
        } catch (RecordNotFoundException e) {
            accessLog.refused(null, RecordType.STUDENT, id, action, "查無此學生或無權檢視 (no such student visible to the caller)");
            throw e;
        }
    }

    private void requireEditor(Caller caller, Long id, String action) {
        if (!caller.hasAny(EDITORS)) {
            String message = "只有註冊組或教務處可以修改學籍資料 (only the registrar or academic affairs edit the register)";
            accessLog.refused(null, RecordType.STUDENT, id, action, message);
            throw new AccessDeniedException(message);
        }
    }

    private SchoolClass resolveClass(Long classId, List<FieldError> errors) {
        if (classId == null) {
            return null;
        }
        return students.findClass(classId).orElseGet(() -> {
            errors.add(new FieldError("classId", "本校沒有這個班級 (no such class in this school)"));
            return null;
        });
    }

    private static String validNationalId(String raw, List<FieldError> errors) {
        try {
            return NationalId.normalize(raw);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("nationalId", e.getMessage()));
            return null;
        }
    }

    private StudentDetails validate(StudentInput in, List<FieldError> errors) {
        if (in.name() == null || in.name().isBlank()) {
            errors.add(new FieldError("name", "姓名必填 (name is required)"));
        } else if (in.name().trim().length() > 50) {
            errors.add(new FieldError("name", "姓名過長，最多 50 字 (name is at most 50 characters)"));
        }
        Gender gender = parse(Gender.class, in.gender(), "gender", "性別應為 M 或 F (gender must be M or F)", errors);
        LocalDate today = LocalDate.now(clock);
        if (in.birthDate() == null) {
            errors.add(new FieldError("birthDate", "出生日期必填 (birth date is required)"));
        } else if (in.birthDate().isAfter(today.minusYears(4)) || in.birthDate().isBefore(today.minusYears(25))) {
            errors.add(new FieldError("birthDate", "出生日期不合理 (birth date outside 4–25 years ago)"));
        }
        if (in.grade() == null || in.grade() < 1 || in.grade() > 9) {
            errors.add(new FieldError("grade", "年級應為 1 至 9 (grade must be 1–9: 國小 1–6, 國中 7–9)"));
        }
        if (in.seatNumber() != null && (in.seatNumber() < 1 || in.seatNumber() > 99)) {
            errors.add(new FieldError("seatNumber", "座號應為 1 至 99 (seat number must be 1–99)"));
        }
        boolean indigenous = Boolean.TRUE.equals(in.indigenous());
        if (!indigenous && in.tribe() != null && !in.tribe().isBlank()) {
            errors.add(new FieldError("tribe", "非原住民學生不應填寫族別 (tribe is only for indigenous students)"));
        }
        HouseholdIncome income = in.householdIncome() == null ? HouseholdIncome.NONE
                : parse(HouseholdIncome.class, in.householdIncome(), "householdIncome",
                "家庭收入註記應為 NONE、LOW 或 MID_LOW", errors);
        EnrolmentStatus status = in.enrolmentStatus() == null ? EnrolmentStatus.ENROLLED
                : parse(EnrolmentStatus.class, in.enrolmentStatus(), "enrolmentStatus", "學籍狀態不正確", errors);
        List<GuardianDetails> guardians = in.guardians() == null ? List.of() : in.guardians();
        for (int i = 0; i < guardians.size(); i++) {
            GuardianDetails g = guardians.get(i);
            if (g == null || g.name() == null || g.name().isBlank()) {
                errors.add(new FieldError("guardians[" + i + "].name", "監護人姓名必填 (guardian name is required)"));
            }
            if (g != null && (g.relation() == null || g.relation().isBlank())) {
                errors.add(new FieldError("guardians[" + i + "].relation", "請填寫關係，例如 父、母 (relation is required)"));
            }
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new StudentDetails(in.name().trim(), gender, in.birthDate(), in.grade(), in.classId(), in.seatNumber(),
                indigenous, indigenous && in.tribe() != null ? in.tribe().trim() : null,
                Boolean.TRUE.equals(in.singleParent()), Boolean.TRUE.equals(in.grandparentCare()),
                Boolean.TRUE.equals(in.newImmigrant()), income, status, guardians);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, String message,
                                               List<FieldError> errors) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            errors.add(new FieldError(field, message));
            return null;
        }
    }

    /** The student as the caller may see them: national ID, background and guardians' contacts per role. */
    StudentView view(Student s, Caller caller) {
        String nationalId = cipher.decrypt(s.getNationalId());
        boolean masked = !caller.hasAny(FULL_NATIONAL_ID);
        boolean background = access.seesBackground(caller);
        boolean contacts = access.seesGuardianContacts(caller);
        SchoolClass c = s.getSchoolClass();
        List<GuardianDetails> guardians = s.getGuardians().stream()
                .map(g -> new GuardianDetails(g.getName(), g.getRelation(), contacts ? g.getPhone() : null,
                        contacts ? g.getAddress() : null)).toList();
        return new StudentView(s.getId(), masked ? NationalId.mask(nationalId) : nationalId, masked, s.getName(),
                s.getGender(), s.getBirthDate(), s.getGrade(), c == null ? null : c.getId(),
                c == null ? null : c.getName(), s.getSeatNumber(), background ? s.isIndigenous() : null,
                background ? s.getTribe() : null, background ? s.isSingleParent() : null,
                background ? s.isGrandparentCare() : null, background ? s.isNewImmigrant() : null,
                background ? s.getHouseholdIncome() : null, s.getEnrolmentStatus(), guardians, background, contacts,
                s.getVersion());
    }
}
