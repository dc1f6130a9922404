package tw.huixiao.platform.application.onboarding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import tw.huixiao.platform.application.AccessDeniedException;
import tw.huixiao.platform.application.Caller;
import tw.huixiao.platform.application.CallerProvider;
import tw.huixiao.platform.domain.identity.Role;
import tw.huixiao.platform.domain.identity.UserAccount;
import tw.huixiao.platform.domain.identity.UserAccountRepository;
import tw.huixiao.platform.domain.school.School;
import tw.huixiao.platform.domain.school.SchoolRepository;
import tw.huixiao.platform.domain.student.Register;
import tw.huixiao.platform.domain.student.Register.ClassRow;
import tw.huixiao.platform.domain.student.Register.Registered;
import tw.huixiao.platform.domain.student.EnrolmentStatus;
import tw.huixiao.platform.application.calendar.OfficeCalendarStore;
import tw.huixiao.platform.application.tenancy.Tenancy;
import tw.huixiao.platform.application.policy.Policies;
import tw.huixiao.schedule.OfficeCalendar;

/**
 * What the two administrators' consoles read: the platform's (counties, schools, modules, office
 * calendar, users by school) and a school's (its staff, classes and how many students each has).
 * Reads only; the actions are the services the API already has.
 */
@ApplicationScoped
@Transactional
public class Consoles {

    @Inject
    CallerProvider callers;

    @Inject
    SchoolRepository schools;

    @Inject
    UserAccountRepository accounts;

    @Inject
    Policies policies;

    @Inject
    OfficeCalendarStore officeCalendar;

    @Inject
    Tenancy tenancy;

    @Inject
    Register register;

    public record CountyRow(String county, String module, String moduleVersion, boolean moduleActive, int schools,
                            int remoteSchools) {
    }

    public record SchoolRow(long id, String moeCode, String name, String county, String level, String district,
                            boolean remoteArea, String address, String phone) {
    }

    /** nameZh / nameEn: the module's display name while it is active. */
    public record ModuleRow(String id, String nameZh, String nameEn, String version, String status, String source,
                            List<String> errors) {
    }

    public record Holiday(LocalDate day, String name, boolean makeUpWorkday) {
    }

    public record Person(long id, String username, String displayName, List<Role> roles, boolean enabled) {
    }

    public record ClassSummary(long id, int schoolYear, int grade, String name, String homeroomTeacher, int students) {
    }

    public boolean platformConsole() {
        return callers.get().has(Role.PLATFORM_ADMIN);
    }

    public boolean schoolConsole() {
        Caller caller = callers.get();
        return caller.has(Role.SCHOOL_ADMIN) && caller.school().isPresent();
    }

    public List<SchoolRow> schools() {
        requirePlatform();
        return schools.findAll().stream().map(s -> new SchoolRow(s.getId(), s.getMoeCode(), s.getName(),
                s.getCounty().value(), s.getLevel().name(), s.getDistrict(), s.isRemoteArea(), s.getAddress(),
                s.getPhone())).toList();
    }

    /** Each county with schools, and the module that serves it (none: its schools get national rules only). */
    public List<CountyRow> counties() {
        requirePlatform();
        Map<String, List<School>> byCounty = schools.findAll().stream()
                .collect(Collectors.groupingBy(s -> s.getCounty().value(), TreeMap::new, Collectors.toList()));
        List<CountyRow> rows = new ArrayList<>();
        byCounty.forEach((county, list) -> {
            var policy = policies.forCounty(list.get(0).getCounty());
            rows.add(new CountyRow(county, policy.map(p -> p.identity().id()).orElse(null),
                    policy.map(p -> p.identity().version().toString()).orElse(null), policy.isPresent(), list.size(),
                    (int) list.stream().filter(School::isRemoteArea).count()));
        });
        return rows;
    }

    public List<ModuleRow> modules() {
        requirePlatform();
        return policies.modules().stream().map(m -> new ModuleRow(m.id(),
                m.policyIfActive().map(p -> p.identity().displayName().zhTw()).orElse(null),
                m.policyIfActive().map(p -> p.identity().displayName().en()).orElse(null),
                // A jar refused before its descriptor was read has no version.
                m.version() == null ? null : m.version().toString(),
                m.status().name(), m.source(), m.errors())).toList();
    }

    /** The office calendar's holidays and make-up workdays of a year (政府行政機關辦公日曆表). */
    public List<Holiday> officeYear(int year) {
        requirePlatform();
        OfficeCalendar calendar = officeCalendar.current();
        List<Holiday> days = new ArrayList<>();
        calendar.holidays().forEach((day, name) -> {
            if (day.getYear() == year) {
                days.add(new Holiday(day, name, false));
            }
        });
        calendar.makeUpWorkdays().forEach((day, name) -> {
            if (day.getYear() == year) {
                days.add(new Holiday(day, name, true));
            }
        });
        days.sort((a, b) -> a.day().compareTo(b.day()));
        return days;
    }

    public List<Person> users(long schoolId) {
        requirePlatform();
        return people(schoolId);
    }

    /** The school administrator's own school: its staff. */
    public List<Person> staff() {
        return people(requireSchoolAdmin());
    }

    /** The school administrator's own school: its classes, newest school year first, with their students. */
    public List<ClassSummary> classes() {
        long schoolId = requireSchoolAdmin();
        tenancy.bind(schoolId);
        Map<Long, String> teachers = accounts.findBySchool(schoolId).stream()
                .collect(Collectors.toMap(UserAccount::getId, UserAccount::getDisplayName));
        Map<Long, Long> counts = register.students(schoolId).stream()
                .filter(s -> s.classId() != null && s.status() != EnrolmentStatus.TRANSFERRED_OUT)
                .collect(Collectors.groupingBy(Registered::classId, Collectors.counting()));
        List<ClassRow> classes = new ArrayList<>(register.classes(schoolId));
        classes.sort((a, b) -> a.schoolYear() != b.schoolYear() ? b.schoolYear() - a.schoolYear()
                : a.name().compareTo(b.name()));
        return classes.stream().map(c -> new ClassSummary(c.id(), c.schoolYear(), c.grade(), c.name(),
                c.homeroomTeacherId() == null ? null : teachers.get(c.homeroomTeacherId()),
                counts.getOrDefault(c.id(), 0L).intValue())).toList();
    }

    private List<Person> people(long schoolId) {
        return accounts.findBySchool(schoolId).stream()
                .sorted((a, b) -> a.getUsername().compareTo(b.getUsername()))
                .map(u -> new Person(u.getId(), u.getUsername(), u.getDisplayName(),
                        u.getRoles().stream().sorted().toList(), u.isEnabled())).toList();
    }

    private void requirePlatform() {
        if (!platformConsole()) {
            throw new AccessDeniedException("僅限平台管理者 (platform administrators only)");
        }
    }

    private long requireSchoolAdmin() {
        if (!schoolConsole()) {
            throw new AccessDeniedException("僅限學校系統管理者 (school administrators only)");
        }
        return callers.get().requireSchool();
    }
}
