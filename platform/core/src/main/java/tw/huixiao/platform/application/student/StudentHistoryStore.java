package tw.huixiao.platform.application.student;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import tw.huixiao.platform.domain.attendance.AttendanceStatus;
import tw.huixiao.platform.domain.attendance.EnrolmentEventKind;

/**
 * One student's attendance and enrolment events for the detail page, through the transaction's
 * tenant-bound connection (row-level security applies): a few indexed reads, never the school's
 * whole attendance.
 */
public interface StudentHistoryStore {

    /** A registration or transfer event (enrolment_event). */
    public record EnrolmentEvent(EnrolmentEventKind kind, LocalDate occurredOn, String otherSchool, String note) {
    }

    /** Days of each kind of non-attendance from..to (both inclusive). */
    Map<AttendanceStatus, Integer> daysByStatus(long schoolId, long studentId, LocalDate from, LocalDate to);

    /** The days of 曠課 from..to. */
    NavigableSet<LocalDate> unexcusedDays(long schoolId, long studentId, LocalDate from, LocalDate to);

    /** Whether the day's roll was taken for the class, or a school file covered the day (class 0). */
    boolean rollTaken(long schoolId, Long classId, LocalDate day);

    List<EnrolmentEvent> enrolmentEvents(long schoolId, long studentId);
}
