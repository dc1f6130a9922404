package tw.huixiao.platform.application.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import tw.huixiao.platform.application.AccessDeniedException;
import tw.huixiao.platform.application.Caller;
import tw.huixiao.platform.application.CallerProvider;
import tw.huixiao.platform.application.InputLimits;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.InvalidInputException.FieldError;
import tw.huixiao.platform.application.RecordNotFoundException;
import tw.huixiao.platform.domain.calendar.CalendarRepository;
import tw.huixiao.platform.domain.calendar.Closure;
import tw.huixiao.platform.domain.calendar.Semester;
import tw.huixiao.platform.domain.identity.Role;
import tw.huixiao.platform.domain.school.School;
import tw.huixiao.platform.domain.school.SchoolRepository;
import tw.huixiao.platform.application.tenancy.Tenancy;
import tw.huixiao.schedule.OfficeCalendar;
import tw.huixiao.schedule.SchoolCalendar;

/**
 * The one place that answers "is this a school day / a working day" and "N school or working
 * days after D" for a school: the office calendar, the school's semesters, its own closures
 * and its county's. Every deadline of the escalation engine is computed from this.
 */
@ApplicationScoped
@Transactional
public class CalendarService {

    private static final Role[] CALENDAR_KEEPERS = {Role.REGISTRAR, Role.ACADEMIC_AFFAIRS, Role.STUDENT_AFFAIRS,
            Role.PRINCIPAL, Role.SCHOOL_ADMIN};
    private static final int MAX_RANGE_DAYS = 400;

    /** One day as the calendar sees it. */
    public record Day(LocalDate date, boolean schoolDay, boolean workingDay, String reason, boolean estimated) {
    }

    public record CalendarView(long schoolId, String county, List<Semester> semesters, List<Closure> closures,
                               List<Day> days) {
    }

    /** The answer to "N school/working days after D". */
    public record Count(LocalDate from, int days, String kind, LocalDate result) {
    }

    @Inject
    CallerProvider callers;

    @Inject
    Tenancy tenancy;

    @Inject
    SchoolRepository schools;

    @Inject
    CalendarRepository calendars;

    @Inject
    OfficeCalendarStore office;

    @Inject
    Clock clock;

    /** The school's calendar; call inside a transaction bound to that school. */
    public SchoolCalendar schoolCalendar(long schoolId, String county) {
        List<SchoolCalendar.Term> terms = calendars.semesters(schoolId).stream()
                .map(s -> new SchoolCalendar.Term(s.firstDay(), s.lastDay())).toList();
        Set<LocalDate> closed = calendars.closures(schoolId, county).stream().map(Closure::day)
                .collect(Collectors.toSet());
        return new SchoolCalendar(office.current(), terms, closed);
    }

