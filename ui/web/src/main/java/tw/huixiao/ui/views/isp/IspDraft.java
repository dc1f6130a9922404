package tw.huixiao.ui.views.isp;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tw.huixiao.platform.application.isp.IspInput;
import tw.huixiao.platform.application.isp.IspView;
import tw.huixiao.platform.domain.isp.IspPlan;

/**
 * The plan as the editor holds it while the user works: plain mutable rows that become an
 * {@link IspInput} for every preview and save. The courses are the editor's own list to pick
 * cells from (a course, its teacher and the students pulled out); the service stores only the
 * cells, so a plan read back lists each distinct course and teacher of its timetable.
 */
final class IspDraft {

    static final int DEFAULT_WEEKS = 18;

    String termLabel;
    LocalDate startsOn;
    Integer weeks;
    final List<Member> team = new ArrayList<>();
    final Set<Long> needsMeetingIds = new LinkedHashSet<>();
    final List<Service> services = new ArrayList<>();
    String schooling;
    String coursesAfterReturn;
    String career;
    String furtherStudy;
    final List<Teacher> teachers = new ArrayList<>();
    final List<Course> courses = new ArrayList<>();
    final List<Cell> cells = new ArrayList<>();
    final List<Visit> visits = new ArrayList<>();
    boolean materials;
    BigDecimal materialsPerStudent;
    boolean printing;
    BigDecimal printingPerStudent;
    Integer administrationMonths;
    BigDecimal administrationPerMonth;
    String outdoorDescription;
    BigDecimal outdoorCost;
    boolean nhiPremium = true;
    BigDecimal miscellaneous;
    boolean fundingRequested = true;
    Long version;
    /** Names of the students the plan mentions (the case's student first), for showing cells and visits. */
    final Map<Long, String> studentNames = new LinkedHashMap<>();

    static final class Member {
        String role;
        String name;
        Long userId;
        String duties;
    }

    static final class Service {
        String area;
        String item;
        String method;
        String provider;
        String revision;
    }

    static final class Teacher {
        String name;
        String type = "EXTERNAL_TEACHER";
        String jobTitle;
        String reason;
        String qualification;
        LocalDate registryCheckedOn;
        BigDecimal agreedRate;
        boolean reducedLoad;
        boolean centreStaff;
        boolean bureauConsent;
        Long userId;
    }

    static final class Course {
        String name;
        String teacher;
        final List<Long> studentIds = new ArrayList<>();

        String label() {
            return "【" + (name == null ? "" : name) + "】" + (teacher == null ? "" : teacher);
        }
    }

    /** A cell of the timetable: a weekday, a period code ("1"…"7", "LUNCH"), the course, its teacher, the students. */
    record Cell(String day, String period, String course, String teacher, List<Long> studentIds) {
    }

    static final class Visit {
        LocalDate date;
        String counsellor;
        Long studentId;
        BigDecimal distanceKm;
        Integer minutes = 50;
        String note;
    }

    /** A new plan for the case's student: this semester's label, from this week's Monday, 18 weeks. */
    static IspDraft blank(long studentId, String studentName, LocalDate today) {
        IspDraft draft = new IspDraft();
        draft.studentNames.put(studentId, studentName);
        draft.termLabel = IspPlan.Term.semesterOf(today);
        draft.startsOn = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        draft.weeks = DEFAULT_WEEKS;
        return draft;
    }

