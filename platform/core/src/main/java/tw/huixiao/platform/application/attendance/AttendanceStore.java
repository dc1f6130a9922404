package tw.huixiao.platform.application.attendance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tw.huixiao.platform.application.attendance.AttendanceService.RollSaved;
import tw.huixiao.platform.domain.attendance.AttendanceStatus;
import tw.huixiao.platform.domain.attendance.EnrolmentEventKind;

/**
 * Attendance as stored for the bound school: only non-attendance rows, the batches that wrote
 * them, the changes each batch made, which days' roll was taken, and enrolment events.
 */
public interface AttendanceStore {

    /** One student's status on one day as a file or roll gives it. */
    record Entry(long studentId, LocalDate day, AttendanceStatus status, int leaveRequests) {
    }

    /** A status on record. */
    record Recorded(AttendanceStatus status, int leaveRequests) {
    }

    /** A replacement: the entry and what it replaced. */
    record Change(Entry entry, Recorded old) {
    }

    /** An enrolled student with class and homeroom teacher. */
    record StudentRef(long id, String name, Integer seat, Long classId, String className, Long homeroomId) {
    }

    /** The batch one import or roll writes. */
    record Batch(String source, String fileName, String encoding, Instant receivedAt, long receivedBy, int rows,
                 int changed) {
    }

    /**
     * Writes a batch whole: its row, the upserts, the deletions (present again), the changes and
     * the days whose roll was taken for the class ({@code 0} = the school's file); returns its id.
     */
    long write(long schoolId, Batch batch, List<Entry> upserts, List<Entry> deletions, List<Change> changes,
               Set<LocalDate> rollDays, long rollClassId);

    /** The statuses on record for the students on the days, by day then student. */
    Map<LocalDate, Map<Long, Recorded>> recorded(long schoolId, Collection<Long> students, Set<LocalDate> days);

    /** Enrolled students of the school with their class; only the given ones unless {@code ids} is null. */
    List<StudentRef> directory(long schoolId, Set<Long> ids);

    /** The last save of a class's roll for a day. */
    Optional<RollSaved> rollSaved(long schoolId, long classId, LocalDate day);

    /** Records a registration or transfer event (NT-CAT2, NT-CAT3); returns its id. */
    long insertEnrolmentEvent(long schoolId, long studentId, EnrolmentEventKind kind, LocalDate on, String otherSchool,
                              String note, long recordedBy, Instant recordedAt);
}
