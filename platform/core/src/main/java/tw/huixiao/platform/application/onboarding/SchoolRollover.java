package tw.huixiao.platform.application.onboarding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import tw.huixiao.platform.application.RecordNotFoundException;
import tw.huixiao.platform.application.StateConflictException;
import tw.huixiao.platform.application.audit.AccessLog;
import tw.huixiao.platform.application.audit.RecordType;
import tw.huixiao.platform.domain.calendar.CalendarRepository;
import tw.huixiao.platform.domain.calendar.Semester;
import tw.huixiao.platform.domain.school.School;
import tw.huixiao.platform.domain.school.SchoolRepository;
import tw.huixiao.platform.domain.student.EnrolmentStatus;
import tw.huixiao.platform.domain.student.Register;
import tw.huixiao.platform.domain.student.Register.ClassRow;
import tw.huixiao.platform.domain.student.Register.Registered;
import tw.huixiao.platform.application.tenancy.Tenancy;
import tw.huixiao.policy.spi.SchoolLevel;

/**
 * One school's move into the next school year (學年度), in one transaction: each class of the
 * year moves up a grade into a class of the new year (701 → 801) with its 導師, its enrolled
 * students (also those 中輟 or 安置, who keep their 學籍) move with it, the last grade graduates
 * (畢業, their class kept as history), students who left (轉出, 休學) stay where they were. Cases
 * belong to students, so open cases and their tasks follow them; open homeroom duties go to the
 * new class's 導師. A class of the new year that already exists (re-imported with its 導師) takes
 * the students instead of a new one. Callers check who may run it ({@link Rollover}).
 */
@ApplicationScoped
@Transactional
public class SchoolRollover {

    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    @Inject
    Tenancy tenancy;

    @Inject
    SchoolRepository schools;

    @Inject
    Register register;

    @Inject
    CalendarRepository calendars;

    @Inject
    AccessLog accessLog;

    @Inject
    Clock clock;

    public record ClassMove(String from, int fromGrade, String to, boolean graduating, boolean existing,
                            int students, Long homeroomTeacherId) {
    }

    /** A student of a graduating class with a case still open: the school closes or refers it. */
    public record OpenCaseOfGraduate(long studentId, String name, String className, int openCases) {
    }

    public record Report(long schoolId, String moeCode, String schoolName, boolean applied, int fromYear, int toYear,
                         LocalDate newYearStarts, boolean late, String refusal, List<ClassMove> classes, int promoted,
                         int graduated, int leavers, int studentsWithOpenCases, int openTasks,
                         int homeroomTasksReassigned, List<OpenCaseOfGraduate> graduatesWithOpenCases) {
    }

