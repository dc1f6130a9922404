package tw.huixiao.platform.application.attendance;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tw.huixiao.platform.application.AccessDeniedException;
import tw.huixiao.platform.application.Caller;
import tw.huixiao.platform.application.CallerProvider;
import tw.huixiao.platform.application.InputLimits;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.InvalidInputException.FieldError;
import tw.huixiao.platform.application.RecordNotFoundException;
import tw.huixiao.platform.application.StudentAccess;
import tw.huixiao.platform.application.audit.AccessLog;
import tw.huixiao.platform.application.audit.RecordType;
import tw.huixiao.platform.application.calendar.CalendarService;
import tw.huixiao.platform.domain.attendance.AttendanceStatus;
import tw.huixiao.platform.domain.attendance.EnrolmentEventKind;
import tw.huixiao.platform.domain.identity.Role;
import tw.huixiao.platform.domain.school.School;
import tw.huixiao.platform.domain.school.SchoolRepository;
import tw.huixiao.platform.application.tenancy.Tenancy;
import tw.huixiao.schedule.SchoolCalendar;
import tw.huixiao.platform.application.attendance.AttendanceStore.Batch;
import tw.huixiao.platform.application.attendance.AttendanceStore.Change;
import tw.huixiao.platform.application.attendance.AttendanceStore.Entry;
import tw.huixiao.platform.application.attendance.AttendanceStore.Recorded;
import tw.huixiao.platform.application.attendance.AttendanceStore.StudentRef;

/**
 * Attendance in: a homeroom teacher's roll for their class, files and API calls from school
 * systems, and registration and transfer events. A batch is checked whole — every bad row is
 * reported with its line — and written only if all rows are good. Replacing a recorded value
 * keeps the old one in attendance_change with the batch that replaced it.
 */
@ApplicationScoped
@Transactional
public class AttendanceService {

    /** At most this many row errors are listed; the count says how many there were. */
    static final int MAX_LISTED_ERRORS = 200;
    /** attendance_roll.class_id of a school system's file: the whole school's day was taken. */
    public static final long WHOLE_SCHOOL_ROLL = 0;
    private static final Pattern ROC_DATE = Pattern.compile("(\\d{2,3})[/.-](\\d{1,2})[/.-](\\d{1,2})");
    private static final Role[] IMPORTERS = {Role.REGISTRAR, Role.ACADEMIC_AFFAIRS, Role.STUDENT_AFFAIRS,
            Role.PRINCIPAL, Role.HOMEROOM_TEACHER};
    private static final Role[] ENROLMENT_KEEPERS = {Role.REGISTRAR, Role.ACADEMIC_AFFAIRS, Role.STUDENT_AFFAIRS,
            Role.PRINCIPAL};

    public enum Source { ROLL, CSV, JSON }

    /** A row as received (CSV line or JSON entry), before any check. */
    public record RawRow(int line, Long studentId, String className, String seat, String name, String date,
                         String status, String leaveRequests, String school) {
    }

    /** One student's entry of a class roll. */
    public record RollEntry(@Schema(required = true) Long studentId,
                            @Schema(description = "Attendance status, as a code or as school systems write it (Chinese or English)",
                    enumeration = {"PRESENT", "UNEXCUSED", "PERSONAL_LEAVE", "SICK_LEAVE", "OFFICIAL_LEAVE", "OTHER_LEAVE",
                            "出席", "到", "到校", "曠課", "曠", "事假", "事", "病假", "病", "公假", "公", "其他假別", "其他", "喪假", "婚假", "產假",
                            "生理假"}, example = "曠課")
                            String status,
                            Integer leaveRequests) {
    }

    public record ImportResult(long batchId, String encoding, int rows, int changed, int unchanged,
                               List<LocalDate> days) {
    }

    public record RollLine(long studentId, String name, Integer seat, AttendanceStatus status, int leaveRequests) {
    }

    public record EnrolmentEventInput(Long studentId, String kind, String date, String otherSchool, String note) {
    }

    @Inject
    CallerProvider callers;

    @Inject
    Tenancy tenancy;

    @Inject
    AttendanceStore store;

    @Inject
    SchoolRepository schools;

    @Inject
    CalendarService calendars;

    @Inject
    StudentAccess access;

    @Inject
    Clock clock;

    @Inject
    AccessLog accessLog;

    /** A file or API batch: all rows are good, or nothing is written. */
    public ImportResult importRows(Source source, String fileName, String encoding, List<RawRow> rows) {
        return importRows(callers.get(), source, fileName, encoding, rows, WHOLE_SCHOOL_ROLL, false);
    }

