package tw.huixiao.platform.infrastructure.attendance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tw.huixiao.platform.application.attendance.AttendanceService.RollSaved;
import tw.huixiao.platform.application.attendance.AttendanceStore;
import tw.huixiao.platform.domain.attendance.AttendanceStatus;
import tw.huixiao.platform.domain.attendance.EnrolmentEventKind;
import tw.huixiao.platform.infrastructure.persistence.Jdbc;
import tw.huixiao.platform.infrastructure.persistence.Sql;

/** Attendance rows, batches, changes, rolls and enrolment events in PostgreSQL (the {@code Sql} idiom). */
@ApplicationScoped
public class JdbcAttendanceStore implements AttendanceStore {

    @Inject
    Jdbc jdbc;

    @Override
    public long write(long schoolId, Batch batch, List<Entry> upserts, List<Entry> deletions, List<Change> changes,
                      Set<LocalDate> rollDays, long rollClassId) {
        Connection c = jdbc.tenant();
        long batchId = Sql.insert(c, "INSERT INTO attendance_batch (tenant_id, source, file_name, encoding, received_at, "
                        + "received_by, row_count, changed) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", schoolId, batch.source(),
                batch.fileName(), batch.encoding(), batch.receivedAt(), batch.receivedBy(), batch.rows(), batch.changed());
        Sql.batch(c, "INSERT INTO attendance (tenant_id, student_id, day, status, leave_requests, batch_id) "
                        + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (tenant_id, student_id, day) DO UPDATE "
                        + "SET status = excluded.status, leave_requests = excluded.leave_requests, batch_id = excluded.batch_id",
                upserts.stream().map(e -> new Object[] {schoolId, e.studentId(), e.day(), e.status().name(),
                        e.leaveRequests(), batchId}).toList());
        Sql.batch(c, "DELETE FROM attendance WHERE tenant_id = ? AND student_id = ? AND day = ?",
                deletions.stream().map(e -> new Object[] {schoolId, e.studentId(), e.day()}).toList());
        Sql.batch(c, "INSERT INTO attendance_change (tenant_id, student_id, day, old_status, old_leave_requests, "
                        + "new_status, new_leave_requests, batch_id) VALUES (?, ?, ?, ?, ?, ?, ?::smallint, ?)",
                changes.stream().map(ch -> {
                    Entry e = ch.entry();
                    boolean present = e.status() == AttendanceStatus.PRESENT;
                    return new Object[] {schoolId, e.studentId(), e.day(), ch.old().status().name(),
                            ch.old().leaveRequests(), present ? null : e.status().name(),
                            present ? null : e.leaveRequests(), batchId};
                }).toList());
        Sql.batch(c, "INSERT INTO attendance_roll (tenant_id, day, class_id, batch_id) VALUES (?, ?, ?, ?) "
                        + "ON CONFLICT (tenant_id, day, class_id) DO UPDATE SET batch_id = excluded.batch_id",
                rollDays.stream().map(day -> new Object[] {schoolId, day, rollClassId, batchId}).toList());
        return batchId;
    }

    @Override
    public Map<LocalDate, Map<Long, Recorded>> recorded(long schoolId, Collection<Long> students, Set<LocalDate> days) {
        Map<LocalDate, Map<Long, Recorded>> found = new HashMap<>();
        Sql.list(jdbc.tenant(), "SELECT student_id, day, status, leave_requests FROM attendance "
                        + "WHERE tenant_id = ? AND day = ANY (?) AND student_id = ANY (?)",
                rows -> found.computeIfAbsent(rows.getDate(2).toLocalDate(), d -> new HashMap<>())
                        .put(rows.getLong(1), new Recorded(AttendanceStatus.valueOf(rows.getString(3)), rows.getInt(4))),
                schoolId, days.toArray(LocalDate[]::new), students.toArray(Long[]::new));
        return found;
    }

    @Override
    public List<StudentRef> directory(long schoolId, Set<Long> ids) {
        List<Object> parameters = new ArrayList<>(List.of(schoolId));
        if (ids != null) {
            parameters.add(ids.toArray(Long[]::new));
        }
        return Sql.list(jdbc.tenant(), "SELECT s.id, s.name, s.seat_number, s.class_id, c.name, c.homeroom_teacher_id "
                        + "FROM student s LEFT JOIN school_class c ON c.tenant_id = s.tenant_id AND c.id = s.class_id "
                        + "WHERE s.tenant_id = ? AND s.enrolment_status = 'ENROLLED' "
                        + (ids == null ? "" : "AND s.id = ANY (?) ") + "ORDER BY c.name, s.seat_number, s.id",
                rows -> new StudentRef(rows.getLong(1), rows.getString(2), (Integer) rows.getObject(3),
                        (Long) rows.getObject(4), rows.getString(5), (Long) rows.getObject(6)),
                parameters.toArray());
    }

    @Override
    public Optional<RollSaved> rollSaved(long schoolId, long classId, LocalDate day) {
        return Sql.one(jdbc.tenant(), "SELECT b.received_at, b.received_by, u.display_name FROM attendance_roll r "
                        + "JOIN attendance_batch b ON b.tenant_id = r.tenant_id AND b.id = r.batch_id "
                        + "JOIN app_user u ON u.id = b.received_by WHERE r.tenant_id = ? AND r.class_id = ? AND r.day = ?",
                rows -> new RollSaved(rows.getTimestamp(1).toInstant(), rows.getLong(2), rows.getString(3)),
                schoolId, classId, day);
    }

    @Override
    public long insertEnrolmentEvent(long schoolId, long studentId, EnrolmentEventKind kind, LocalDate on,
                                     String otherSchool, String note, long recordedBy, Instant recordedAt) {
        return Sql.insert(jdbc.tenant(), "INSERT INTO enrolment_event (tenant_id, student_id, kind, occurred_on, "
                        + "other_school, note, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", schoolId,
                studentId, kind.name(), on, otherSchool, note, recordedBy, recordedAt);
    }
}
