package tw.huixiao.platform.application.student;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import tw.huixiao.platform.application.AccessDeniedException;
import tw.huixiao.platform.application.Caller;
import tw.huixiao.platform.application.CallerProvider;
import tw.huixiao.platform.application.CaseService;
import tw.huixiao.platform.application.RecordNotFoundException;
import tw.huixiao.platform.application.StudentAccess;
import tw.huixiao.platform.application.StudentService;
import tw.huixiao.platform.application.StudentView;
import tw.huixiao.platform.application.audit.AccessEntry;
import tw.huixiao.platform.application.audit.AccessLogLine;
import tw.huixiao.platform.application.audit.AccessLogQuery;
import tw.huixiao.platform.application.audit.AccessLog;
import tw.huixiao.platform.application.audit.RecordType;
import tw.huixiao.platform.application.calendar.CalendarService;
import tw.huixiao.platform.domain.calendar.CalendarRepository;
import tw.huixiao.platform.domain.calendar.Semester;
import tw.huixiao.platform.domain.identity.Role;
import tw.huixiao.platform.domain.school.School;
import tw.huixiao.platform.domain.school.SchoolRepository;
import tw.huixiao.platform.domain.student.SchoolClass;
import tw.huixiao.platform.domain.student.Student;
import tw.huixiao.platform.domain.student.StudentRepository;
import tw.huixiao.platform.application.tenancy.Tenancy;
import tw.huixiao.schedule.SchoolCalendar;
import tw.huixiao.platform.domain.calendar.TaiwanTime;
import tw.huixiao.platform.application.SchoolCaller;

/**
 * The student list's options and the student detail page (issue 8 §7), with the register's access
 * rules ({@link StudentAccess}): a student the caller may not see — another class's, another
 * school's — is "not found" exactly like a missing id, and the attempt is in the caller's school's
 * access log; the read is logged (STUDENT), the cases shown too (CASE_LIST).
 */
@ApplicationScoped
@Transactional
public class StudentProfileService {

    @Inject
    SchoolCaller schoolCaller;

    /** At most this many of a student's cases are shown (newest first). */
    static final int MAX_CASES = 50;

    /** What the list may filter by for this caller. */
    public record ListOptions(List<ClassOption> classes, boolean backgroundFilter) {
    }

    public record ClassOption(long id, int schoolYear, String name) {
    }

    @Inject
    CallerProvider callers;

    @Inject
    Tenancy tenancy;

    @Inject
    StudentAccess access;

    @Inject
    StudentService students;

    @Inject
    StudentRepository register;

    @Inject
    CaseService cases;

    @Inject
    CalendarService calendar;

    @Inject
    CalendarRepository calendars;

    @Inject
    SchoolRepository schools;

    @Inject
    StudentHistoryStore history;

    @Inject
    AccessLog accessLog;

    @Inject
    Clock clock;

    /** The classes the caller may filter by (every class for the offices, their own for a 導師) and the background filter. */
    public ListOptions listOptions() {
        Caller caller = schoolCaller.bind();
        access.requireSomeStudentAccess(caller);
        boolean wholeSchool = access.seesWholeSchool(caller);
        List<ClassOption> classes = register.classes().stream()
                .filter(c -> wholeSchool || c.getHomeroomTeacher() != null
                        && c.getHomeroomTeacher().getId() == caller.userId() && caller.has(Role.HOMEROOM_TEACHER))
                .map(c -> new ClassOption(c.getId(), c.getSchoolYear(), c.getName())).toList();
        return new ListOptions(classes, access.seesBackground(caller));
    }