    /** The stored plan, to edit. */
    static IspDraft of(IspView view, String studentName) {
        IspDraft draft = new IspDraft();
        draft.studentNames.put(view.studentId(), studentName);
        draft.termLabel = view.term().label();
        draft.startsOn = view.term().startsOn();
        draft.weeks = view.term().weeks();
        view.team().forEach(m -> {
            Member member = new Member();
            member.role = m.role();
            member.name = m.name();
            member.userId = m.userId();
            // The view fills in the role's template duties; keep only duties the plan itself states.
            member.duties = isTemplateDuty(m) ? null : m.duties();
            draft.team.add(member);
        });
        view.needsMeetings().forEach(m -> draft.needsMeetingIds.add(m.id()));
        view.services().forEach(s -> {
            Service service = new Service();
            service.area = s.area();
            service.item = s.item();
            service.method = s.method();
            service.provider = s.provider();
            service.revision = s.revision();
            draft.services.add(service);
        });
        IspPlan.Measures measures = view.measures();
        if (measures != null) {
            draft.schooling = measures.schooling();
            draft.coursesAfterReturn = measures.courses();
            draft.career = measures.career();
            draft.furtherStudy = measures.furtherStudy();
        }
        view.teachers().forEach(t -> {
            Teacher teacher = new Teacher();
            teacher.name = t.name();
            teacher.type = t.type();
            teacher.jobTitle = t.jobTitle();
            teacher.reason = t.reason();
            teacher.qualification = t.qualification();
            teacher.registryCheckedOn = t.registryCheckedOn();
            teacher.agreedRate = t.agreedRate();
            teacher.reducedLoad = t.reducedLoad();
            teacher.centreStaff = t.centreStaff();
            teacher.bureauConsent = t.bureauConsent();
            teacher.userId = t.userId();
            draft.teachers.add(teacher);
        });
        for (IspView.Cell c : view.timetable()) {
            List<Long> ids = c.students().stream().map(IspView.Student::id).toList();
            c.students().forEach(s -> draft.studentNames.putIfAbsent(s.id(), s.name()));
            draft.cells.add(new Cell(c.day(), c.period(), c.course(), c.teacher(), ids));
            Course course = draft.courses.stream().filter(k -> Objects.equals(k.name, c.course())
                    && Objects.equals(k.teacher, c.teacher())).findFirst().orElseGet(() -> {
                        Course added = new Course();
                        added.name = c.course();
                        added.teacher = c.teacher();
                        draft.courses.add(added);
                        return added;
                    });
            ids.stream().filter(id -> !course.studentIds.contains(id)).forEach(course.studentIds::add);
        }
        view.visits().forEach(v -> {
            Visit visit = new Visit();
            visit.date = v.date();
            visit.counsellor = v.counsellor();
            visit.studentId = v.studentId();
            visit.distanceKm = v.distanceKm();
            visit.minutes = v.minutes();
            visit.note = v.note();
            draft.studentNames.putIfAbsent(v.studentId(), v.studentName());
            draft.visits.add(visit);
        });
        IspPlan.Extras extras = view.extras();
        draft.materials = extras.materials();
        draft.materialsPerStudent = extras.materialsPerStudent();
        draft.printing = extras.printing();
        draft.printingPerStudent = extras.printingPerStudent();
        draft.administrationMonths = extras.administrationMonths();
        draft.administrationPerMonth = extras.administrationPerMonth();
        if (extras.outdoor() != null) {
            draft.outdoorDescription = extras.outdoor().description();
            draft.outdoorCost = extras.outdoor().cost();
        }
        draft.nhiPremium = extras.nhiPremium();
        draft.miscellaneous = extras.miscellaneous();
        draft.fundingRequested = view.fundingRequested();
        draft.version = view.version();
        return draft;
    }

    private static boolean isTemplateDuty(IspView.TeamMember m) {
        try {
            return tw.huixiao.platform.domain.isp.TeamRole.valueOf(m.role()).duties().zhTw().equals(m.duties());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** What the service checks and computes, and stores on save. */
    IspInput input() {
        return new IspInput(new IspInput.Term(termLabel, startsOn, weeks),
                team.stream().map(m -> new IspInput.TeamMember(m.role, m.name, m.userId, blankToNull(m.duties))).toList(),
                List.copyOf(needsMeetingIds),
                services.stream().map(s -> new IspInput.Service(s.area, s.item, blankToNull(s.method),
                        blankToNull(s.provider), blankToNull(s.revision))).toList(),
                new IspInput.Measures(blankToNull(schooling), blankToNull(coursesAfterReturn), blankToNull(career),
                        blankToNull(furtherStudy)),
                teachers.stream().map(t -> new IspInput.Teacher(t.name, t.type, blankToNull(t.jobTitle),
                        blankToNull(t.reason), blankToNull(t.qualification), t.registryCheckedOn, t.agreedRate,
                        t.reducedLoad, t.centreStaff, t.bureauConsent, t.userId)).toList(),
                cells.stream().map(c -> new IspInput.Cell(c.day(), c.period(), c.course(), c.teacher(), c.studentIds()))
                        .toList(),
                visits.stream().map(v -> new IspInput.Visit(v.date, v.counsellor, v.studentId, v.distanceKm, v.minutes,
                        blankToNull(v.note))).toList(),
                new IspInput.Extras(materials, materialsPerStudent, printing, printingPerStudent, administrationMonths,
                        administrationPerMonth, blankToNull(outdoorDescription) == null && outdoorCost == null ? null
                        : new IspInput.Outdoor(outdoorDescription, outdoorCost), nhiPremium, miscellaneous),
                fundingRequested, version);
    }

    /** Puts a course into a slot, with its teacher and students as they stand. */
    void place(Course course, String day, String period) {
        cells.add(new Cell(day, period, course.name, course.teacher, List.copyOf(course.studentIds)));
    }

    /** A teacher renamed: the cells, courses and visits that name them follow. */
    void renameTeacher(String from, String to) {
        if (from == null || Objects.equals(from, to)) {
            return;
        }
        cells.replaceAll(c -> from.equals(c.teacher()) ? new Cell(c.day(), c.period(), c.course(), to, c.studentIds()) : c);
        courses.stream().filter(c -> from.equals(c.teacher)).forEach(c -> c.teacher = to);
        visits.stream().filter(v -> from.equals(v.counsellor)).forEach(v -> v.counsellor = to);
    }

    /** A course renamed or given another teacher or students: its cells follow. */
    void courseChanged(String oldName, String oldTeacher, Course course) {
        cells.replaceAll(c -> Objects.equals(oldName, c.course()) && Objects.equals(oldTeacher, c.teacher())
                ? new Cell(c.day(), c.period(), course.name, course.teacher, List.copyOf(course.studentIds)) : c);
    }

    String studentName(Long id) {
        String name = id == null ? null : studentNames.get(id);
        return name != null ? name : "#" + id;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