    public CalendarView view(LocalDate from, LocalDate to) {
        School school = boundSchool();
        if (from == null || to == null || to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > MAX_RANGE_DAYS) {
            throw InvalidInputException.of("to", "請給起訖日期，最長 " + MAX_RANGE_DAYS + " 天 (from and to, at most "
                    + MAX_RANGE_DAYS + " days)");
        }
        String county = school.getCounty().value();
        SchoolCalendar calendar = schoolCalendar(school.getId(), county);
        List<Closure> closures = calendars.closures(school.getId(), county);
        List<Day> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            LocalDate day = d;
            String reason = closures.stream().filter(c -> c.day().equals(day)).map(Closure::reason).findFirst()
                    .orElse(calendar.office().reason(day).orElse(null));
            days.add(new Day(day, calendar.isSchoolDay(day), calendar.office().isWorkingDay(day), reason,
                    !calendar.office().covers(day) || calendar.isBeyondKnownTerms(day)));
        }
        return new CalendarView(school.getId(), county, calendars.semesters(school.getId()), closures, days);
    }

    /** Whether the caller keeps the school's calendar (semesters, school closures). */
    public boolean callerKeepsCalendar() {
        return callers.get().hasAny(CALENDAR_KEEPERS);
    }

    public Count count(LocalDate from, Integer schoolDays, Integer workingDays) {
        School school = boundSchool();
        if (from == null || (schoolDays == null) == (workingDays == null)) {
            throw InvalidInputException.of("schoolDays", "請給 from 以及 schoolDays 或 workingDays 其中之一 "
                    + "(give from and exactly one of schoolDays, workingDays)");
        }
        int n = schoolDays != null ? schoolDays : workingDays;
        if (n < 1 || n > 200) {
            throw InvalidInputException.of(schoolDays != null ? "schoolDays" : "workingDays", "天數應為 1 至 200 (1–200 days)");
        }
        SchoolCalendar calendar = schoolCalendar(school.getId(), school.getCounty().value());
        return schoolDays != null
                ? new Count(from, n, "SCHOOL_DAYS", calendar.plusSchoolDays(from, n))
                : new Count(from, n, "WORKING_DAYS", calendar.office().plusWorkingDays(from, n));
    }

    public Semester saveSemester(Semester input) {
        School school = boundSchool();
        requireKeeper();
        List<FieldError> errors = new ArrayList<>();
        if (input.term() != 1 && input.term() != 2) {
            errors.add(new FieldError("term", "學期應為 1 或 2 (term is 1 or 2)"));
        }
        if (input.schoolYear() < 100 || input.schoolYear() > 200) {
            errors.add(new FieldError("schoolYear", "學年度以民國年表示，例如 115 (school year in ROC years, e.g. 115)"));
        }
        if (input.firstDay() == null || input.lastDay() == null || !input.lastDay().isAfter(input.firstDay())
                || ChronoUnit.DAYS.between(input.firstDay(), input.lastDay()) >= 200) {
            errors.add(new FieldError("lastDay", "學期需有開學日與結束日，且結束日在開學日之後、相距不到 200 天 "
                    + "(first and last day, the last after the first, under 200 days apart)"));
        }
        if (errors.isEmpty()) {
            calendars.semesters(school.getId()).stream()
                    .filter(s -> !(s.schoolYear() == input.schoolYear() && s.term() == input.term()))
                    .filter(s -> !s.lastDay().isBefore(input.firstDay()) && !input.lastDay().isBefore(s.firstDay()))
                    .findFirst().ifPresent(s -> errors.add(new FieldError("firstDay", "與 " + s.schoolYear() + " 學年度第 "
                            + s.term() + " 學期重疊 (overlaps another semester)")));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return calendars.saveSemester(school.getId(), input);
    }

    public void deleteSemester(long id) {
        School school = boundSchool();
        requireKeeper();
        if (!calendars.deleteSemester(school.getId(), id)) {
            throw new RecordNotFoundException("semester", id);
        }
    }

    public Closure addSchoolClosure(LocalDate day, String reason) {
        School school = boundSchool();
        Caller caller = requireKeeper();
        validateClosure(day, reason);
        return calendars.addSchoolClosure(school.getId(), day, reason.trim(), caller.userId(), clock.instant());
    }

    public void deleteSchoolClosure(long id) {
        School school = boundSchool();
        requireKeeper();
        if (!calendars.deleteSchoolClosure(school.getId(), id)) {
            throw new RecordNotFoundException("closure", id);
        }
    }

    /** A county bureau's closure (e.g. 颱風停課) for every school of the county. */
    public Closure addCountyClosure(LocalDate day, String reason) {
        Caller caller = callers.get();
        if (!caller.has(Role.BUREAU_OFFICER) || caller.bureauCounty() == null) {
            throw new AccessDeniedException("全縣停課由縣市教育局（處）公告 (county closures are announced by the bureau)");
        }
        validateClosure(day, reason);
        return calendars.addCountyClosure(caller.bureauCounty().value(), day, reason.trim(), caller.userId(),
                clock.instant());
    }

    public void deleteCountyClosure(long id) {
        Caller caller = callers.get();
        if (!caller.has(Role.BUREAU_OFFICER) || caller.bureauCounty() == null
                || !calendars.deleteCountyClosure(caller.bureauCounty().value(), id)) {
            throw new RecordNotFoundException("closure", id);
        }
    }

    /** Replaces a year of the office calendar from the Executive Yuan's list (platform operators). */
    public int replaceOfficeYear(int year, String csv, String source) {
        Caller caller = callers.get();
        if (!caller.has(Role.PLATFORM_ADMIN)) {
            throw new AccessDeniedException("辦公日曆由平台管理者維護 (platform administrators only)");
        }
        OfficeCalendar parsed;
        try {
            parsed = OfficeCalendar.fromCsv(new StringReader(csv == null ? "" : csv));
        } catch (IllegalArgumentException | IllegalStateException | IOException | java.io.UncheckedIOException e) {
            throw InvalidInputException.of("body", "日曆檔格式錯誤：" + InputLimits.excerpt(e.getMessage())
                    + " (expected date,kind,reason rows)");
        }
        List<FieldError> errors = new ArrayList<>();
        if (!parsed.publishedYears().equals(Set.of(year))) {
            errors.add(new FieldError("body", "檔案只能包含 " + year + " 年的日期 (the file must hold dates of " + year
                    + " only), found " + parsed.publishedYears()));
        }
        if (source == null || source.isBlank()) {
            errors.add(new FieldError("source", "請註明來源，例如行政院人事行政總處核定日期 (name the source)"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        office.replaceYear(year, parsed, source.trim(), caller.userId());
        return parsed.holidays().size() + parsed.makeUpWorkdays().size();
    }

    private static void validateClosure(LocalDate day, String reason) {
        List<FieldError> errors = new ArrayList<>();
        if (day == null) {
            errors.add(new FieldError("day", "請給停課日期 (day is required)"));
        }
        if (reason == null || reason.isBlank() || reason.length() > 200) {
            errors.add(new FieldError("reason", "請填寫停課原因，最多 200 字 (a reason, at most 200 characters)"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private School boundSchool() {
        Caller caller = callers.get();
        long schoolId = caller.requireSchool();
        tenancy.bind(schoolId);
        return schools.find(schoolId).orElseThrow();
    }

    private Caller requireKeeper() {
        Caller caller = callers.get();
        if (!caller.hasAny(CALENDAR_KEEPERS)) {
            throw new AccessDeniedException("行事曆由註冊組、教務處、學務處或校長維護 (kept by the registrar, academic or "
                    + "student affairs, or the principal)");
        }
        return caller;
    }
}
