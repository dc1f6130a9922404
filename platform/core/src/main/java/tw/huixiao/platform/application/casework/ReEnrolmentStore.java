package tw.huixiao.platform.application.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Re-enrolment applications and placement decisions, and detentions, of the bound school. */
public interface ReEnrolmentStore {

    public record ReEnrolment(long id, long caseId, LocalDate appliedOn, Instant appliedAt, long receivedBy,
                              String applicant, String note, LocalDate leftOn, String timeAway, int ageYears,
                              Integer gradeLeft, String ruleId, String recommendation, String recommendationZh,
                              String recommendationEn, String alternatives, String status, String placement,
                              Instant decidedAt, Long decidedBy, Long meetingId, Boolean guardianApplication,
                              String decisionNote, long version) {
    }

    public record Detention(long id, long caseId, long studentId, String centre, LocalDate admittedOn, String note,
                            Instant recordedAt, long recordedBy, LocalDate releasedOn, Boolean furtherCustody,
                            Instant releaseRecordedAt, long version) {
    }

    long insert(long schoolId, long caseId, LocalDate appliedOn, Instant appliedAt, long by, String applicant,
                       String note, LocalDate leftOn, String timeAway, int ageYears, Integer gradeLeft, String ruleId,
                       String recommendation, String recommendationZh, String recommendationEn, String alternatives);

    boolean decide(long schoolId, long id, long version, String placement, Instant at, long by, long meetingId,
                          Boolean guardianApplication, String note);

    Optional<ReEnrolment> find(long schoolId, long caseId, long id);

    List<ReEnrolment> ofCase(long schoolId, long caseId);

    /** The first day of the case's absence: its earliest episode's start, if the engine followed it. */
    Optional<LocalDate> firstDayAway(long schoolId, long caseId);

    long admit(long schoolId, long caseId, long studentId, String centre, LocalDate admittedOn, String note,
                      Instant at, long by);

    boolean release(long schoolId, long id, long version, LocalDate releasedOn, boolean furtherCustody,
                           Instant at, long by);

    Optional<Detention> detention(long schoolId, long caseId, long id);

    List<Detention> detentions(long schoolId, long caseId);
}
