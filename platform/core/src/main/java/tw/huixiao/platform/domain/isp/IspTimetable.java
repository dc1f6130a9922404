package tw.huixiao.platform.domain.isp;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The ISP timetable (TN-TIMETABLE): Monday–Friday × periods 1–7 and lunch. A slot may hold
 * several cells (courses running side by side), but a student cannot be in two cells at once
 * and a teacher cannot teach two cells at once — within the plan, nor against the school's
 * other active plans whose terms overlap. Each student's own timetable (個別課程表) is derived:
 * the course where the student is pulled out, {@code *} where the student is in the original
 * class.
 */
public final class IspTimetable {

    public static final List<DayOfWeek> DAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    /** The template's mark for "in the original class (or on leave)". */
    public static final String IN_CLASS = "*";

    private IspTimetable() {
    }

    public enum ConflictKind { STUDENT, TEACHER }

    /** A cell of another plan of the school: which plan and case, and the teacher's key ({@link IspPlan.Teacher#key}). */
    public record OtherCell(long planId, long caseId, IspPlan.Cell cell, String teacherKey) {
    }

    /**
     * A refused overlap: cell {@code cell} of the plan shares a student or its teacher with
     * cell {@code withCell} of the plan, or with {@code withOther} of another plan.
     */
    public record Conflict(ConflictKind kind, int cell, Integer withCell, OtherCell withOther, Long studentId,
                           String teacher) {
    }

    /** Every overlap; {@code others}: the cells of the school's other active plans whose terms overlap this one. */
    public static List<Conflict> conflicts(IspPlan plan, List<OtherCell> others) {
        List<Conflict> found = new ArrayList<>();
        List<IspPlan.Cell> cells = plan.timetable();
        for (int i = 0; i < cells.size(); i++) {
            IspPlan.Cell cell = cells.get(i);
            String teacherKey = plan.teacher(cell.teacher()).map(IspPlan.Teacher::key).orElse("name:" + cell.teacher());
            for (int j = 0; j < i; j++) {
                IspPlan.Cell earlier = cells.get(j);
                if (!sameSlot(cell, earlier)) {
                    continue;
                }
                for (Long student : shared(cell.studentIds(), earlier.studentIds())) {
                    found.add(new Conflict(ConflictKind.STUDENT, i, j, null, student, null));
                }
                String earlierKey = plan.teacher(earlier.teacher()).map(IspPlan.Teacher::key)
                        .orElse("name:" + earlier.teacher());
                if (teacherKey.equals(earlierKey)) {
                    found.add(new Conflict(ConflictKind.TEACHER, i, j, null, null, cell.teacher()));
                }
            }
            for (OtherCell other : others) {
                if (!sameSlot(cell, other.cell())) {
                    continue;
                }
                for (Long student : shared(cell.studentIds(), other.cell().studentIds())) {
                    found.add(new Conflict(ConflictKind.STUDENT, i, null, other, student, null));
                }
                if (teacherKey.equals(other.teacherKey())) {
                    found.add(new Conflict(ConflictKind.TEACHER, i, null, other, null, cell.teacher()));
                }
            }
        }
        return found;
    }

    private static boolean sameSlot(IspPlan.Cell a, IspPlan.Cell b) {
        return a.day() == b.day() && a.period() == b.period();
    }

    private static Set<Long> shared(List<Long> a, List<Long> b) {
        Set<Long> both = new LinkedHashSet<>(a);
        both.retainAll(b);
        return both;
    }

    /** A student's own timetable: per period, the five days' course or {@code *}. */
    public record StudentTimetable(long studentId, List<Row> rows) {
    }

    /** One period of a timetable, Monday to Friday. */
    public record Row(IspPeriod period, List<String> days) {
    }

    /** Each student pulled out in the plan (in order of first appearance), with their own timetable. */
    public static List<StudentTimetable> perStudent(List<IspPlan.Cell> cells) {
        Map<Long, Map<String, String>> byStudent = new LinkedHashMap<>();
        for (IspPlan.Cell cell : cells) {
            for (Long student : cell.studentIds()) {
                byStudent.computeIfAbsent(student, s -> new LinkedHashMap<>())
                        .put(cell.day() + "/" + cell.period(), cell.course());
            }
        }
        List<StudentTimetable> timetables = new ArrayList<>();
        byStudent.forEach((student, slots) -> timetables.add(new StudentTimetable(student,
                grid(slot -> slots.getOrDefault(slot, IN_CLASS)))));
        return timetables;
    }

    /** The plan's whole timetable (課程總表): per period and day, the cells' "【course】 teacher: students". */
    public static List<Row> overview(List<IspPlan.Cell> cells, Function<Long, String> studentName) {
        Map<String, List<String>> bySlot = new LinkedHashMap<>();
        for (IspPlan.Cell cell : cells) {
            List<String> names = cell.studentIds().stream().map(studentName).toList();
            bySlot.computeIfAbsent(cell.day() + "/" + cell.period(), s -> new ArrayList<>())
                    .add("【" + cell.course() + "】" + cell.teacher() + (names.isEmpty() ? "" : "：" + String.join("、", names)));
        }
        return grid(slot -> bySlot.containsKey(slot) ? String.join("；", bySlot.get(slot)) : IN_CLASS);
    }

    private static List<Row> grid(Function<String, String> content) {
        List<Row> rows = new ArrayList<>();
        for (IspPeriod period : IspPeriod.values()) {
            List<String> days = new ArrayList<>();
            for (DayOfWeek day : DAYS) {
                days.add(content.apply(day + "/" + period));
            }
            rows.add(new Row(period, Collections.unmodifiableList(days)));
        }
        return rows;
    }
}