    public Report roll(long schoolId, Integer fromYear, boolean apply, long userId) {
        School school = schools.find(schoolId).orElseThrow(() -> new RecordNotFoundException("school", schoolId));
        tenancy.bind(schoolId);
        List<ClassRow> classes = register.classes(schoolId);
        int year = fromYear != null ? fromYear
                : classes.stream().mapToInt(ClassRow::schoolYear).max().orElse(0);
        LocalDate today = LocalDate.now(clock.withZone(TAIPEI));
        LocalDate starts = LocalDate.of(year + 1 + 1911, 8, 1);
        String refusal = refusal(school, year, classes, today);
        int last = lastGrade(school.getLevel());
        Map<String, ClassRow> nextYear = classes.stream().filter(c -> c.schoolYear() == year + 1)
                .collect(Collectors.toMap(ClassRow::name, Function.identity()));
        List<ClassRow> current = classes.stream().filter(c -> c.schoolYear() == year).toList();
        Map<Long, List<Registered>> byClass = register.students(schoolId).stream().filter(s -> s.classId() != null)
                .collect(Collectors.groupingBy(Registered::classId));
        Map<Long, Integer> openCases = register.openCases(schoolId);
        Map<Long, Integer> openTasks = register.openTasks(schoolId);

        List<ClassMove> moves = new ArrayList<>();
        List<ClassRow> toAdd = new ArrayList<>();
        List<OpenCaseOfGraduate> graduatesWithCases = new ArrayList<>();
        int promoted = 0;
        int graduated = 0;
        int leavers = 0;
        int withCases = 0;
        int tasks = 0;
        for (ClassRow c : current) {
            List<Registered> members = byClass.getOrDefault(c.id(), List.of());
            List<Registered> moving = members.stream().filter(s -> stays(s.status())).toList();
            leavers += members.size() - moving.size();
            boolean graduating = c.grade() >= last;
            String to = graduating ? null : nextName(c);
            ClassRow existing = to == null ? null : nextYear.get(to);
            if (!graduating && existing == null) {
                toAdd.add(new ClassRow(0, year + 1, c.grade() + 1, to, c.homeroomTeacherId()));
            }
            moves.add(new ClassMove(c.name(), c.grade(), to, graduating, existing != null, moving.size(),
                    existing != null ? existing.homeroomTeacherId() : c.homeroomTeacherId()));
            for (Registered s : moving) {
                int cases = openCases.getOrDefault(s.id(), 0);
                withCases += cases > 0 ? 1 : 0;
                tasks += openTasks.getOrDefault(s.id(), 0);
                if (graduating) {
                    graduated++;
                    if (cases > 0) {
                        graduatesWithCases.add(new OpenCaseOfGraduate(s.id(), s.name(), c.name(), cases));
                    }
                } else {
                    promoted++;
                }
            }
        }
        if (refusal == null && current.isEmpty()) {
            refusal = "本校沒有 " + year + " 學年度的班級 (the school has no classes of school year " + year + ")";
        }
        int reassigned = 0;
        if (apply) {
            if (refusal != null) {
                throw new StateConflictException(refusal);
            }
            Map<String, Long> added = register.addClasses(schoolId, toAdd);
            List<Register.Move> studentMoves = new ArrayList<>();
            Map<Long, Long> teacherByStudent = new LinkedHashMap<>();
            for (ClassRow c : current) {
                boolean graduating = c.grade() >= last;
                String to = graduating ? null : nextName(c);
                Long toId = to == null ? null : nextYear.containsKey(to) ? Long.valueOf(nextYear.get(to).id()) : added.get(to);
                Long teacher = to == null ? null : nextYear.containsKey(to) ? nextYear.get(to).homeroomTeacherId()
                        : c.homeroomTeacherId();
                for (Registered s : byClass.getOrDefault(c.id(), List.of())) {
                    if (!stays(s.status())) {
                        continue;
                    }
                    if (graduating) {
                        studentMoves.add(new Register.Move(s.id(), s.grade(), c.id(), EnrolmentStatus.GRADUATED,
                                Json.createObjectBuilder().add("schoolYear", year + 1)
                                        .add("status", Json.createArrayBuilder().add(s.status().name()).add("GRADUATED"))
                                        .build().toString()));
                    } else {
                        studentMoves.add(new Register.Move(s.id(), s.grade() + 1, toId, s.status(),
                                Json.createObjectBuilder().add("schoolYear", year + 1)
                                        .add("grade", Json.createArrayBuilder().add(String.valueOf(s.grade()))
                                                .add(String.valueOf(s.grade() + 1)))
                                        .add("class", Json.createArrayBuilder().add(c.name()).add(to))
                                        .build().toString()));
                        if (teacher != null) {
                            teacherByStudent.put(s.id(), teacher);
                        }
                    }
                }
            }
            register.move(schoolId, studentMoves, userId, clock.instant());
            reassigned = register.reassignHomeroomTasks(schoolId, teacherByStudent);
            register.recordRollover(schoolId, year, promoted, graduated, toAdd.size(), userId, clock.instant());
            accessLog.wrote(null, RecordType.STUDENT_LIST, null, "ROLLOVER");
        }
        return new Report(schoolId, school.getMoeCode(), school.getName(), apply, year, year + 1, starts,
                !today.isBefore(starts), refusal, moves, promoted, graduated, leavers, withCases, tasks, reassigned,
                graduatesWithCases);
    }

    /** Why the school cannot roll over now, or null (a late rollover, after 1 August, is allowed and flagged). */
    private String refusal(School school, int year, List<ClassRow> classes, LocalDate today) {
        if (classes.isEmpty()) {
            return "本校尚未建立班級 (the school has no classes)";
        }
        if (register.rolledOver(school.getId(), year + 1)) {
            return year + " 學年度已升級為 " + (year + 1) + " 學年度 (school year " + year + " was already rolled over)";
        }
        // School year Y runs from 1 August (Y + 1911) to 31 July; its rollover belongs to the summer
        // before 1 August: after its last semester (as the school entered it; else from 1 July).
        int current = today.getMonthValue() >= 8 ? today.getYear() - 1911 : today.getYear() - 1912;
        if (year > current) {
            return year + " 學年度尚未開始 (school year " + year + " has not started)";
        }
        if (year == current) {
            LocalDate ends = calendars.semesters(school.getId()).stream().filter(s -> s.schoolYear() == year)
                    .map(Semester::lastDay).max(LocalDate::compareTo)
                    .orElse(LocalDate.of(year + 1912, 7, 1).minusDays(1));
            if (!today.isAfter(ends)) {
                return year + " 學年度到 " + ends + " 才結束，學期結束後才能升級 (school year " + year
                        + " runs until " + ends + "; roll over after it ends)";
            }
        }
        return null;
    }

    /** Enrolled, 中輟 and 安置 students keep their 學籍 and move up; 轉出, 休學 and graduates do not. */
    private static boolean stays(EnrolmentStatus status) {
        return Set.of(EnrolmentStatus.ENROLLED, EnrolmentStatus.DROPPED_OUT, EnrolmentStatus.DETAINED).contains(status);
    }

    static int lastGrade(SchoolLevel level) {
        // 國民中小學 (COMPLETE) runs grades 1–9 like a junior high's last year.
        return level == SchoolLevel.ELEMENTARY ? 6 : 9;
    }

    /** 701 → 801, 601 → 701 in a 國民中小學; a name without the grade in front (忠班) stays. */
    static String nextName(ClassRow c) {
        String grade = String.valueOf(c.grade());
        return c.name().startsWith(grade) && c.name().length() > grade.length()
                ? (c.grade() + 1) + c.name().substring(grade.length()) : c.name();
    }
}