    /** Checks a file as {@link #importRows} would, writing nothing: the UI's preview before importing. */
    public ImportResult check(Source source, String fileName, String encoding, List<RawRow> rows) {
        return importRows(callers.get(), source, fileName, encoding, rows, WHOLE_SCHOOL_ROLL, true);
    }

    /**
     * One school's part of a county or national file (校務行政系統 run by a bureau), imported as
     * the officer or operator who sent it; {@code checkOnly} validates without writing.
     */
    public ImportResult importForSchool(long schoolId, Caller sender, List<RawRow> rows, String encoding,
                                        boolean checkOnly) {
        Caller asSchool = new Caller(sender.userId(), sender.username(), sender.displayName(), Set.of(Role.REGISTRAR),
                schoolId, null);
        return importRows(asSchool, Source.CSV, "county file", encoding, rows, WHOLE_SCHOOL_ROLL, checkOnly);
    }

    private ImportResult importRows(Caller caller, Source source, String fileName, String encoding, List<RawRow> rows,
                                    long rollClassId, boolean checkOnly) {
        School school = bind(caller);
        if (!caller.hasAny(IMPORTERS)) {
            throw new AccessDeniedException("出缺席由導師、註冊組、教務處、學務處或校長登錄 (attendance is recorded by homeroom "
                    + "teachers, the registrar, academic or student affairs, or the principal)");
        }
        if (rows.isEmpty()) {
            throw InvalidInputException.of("body", "沒有任何出缺席資料 (no attendance rows)");
        }
        Map<Long, StudentRef> byId = new HashMap<>();
        Map<String, List<StudentRef>> bySeat = new HashMap<>();
        // Files that name students by id (school systems, county files) need only those students.
        boolean byIdOnly = rows.stream().allMatch(r -> r.studentId() != null);
        List<StudentRef> directory = byIdOnly
                ? directory(school.getId(), rows.stream().map(RawRow::studentId).collect(Collectors.toSet()))
                : directory(school.getId());
        for (StudentRef s : directory) {
            if (access.seesWholeSchool(caller) || Objects.equals(s.homeroomId(), caller.userId())) {
                byId.put(s.id(), s);
                if (s.className() != null && s.seat() != null) {
                    bySeat.computeIfAbsent(s.className() + "#" + s.seat(), k -> new ArrayList<>()).add(s);
                }
            }
        }
        SchoolCalendar calendar = calendars.schoolCalendar(school.getId(), school.getCounty().value());
        LocalDate today = LocalDate.now(clock);
        List<FieldError> errors = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (RawRow row : rows) {
            String at = "lines[" + row.line() + "]";
            int before = errors.size();
            StudentRef student = resolve(row, byId, bySeat, at, errors);
            LocalDate day = parseDate(row.date(), at, errors);
            AttendanceStatus status = AttendanceStatus.parse(row.status()).orElse(null);
            if (status == null) {
                errors.add(new FieldError(at + ".status", "第 " + row.line() + " 行：狀態「" + nullToEmpty(row.status())
                        + "」無法辨識，應為 出席、曠課、事假、病假、公假 或 其他假別 (unknown status)"));
            }
            int leaveRequests = parseLeaveRequests(row, status, at, errors);
            if (day != null) {
                if (day.isAfter(today)) {
                    errors.add(new FieldError(at + ".date", "第 " + row.line() + " 行：" + day + " 尚未到來 (a future date)"));
                } else if (outsideEverySemester(calendar, day, today)) {
                    errors.add(new FieldError(at + ".date", "第 " + row.line() + " 行：" + day + " 不在本校任何學期內 "
                            + "(outside every semester of the school)"));
                } else if (!calendar.isSchoolDay(day)) {
                    errors.add(new FieldError(at + ".date", "第 " + row.line() + " 行：" + day + " 不是本校上課日"
                            + calendar.office().reason(day).map(r -> "（" + r + "）").orElse("")
                            + " (not a school day)"));
                }
            }
            if (student != null && day != null) {
                Integer earlier = firstLine.putIfAbsent(student.id() + "@" + day, row.line());
                if (earlier != null) {
                    errors.add(new FieldError(at, "第 " + row.line() + " 行：與第 " + earlier + " 行重複（同一學生同一天） "
                            + "(duplicate of line " + earlier + ")"));
                }
            }
            if (errors.size() == before) {
                entries.add(new Entry(student.id(), day, status, leaveRequests));
            }
        }
        if (!errors.isEmpty()) {
            throw rejected(errors);
        }
        if (checkOnly) {
            return new ImportResult(0, encoding, entries.size(), 0, 0, List.of());
        }
        return write(school.getId(), caller.userId(), source, fileName, encoding, entries, rollClassId);
    }


