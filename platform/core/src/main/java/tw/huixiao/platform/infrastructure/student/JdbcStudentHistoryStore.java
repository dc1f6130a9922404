package tw.huixiao.platform.infrastructure.student;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import tw.huixiao.platform.domain.attendance.AttendanceStatus;
import tw.huixiao.platform.domain.attendance.EnrolmentEventKind;
import tw.huixiao.platform.infrastructure.persistence.Jdbc;
import tw.huixiao.platform.infrastructure.persistence.Sql;
import tw.huixiao.platform.application.student.StudentHistoryStore;

/**
 * One student's attendance and enrolment events for the detail page, through the transaction's
 * tenant-bound connection (row-level security applies): a few indexed reads, never the school's
 * whole attendance.
 */
@ApplicationScoped
public class JdbcStudentHistoryStore implements StudentHistoryStore {

    @Inject
    Jdbc jdbc;

    /** Days of each kind of non-attendance from..to (both inclusive). */
    @Override
    public Map<AttendanceStatus, Integer> daysByStatus(long schoolId, long studentId, LocalDate from, LocalDate to) {
        Map<AttendanceStatus, Integer> days = new EnumMap<>(AttendanceStatus.class);
        query("SELECT status, count(*) FROM attendance WHERE tenant_id = ? AND student_id = ? AND day BETWEEN ? AND ? "
                + "GROUP BY status", schoolId, studentId, from, to,
                rows -> days.put(AttendanceStatus.valueOf(rows.getString(1)), rows.getInt(2)));
        return days;
    }

    /** The days of 曠課 from..to. */
    @Override
    public NavigableSet<LocalDate> unexcusedDays(long schoolId, long studentId, LocalDate from, LocalDate to) {
        NavigableSet<LocalDate> days = new TreeSet<>();
        query("SELECT day FROM attendance WHERE tenant_id = ? AND student_id = ? AND day BETWEEN ? AND ? "
                + "AND status = 'UNEXCUSED'", schoolId, studentId, from, to,
                rows -> days.add(Sql.date(rows, 1)));
        return days;
    }

    /** Whether the day's roll was taken for the class, or a school file covered the day (class 0). */
    @Override
    public boolean rollTaken(long schoolId, Long classId, LocalDate day) {
        return Sql.one(jdbc.tenant(), "SELECT 1 FROM attendance_roll WHERE tenant_id = ? AND day = ? "
                + "AND class_id IN (?, 0) LIMIT 1", rows -> true, schoolId, day, classId == null ? 0L : classId).isPresent();
    }

    @Override
    public List<EnrolmentEvent> enrolmentEvents(long schoolId, long studentId) {
        return Sql.list(jdbc.tenant(), "SELECT kind, occurred_on, other_school, note FROM enrolment_event "
                + "WHERE tenant_id = ? AND student_id = ? ORDER BY occurred_on, id",
                rows -> new EnrolmentEvent(EnrolmentEventKind.valueOf(rows.getString(1)), Sql.date(rows, 2),
                        rows.getString(3), rows.getString(4)), schoolId, studentId);
    }

    /** A query of a school, a number and two dates. */
    private void query(String sql, long schoolId, long id, LocalDate from, LocalDate to, Sql.Each reader) {
        Sql.each(jdbc.tenant(), sql, reader, schoolId, id, from, to);
    }
}
