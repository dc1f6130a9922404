package tw.huixiao.platform.application.screening;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Screening campaigns, their students' assessments and what stage 4 started, and the school-year
 * rosters (V11) of the bound school. The 附表一 and 附表二 data themselves are form records.
 */
public interface ScreeningStore {

    public record Campaign(long id, int schoolYear, int semester, Integer grade, Long classId, String className,
                           String policyId, String policyVersion, String formId, int formVersion, LocalDate assessedOn,
                           String note, Instant createdAt, long createdBy, long version) {
    }

    /** A student of a campaign, with the class they were screened in and its 導師. */
    public record Assessment(long id, long campaignId, long studentId, String studentName, Integer seatNumber,
                             long classId, String className, int grade, Long homeroomTeacherId, Long caseId) {
    }

    /** A student to screen, with what 附表一 prefills. */
    public record Pupil(long id, String name, String gender, LocalDate birthDate, long classId, String className,
                        boolean indigenous, boolean singleParent, boolean grandparentCare, boolean newImmigrant,
                        String carerName, String carerRelation, String phone, String address) {
    }

    public record FollowUp(String strategy, String kind, long caseId, long recordId, Instant createdAt) {
    }

    public record Roster(long id, int schoolYear, String policyId, String policyVersion, Instant createdAt,
                         long createdBy) {
    }

    /** A 附表一 record (of a case or a screening) whose strategy stage is stamped: who, when, what. */
    public record Stamped(long recordId, long studentId, String studentName, int grade, Integer campaignYear,
                          Instant stampedAt, JsonObject data) {
    }

    public record ClassRow(long id, int schoolYear, int grade, String name) {
    }

    /** An open case of the module, with its student. */
    public record OpenCaseOf(long caseId, long studentId, String studentName, String categoryId) {
    }

    long insertCampaign(long schoolId, int schoolYear, int semester, Integer grade, Long classId, String policyId,
                               String policyVersion, String formId, int formVersion, LocalDate assessedOn, String note,
                               Instant at, long by);

    Optional<Campaign> campaign(long schoolId, long id);

    /** The school's campaigns, newest first; of one school year if given. */
    List<Campaign> campaigns(long schoolId, Integer schoolYear);

    /** The one class, or the classes of a grade in a school year. */
    List<ClassRow> classes(long schoolId, int schoolYear, Integer grade, Long classId);

    /** Students of the list already in a campaign of the school year and semester. */
    int alreadyScreened(long schoolId, int schoolYear, int semester, Long[] studentIds);

    /** The student's open case under the module, the oldest first. */
    Optional<Long> openCaseOf(long schoolId, long studentId, String policyId);

    /** The enrolled students of the classes, with their first guardian, by class and seat. */
    List<Pupil> pupils(long schoolId, Long[] classIds);

    long insertAssessment(long schoolId, long campaignId, long studentId, long classId);

    /** The campaign's students by class and seat; only those of the 導師's classes when {@code homeroomTeacherId} is given. */
    List<Assessment> assessments(long schoolId, long campaignId, Long homeroomTeacherId);

    /** A page of {@link #assessments(long, long, Long)}. */
    List<Assessment> assessments(long schoolId, long campaignId, Long homeroomTeacherId, int offset, int limit);

    int assessmentCount(long schoolId, long campaignId, Long homeroomTeacherId);

    /** Every class of the school, newest school year first, by grade and name. */
    List<ClassRow> allClasses(long schoolId);

    Optional<Assessment> assessment(long schoolId, long id);

    void setCase(long schoolId, long assessmentId, long caseId);

    /** How many stages each record has signed. */
    Map<Long, Integer> stagesSigned(long schoolId, Long[] recordIds);

    List<FollowUp> followUps(long schoolId, long assessmentId);

    void insertFollowUp(long schoolId, long assessmentId, String strategy, String kind, long caseId, long recordId,
                               Instant at, long by);

    /** The id of the task with this key. */
    Optional<Long> taskId(long schoolId, String taskKey);

    /** The case's open task producing the form, if the module already laid one out. */
    Optional<Long> openTaskProducing(long schoolId, long caseId, String produces);

    Optional<Roster> roster(long schoolId, int schoolYear);

    Optional<Roster> rosterById(long schoolId, long id);

    long insertRoster(long schoolId, int schoolYear, String policyId, String policyVersion, Instant at, long by);

    /**
     * The current 附表一 records (of cases and of screenings) whose strategy stage is stamped, with
     * the student, the student's grade (at the screening: the class's) and, for a screening, the
     * campaign's school year.
     */
    List<Stamped> stamped(long schoolId, String formId, String stageKey);

    List<OpenCaseOf> openCases(long schoolId, String policyId);
}