    /** A class whose roll the caller may take. */
    public record RollClass(long id, String name) {
    }

    /** The classes whose roll the caller may take: a homeroom teacher's own, or every class for the offices. */
    public List<RollClass> rollClasses() {
        Caller caller = callers.get();
        School school = bind(caller);
        boolean everyClass = access.seesWholeSchool(caller) && caller.hasAny(IMPORTERS);
        Map<Long, RollClass> classes = new HashMap<>();
        for (StudentRef s : directory(school.getId())) {
            if (s.classId() != null && (everyClass || Objects.equals(s.homeroomId(), caller.userId()))) {
                classes.putIfAbsent(s.classId(), new RollClass(s.classId(), s.className()));
            }
        }
        return classes.values().stream().sorted(Comparator.comparing(RollClass::name)).toList();
    }

    /** A homeroom teacher's roll for one class and day: students not listed were present. */
    public ImportResult recordRoll(long classId, LocalDate day, List<RollEntry> entries) {
        Caller caller = callers.get();
        School school = bind(caller);
        List<StudentRef> classStudents = directory(school.getId()).stream()
                .filter(s -> Objects.equals(s.classId(), classId)).toList();
        boolean own = classStudents.stream().anyMatch(s -> Objects.equals(s.homeroomId(), caller.userId()));
        if (classStudents.isEmpty() || !(own || (access.seesWholeSchool(caller) && caller.hasAny(IMPORTERS)))) {
            throw new RecordNotFoundException("class", classId);
        }
        Map<Long, RollEntry> listed = new HashMap<>();
        List<FieldError> errors = new ArrayList<>();
        Set<Long> inClass = new HashSet<>(classStudents.stream().map(StudentRef::id).toList());
        for (int i = 0; i < entries.size(); i++) {
            RollEntry e = entries.get(i);
            if (e == null || e.studentId() == null || !inClass.contains(e.studentId())) {
                errors.add(new FieldError("entries[" + i + "].studentId", "不是本班學生 (not a student of this class)"));
            } else if (listed.put(e.studentId(), e) != null) {
                errors.add(new FieldError("entries[" + i + "].studentId", "同一學生重複 (listed twice)"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<RawRow> rows = new ArrayList<>();
        int line = 1;
        for (StudentRef s : classStudents) {
            RollEntry e = listed.get(s.id());
            rows.add(new RawRow(line++, s.id(), null, null, null, day == null ? null : day.toString(),
                    e == null || e.status() == null ? AttendanceStatus.PRESENT.name() : e.status(),
                    e == null || e.leaveRequests() == null ? null : String.valueOf(e.leaveRequests()), null));
        }
        return importRows(caller, Source.ROLL, null, null, rows, classId, false);
    }

    /** The class roll as recorded for a day (present unless a row says otherwise). */
    public List<RollLine> roll(long classId, LocalDate day) {
        School school = bind(callers.get());
        List<StudentRef> classStudents = readableClass(school, classId, day);
        Map<Long, Recorded> recorded = recorded(school.getId(), classStudents.stream().map(StudentRef::id).toList(),
                Set.of(day)).getOrDefault(day, Map.of());
        accessLog.readMany(RecordType.CLASS_ROLL, classId, classStudents.size());
        return classStudents.stream().map(s -> {
            Recorded r = recorded.get(s.id());
            return new RollLine(s.id(), s.name(), s.seat(), r == null ? AttendanceStatus.PRESENT : r.status(),
                    r == null ? 0 : r.leaveRequests());
        }).toList();
    }

    /** When and by whom a class's roll for a day was last saved. */
    public record RollSaved(Instant savedAt, long savedBy, String savedByName) {
    }

    /**
     * The last save of a class's roll for a day (empty if not yet taken): the roll's batch
     * says when it was received and from whom. Readable by whoever may read the roll.
     */
    public Optional<RollSaved> rollSaved(long classId, LocalDate day) {
        School school = bind(callers.get());
        readableClass(school, classId, day);
        return store.rollSaved(school.getId(), classId, day);
    }

    /** The class's students, if the caller may read its roll (their own class, or the whole school's). */
    private List<StudentRef> readableClass(School school, long classId, LocalDate day) {
        Caller caller = callers.get();
        List<StudentRef> classStudents = directory(school.getId()).stream()
                .filter(s -> Objects.equals(s.classId(), classId)).toList();
        boolean own = classStudents.stream().anyMatch(s -> Objects.equals(s.homeroomId(), caller.userId()));
        if (classStudents.isEmpty() || !(own || access.seesWholeSchool(caller)) || day == null) {
            throw new RecordNotFoundException("class", classId);
        }
        return classStudents;
    }

    /** Registration and transfer events for New Taipei categories 2 and 3 (NT-CAT2, NT-CAT3). */
    public long recordEnrolmentEvent(EnrolmentEventInput input) {
        Caller caller = callers.get();
        School school = bind(caller);
        if (!caller.hasAny(ENROLMENT_KEEPERS)) {
            throw new AccessDeniedException("註冊與轉學由註冊組、教務處、學務處或校長登錄 (registrar, academic or student "
                    + "affairs, or the principal)");
        }
        List<FieldError> errors = new ArrayList<>();
        if (input.studentId() == null) {
            errors.add(new FieldError("studentId", "請指定學生 (studentId is required)"));
        } else {
            try {
                access.visible(input.studentId(), caller);
            } catch (RecordNotFoundException e) {
                errors.add(new FieldError("studentId", "查無此學生 (no such student)"));
            }
        }
        EnrolmentEventKind kind = null;
        try {
            kind = EnrolmentEventKind.valueOf(nullToEmpty(input.kind()).trim());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("kind", "應為 ENROLLED、REGISTERED、TRANSFERRED_OUT 或 ARRIVED"));
        }
        LocalDate day = parseDate(input.date(), "date", errors);
        if (day != null && day.isAfter(LocalDate.now(clock))) {
            errors.add(new FieldError("date", day + " 尚未到來 (a future date)"));
        }
        if (kind == EnrolmentEventKind.TRANSFERRED_OUT && (input.otherSchool() == null || input.otherSchool().isBlank())) {
            errors.add(new FieldError("otherSchool", "轉出需填寫轉入學校 (name the receiving school)"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return store.insertEnrolmentEvent(school.getId(), input.studentId(), kind, day, blankToNull(input.otherSchool()),
                blankToNull(input.note()), caller.userId(), clock.instant());
    }

    private ImportResult write(long schoolId, long userId, Source source, String fileName, String encoding,
                               List<Entry> entries, long rollClassId) {
        Set<LocalDate> days = new TreeSet<>();
        Set<Long> studentIds = new HashSet<>();
        for (Entry e : entries) {
            days.add(e.day());
            studentIds.add(e.studentId());
        }
        Map<LocalDate, Map<Long, Recorded>> existing = recorded(schoolId, studentIds, days);
        List<Entry> upserts = new ArrayList<>();
        List<Entry> deletions = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        for (Entry e : entries) {
            Recorded old = existing.getOrDefault(e.day(), Map.of()).get(e.studentId());
            boolean present = e.status() == AttendanceStatus.PRESENT;
            if (old == null && present
                    || old != null && old.status() == e.status() && old.leaveRequests() == e.leaveRequests()) {
                continue;
            }
            (present ? deletions : upserts).add(e);
            if (old != null) {
                changes.add(new Change(e, old));
            }
        }
        int changed = upserts.size() + deletions.size();
        long batchId = store.write(schoolId, new Batch(source.name(), fileName, encoding, clock.instant(), userId,
                entries.size(), changed), upserts, deletions, changes, days, rollClassId);
        return new ImportResult(batchId, encoding, entries.size(), changed, entries.size() - changed, List.copyOf(days));
    }

    private Map<LocalDate, Map<Long, Recorded>> recorded(long schoolId, java.util.Collection<Long> students,
                                                         Set<LocalDate> days) {
        return store.recorded(schoolId, students, days);
    }

    private List<StudentRef> directory(long schoolId) {
        return directory(schoolId, null);
    }

    /** Enrolled students of the school with their class; only the given ones unless {@code ids} is null. */
    private List<StudentRef> directory(long schoolId, Set<Long> ids) {
        return store.directory(schoolId, ids);
    }

    private static StudentRef resolve(RawRow row, Map<Long, StudentRef> byId, Map<String, List<StudentRef>> bySeat,
                                      String at, List<FieldError> errors) {
        StudentRef found;
        if (row.studentId() != null) {
            found = byId.get(row.studentId());
            if (found == null) {
                errors.add(new FieldError(at + ".studentId", "第 " + row.line() + " 行：查無學生編號 " + row.studentId()
                        + "（或非您可登錄的學生） (unknown student)"));
                return null;
            }
        } else {
            String key = nullToEmpty(row.className()).trim() + "#" + parseSeat(row.seat());
            List<StudentRef> candidates = bySeat.getOrDefault(key, List.of());
            if (candidates.size() != 1) {
                errors.add(new FieldError(at + ".seat", "第 " + row.line() + " 行：查無 " + nullToEmpty(row.className())
                        + " 班 " + nullToEmpty(row.seat()) + " 號在學學生" + (candidates.size() > 1 ? "（不只一位）" : "")
                        + " (unknown student)"));
                return null;
            }
            found = candidates.get(0);
        }
        if (row.name() != null && !row.name().isBlank() && !row.name().trim().equals(found.name())) {
            errors.add(new FieldError(at + ".name", "第 " + row.line() + " 行：姓名「" + row.name().trim() + "」與本校紀錄不符 "
                    + "(name does not match the student)"));
            return null;
        }
        return found;
    }

    private static String parseSeat(String seat) {
        try {
            return seat == null ? "" : String.valueOf(Integer.parseInt(seat.trim()));
        } catch (NumberFormatException e) {
            return seat.trim();
        }
    }

    /**
     * A day no semester covers: before the first one the school entered, or — for a school that
     * entered none, whose every working day counts — before the previous school year began
     * (1 August), so a stray 1999 is refused rather than stored.
     */
    static boolean outsideEverySemester(SchoolCalendar calendar, LocalDate day, LocalDate today) {
        if (!calendar.terms().isEmpty()) {
            return day.isBefore(calendar.terms().get(0).firstDay());
        }
        int schoolYearStart = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
        return day.isBefore(LocalDate.of(schoolYearStart - 1, 8, 1));
    }

    /** ISO dates (2026-03-04) or ROC dates as the forms print them (115/03/04). */
    static LocalDate parseDate(String text, String at, List<FieldError> errors) {
        String value = nullToEmpty(text).trim();
        try {
            Matcher roc = ROC_DATE.matcher(value);
            if (roc.matches()) {
                return LocalDate.of(Integer.parseInt(roc.group(1)) + 1911, Integer.parseInt(roc.group(2)),
                        Integer.parseInt(roc.group(3)));
            }
            LocalDate date = LocalDate.parse(value);
            if (!InputLimits.isSaneDate(date)) {
                throw new java.time.DateTimeException("out of range");
            }
            return date;
        } catch (java.time.DateTimeException | NumberFormatException e) {
            errors.add(new FieldError(at + ".date", (at.startsWith("lines[") ? "第 " + at.replaceAll("\\D", "") + " 行："
                    : "") + "日期「" + InputLimits.excerpt(value) + "」應為 2026-03-04 或 115/03/04 (bad date)"));
            return null;
        }
    }

    private static int parseLeaveRequests(RawRow row, AttendanceStatus status, String at, List<FieldError> errors) {
        if (row.leaveRequests() == null || row.leaveRequests().isBlank()) {
            return status != null && status.isLeave() ? 1 : 0;
        }
        try {
            int n = Integer.parseInt(row.leaveRequests().trim());
            if (n < 0 || n > 9 || (n > 0 && status != null && !status.isLeave())) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            errors.add(new FieldError(at + ".leaveRequests", "第 " + row.line() + " 行：假單數應為 0 至 9，且只用於請假 "
                    + "(leave requests 0–9, for leave only)"));
            return 0;
        }
    }

    private static InvalidInputException rejected(List<FieldError> errors) {
        if (errors.size() <= MAX_LISTED_ERRORS) {
            return new InvalidInputException(errors);
        }
        List<FieldError> listed = new ArrayList<>(errors.subList(0, MAX_LISTED_ERRORS));
        listed.add(new FieldError("lines", "另有 " + (errors.size() - MAX_LISTED_ERRORS) + " 個錯誤未列出 (and "
                + (errors.size() - MAX_LISTED_ERRORS) + " more)"));
        return new InvalidInputException(listed);
    }

    private School bind(Caller caller) {
        long schoolId = caller.requireSchool();
        tenancy.bind(schoolId);
        return schools.find(schoolId).orElseThrow();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