    public StudentProfile profile(long id) {
        Caller caller = schoolCaller.bind();
        StudentView view = students.get(id);
        Student student = register.find(id).orElseThrow();
        long schoolId = caller.requireSchool();
        SchoolClass c = student.getSchoolClass();
        StudentProfile.ClassInfo schoolClass = c == null ? null : new StudentProfile.ClassInfo(c.getId(),
                c.getSchoolYear(), c.getGrade(), c.getName(),
                c.getHomeroomTeacher() == null ? null : c.getHomeroomTeacher().getDisplayName());
        List<StudentProfile.Enrolment> enrolment = history.enrolmentEvents(schoolId, id).stream()
                .map(e -> new StudentProfile.Enrolment(e.occurredOn(), e.kind().name(), e.kind().label().zhTw(),
                        e.kind().label().en(), e.otherSchool(), e.note())).toList();
        return new StudentProfile(view, schoolClass, enrolment, attendance(schoolId, student),
                cases.search(null, id, 0, MAX_CASES).items(), caller.hasAny(Role.COUNSELING, Role.PRINCIPAL));
    }

    /** Who looked at the student, changed or was refused: for the counselling office and the principal. */
    public List<AccessEntry> accessLog(long id) {
        Caller caller = accessLogReader(id);
        accessLog.wrote(null, RecordType.STUDENT, id, "READ_ACCESS_LOG");
        return accessLog.forRecord(caller.requireSchool(), RecordType.STUDENT, id);
    }

    /** A page of the student's access log for the screen (names, no addresses); the read is logged with the first page. */
    public List<AccessLogLine> accessLogPage(long id, AccessLogQuery query, int offset, int limit) {
        Caller caller = accessLogReader(id);
        if (offset == 0) {
            accessLog.wrote(null, RecordType.STUDENT, id, "READ_ACCESS_LOG");
        }
        return accessLog.recordPage(caller.requireSchool(), RecordType.STUDENT, id, query, offset, limit);
    }

    public int accessLogCount(long id, AccessLogQuery query) {
        return accessLog.recordCount(accessLogReader(id).requireSchool(), RecordType.STUDENT, id, query);
    }

    private Caller accessLogReader(long id) {
        Caller caller = schoolCaller.bind();
        try {
            access.visible(id, caller);
        } catch (RecordNotFoundException e) {
            accessLog.refused(null, RecordType.STUDENT, id, "READ_ACCESS_LOG", "查無此學生或無權檢視 (no such student "
                    + "visible to the caller)");
            throw e;
        }
        if (!caller.hasAny(Role.COUNSELING, Role.PRINCIPAL)) {
            String message = "學生存取紀錄僅供輔導室與校長查閱 (the access log is for counselling and the principal)";
            accessLog.refused(null, RecordType.STUDENT, id, "READ_ACCESS_LOG", message);
            throw new AccessDeniedException(message);
        }
        return caller;
    }

    private AttendanceSummary attendance(long schoolId, Student student) {
        LocalDate today = LocalDate.now(clock.withZone(TaiwanTime.TAIPEI));
        School school = schools.find(schoolId).orElseThrow();
        SchoolCalendar days = calendar.schoolCalendar(schoolId, school.getCounty().value());
        Optional<Semester> semester = calendars.semesters(schoolId).stream()
                .filter(s -> !s.firstDay().isAfter(today))
                .max(Comparator.comparing(Semester::firstDay));
        LocalDate from = semester.map(Semester::firstDay).orElse(today.minusMonths(AttendanceSummary.FALLBACK_MONTHS));
        LocalDate to = semester.map(s -> s.lastDay().isBefore(today) ? s.lastDay() : today).orElse(today);
        // The streak may reach back before the semester (a student away since the last one).
        LocalDate lookBack = today.minusYears(1);
        Long classId = student.getSchoolClass() == null ? null : student.getSchoolClass().getId();
        AttendanceSummary.Streak streak = AttendanceSummary.currentStreak(days,
                history.unexcusedDays(schoolId, student.getId(), lookBack, today), today,
                history.rollTaken(schoolId, classId, today));
        return new AttendanceSummary(semester.orElse(null), from, to, days.schoolDaysBetween(from, to),
                history.daysByStatus(schoolId, student.getId(), from, to), streak.days(), streak.since());
    }
}
