package tw.huixiao.platform.infrastructure.student;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import tw.huixiao.platform.domain.attendance.AttendanceStatus;
import tw.huixiao.platform.domain.attendance.EnrolmentEventKind;
import tw.huixiao.platform.infrastructure.persistence.Jdbc;
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
                rows -> days.add(rows.getDate(1).toLocalDate()));
        return days;
    }

    /** Whether the day's roll was taken for the class, or a school file covered the day (class 0). */
    @Override
    public boolean rollTaken(long schoolId, Long classId, LocalDate day) {
        try (PreparedStatement q = jdbc.tenant().prepareStatement("SELECT EXISTS (SELECT 1 FROM attendance_roll "
                + "WHERE tenant_id = ? AND day = ? AND class_id IN (?, 0))")) {
            q.setLong(1, schoolId);
            q.setDate(2, Date.valueOf(day));
            q.setLong(3, classId == null ? 0L : classId);
            try (ResultSet rows = q.executeQuery()) {
                return rows.next() && rows.getBoolean(1);
            }
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    @Override
    public List<EnrolmentEvent> enrolmentEvents(long schoolId, long studentId) {
        List<EnrolmentEvent> events = new ArrayList<>();
        try (PreparedStatement q = jdbc.tenant().prepareStatement("SELECT kind, occurred_on, other_school, note "
                + "FROM enrolment_event WHERE tenant_id = ? AND student_id = ? ORDER BY occurred_on, id")) {
            q.setLong(1, schoolId);
            q.setLong(2, studentId);
            try (ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    events.add(new EnrolmentEvent(EnrolmentEventKind.valueOf(rows.getString(1)),
                            rows.getDate(2).toLocalDate(), rows.getString(3), rows.getString(4)));
                }
            }
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
        return events;
    }

    private interface RowReader {
        void read(ResultSet rows) throws SQLException;
    }

    /** A query of a school, a number and two dates. */
    private void query(String sql, long schoolId, long id, LocalDate from, LocalDate to, RowReader reader) {
        try (PreparedStatement q = jdbc.tenant().prepareStatement(sql)) {
            q.setLong(1, schoolId);
            q.setLong(2, id);
            q.setDate(3, Date.valueOf(from));
            q.setDate(4, Date.valueOf(to));
            try (ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }
}
