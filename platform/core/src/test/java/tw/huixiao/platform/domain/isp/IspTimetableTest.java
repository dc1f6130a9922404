package tw.huixiao.platform.domain.isp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** TN-TIMETABLE: no student in two cells at once, no teacher teaching two cells at once; per-student timetables. */
class IspTimetableTest {

    private static final long A = 1;
    private static final long B = 2;
    private static final IspPlan.Term TERM = new IspPlan.Term("114學年度第二學期", LocalDate.of(2026, 2, 23), 14);

    private static IspPlan.Teacher teacher(String name, Long userId) {
        return new IspPlan.Teacher(name, TeacherType.EXTERNAL_TEACHER, "教師", "需求", "證照", null, null, false, false,
                false, userId);
    }

    private static IspPlan.Cell cell(DayOfWeek day, IspPeriod period, String course, String teacher, Long... students) {
        return new IspPlan.Cell(day, period, course, teacher, List.of(students));
    }

    private static IspPlan plan(List<IspPlan.Teacher> teachers, IspPlan.Cell... cells) {
        return new IspPlan(TERM, List.of(), List.of(), List.of(), null, teachers, List.of(cells), List.of(),
                IspPlan.Extras.NONE, true);
    }

    private static List<String> conflicts(IspPlan plan, List<IspTimetable.OtherCell> others) {
        return IspTimetable.conflicts(plan, others).stream().map(c -> c.kind() + " cell " + c.cell() + " with "
                + (c.withCell() != null ? "cell " + c.withCell() : "plan " + c.withOther().planId())
                + (c.studentId() != null ? " student " + c.studentId() : " teacher " + c.teacher())).toList();
    }

    @Test
    void aStudentCannotBeInTwoCellsAtOnce() {
        IspPlan plan = plan(List.of(teacher("林○文", null), teacher("陳○華", null)),
                cell(DayOfWeek.MONDAY, IspPeriod.P3, "法治教育", "林○文", A, B),
                cell(DayOfWeek.MONDAY, IspPeriod.P3, "烘焙", "陳○華", B));
        assertEquals(List.of("STUDENT cell 1 with cell 0 student 2"), conflicts(plan, List.of()));
    }

    @Test
    void aTeacherCannotTeachTwoCellsAtOnce() {
        IspPlan plan = plan(List.of(teacher("林○文", null)),
                cell(DayOfWeek.TUESDAY, IspPeriod.LUNCH, "法治教育", "林○文", A),
                cell(DayOfWeek.TUESDAY, IspPeriod.LUNCH, "反毒教育", "林○文", B));
        assertEquals(List.of("TEACHER cell 1 with cell 0 teacher 林○文"), conflicts(plan, List.of()));
    }

    @Test
    void parallelCoursesAndTheSameTeacherAtOtherTimesAreFine() {
        IspPlan plan = plan(List.of(teacher("林○文", null), teacher("陳○華", null)),
                cell(DayOfWeek.MONDAY, IspPeriod.P3, "法治教育", "林○文", A),
                cell(DayOfWeek.MONDAY, IspPeriod.P3, "烘焙", "陳○華", B),
                cell(DayOfWeek.MONDAY, IspPeriod.P4, "法治教育", "林○文", A, B),
                cell(DayOfWeek.TUESDAY, IspPeriod.P3, "烘焙", "陳○華", A, B));
        assertEquals(List.of(), conflicts(plan, List.of()));
    }

    @Test
    void theSchoolsOtherPlansCount_teachersKnownByTheirAccountAcrossPlans() {
        IspPlan plan = plan(List.of(teacher("林老師", 77L)),
                cell(DayOfWeek.WEDNESDAY, IspPeriod.P6, "體能課", "林老師", A));
        IspTimetable.OtherCell sameAccount = new IspTimetable.OtherCell(9, 90,
                cell(DayOfWeek.WEDNESDAY, IspPeriod.P6, "體適能", "林○文", B), "user:77");
        IspTimetable.OtherCell sameStudent = new IspTimetable.OtherCell(8, 80,
                cell(DayOfWeek.WEDNESDAY, IspPeriod.P6, "美容美髮", "黃○玲", A), "name:黃○玲");
        IspTimetable.OtherCell otherPeriod = new IspTimetable.OtherCell(7, 70,
                cell(DayOfWeek.WEDNESDAY, IspPeriod.P7, "體能課", "林老師", A), "user:77");
        assertEquals(List.of("TEACHER cell 0 with plan 9 teacher 林老師", "STUDENT cell 0 with plan 8 student 1"),
                conflicts(plan, List.of(sameAccount, sameStudent, otherPeriod)));
    }

    @Test
    void eachStudentsOwnTimetable_starWhereTheStudentIsInClass() {
        List<IspPlan.Cell> cells = List.of(
                cell(DayOfWeek.MONDAY, IspPeriod.P3, "法治教育", "林○文", A, B),
                cell(DayOfWeek.TUESDAY, IspPeriod.P4, "烘焙課", "陳○華", B),
                cell(DayOfWeek.FRIDAY, IspPeriod.P5, "舞蹈課", "張○恩", A));
        List<IspTimetable.StudentTimetable> own = IspTimetable.perStudent(cells);
        assertEquals(List.of(A, B), own.stream().map(IspTimetable.StudentTimetable::studentId).toList());
        Map<IspPeriod, List<String>> a = rows(own.get(0));
        assertEquals(List.of("法治教育", "*", "*", "*", "*"), a.get(IspPeriod.P3));
        assertEquals(List.of("*", "*", "*", "*", "舞蹈課"), a.get(IspPeriod.P5));
        assertEquals(List.of("*", "*", "*", "*", "*"), a.get(IspPeriod.LUNCH));
        Map<IspPeriod, List<String>> b = rows(own.get(1));
        assertEquals(List.of("*", "烘焙課", "*", "*", "*"), b.get(IspPeriod.P4));
        assertEquals(8, own.get(1).rows().size(), "periods 1–4, lunch, 5–7");

        List<IspTimetable.Row> overview = IspTimetable.overview(cells, id -> id == A ? "111林○○" : "222王○○");
        assertEquals("【法治教育】林○文：111林○○、222王○○", overview.get(2).days().get(0));
    }

    private static Map<IspPeriod, List<String>> rows(IspTimetable.StudentTimetable t) {
        return t.rows().stream().collect(java.util.stream.Collectors.toMap(IspTimetable.Row::period,
                IspTimetable.Row::days));
    }

    @Test
    void theTermsWeeksAndMonths() {
        assertEquals(LocalDate.of(2026, 5, 29), TERM.lastSchoolDay(), "14 weeks from Monday 2026-02-23");
        assertEquals(LocalDate.of(2026, 5, 31), TERM.lastDay());
        assertEquals(4, TERM.months(), "February–May");
        assertEquals(LocalDate.of(2026, 3, 4), TERM.dateOf(1, DayOfWeek.WEDNESDAY));
    }
}
