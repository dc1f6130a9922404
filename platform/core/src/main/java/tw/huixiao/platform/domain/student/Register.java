package tw.huixiao.platform.domain.student;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The school register read and written as a whole, for imports of a school system's export and
 * the school-year rollover: set-based, one statement batch per kind of change, in the caller's
 * transaction (all or nothing) and under the school's row-level security.
 */
public interface Register {

    /** A student as the import compares them; guardian* is the first guardian, if any. */
    record Registered(long id, byte[] nationalIdIndex, String studentNumber, String name, Gender gender,
                      LocalDate birthDate, int grade, Long classId, Integer seatNumber, boolean indigenous,
                      String tribe, EnrolmentStatus status, Long guardianId, String guardianName,
                      String guardianPhone, String guardianAddress) {
    }

    record ClassRow(long id, int schoolYear, int grade, String name, Long homeroomTeacherId) {
    }

    /** The register fields an import sets; a null guardian name leaves the guardians as they are. */
    record Fields(String studentNumber, String name, Gender gender, LocalDate birthDate, int grade, long classId,
                  Integer seatNumber, boolean indigenous, String tribe, String guardianName, String guardianRelation,
                  String guardianPhone, String guardianAddress) {
    }

    record NewStudent(byte[] nationalIdCipher, byte[] nationalIdIndex, Fields fields, String changesJson) {
    }

    /** newNationalId* are set when a student found by 學號 carries a corrected national ID, else null. */
    record Update(Registered before, Fields fields, byte[] newNationalIdCipher, byte[] newNationalIdIndex,
                  String changesJson) {
    }

    /** A student moved by the rollover: the new grade and class, or graduated (class kept, status GRADUATED). */
    record Move(long studentId, int grade, Long classId, EnrolmentStatus status, String changesJson) {
    }

    /** A row of a student's history: what an import or a rollover changed (field → [before, after] as JSON). */
    record ChangeRow(String source, String kind, String changesJson, String fileName, Instant recordedAt) {
    }

    List<Registered> students(long schoolId);

    /** The student's history, oldest first. */
    List<ChangeRow> changes(long schoolId, long studentId);

    List<ClassRow> classes(long schoolId);

    /** Inserts the students and their first guardian; each gets an ADDED history row. */
    void add(long schoolId, List<NewStudent> students, String source, String fileName, long userId, Instant at);

    /** Updates the students (and their first guardian); each gets a CHANGED history row. */
    void update(long schoolId, List<Update> updates, String source, String fileName, long userId, Instant at);

    /** Adds the classes of the new school year; returns their ids by class name. */
    Map<String, Long> addClasses(long schoolId, List<ClassRow> classes);

    void move(long schoolId, List<Move> moves, long userId, Instant at);

    /** Open homeroom duties of the moved students go to their new class's 導師; returns how many moved. */
    int reassignHomeroomTasks(long schoolId, Map<Long, Long> teacherByStudent);

    /** Students with an open case, by student id: the cases that follow them into the new year. */
    Map<Long, Integer> openCases(long schoolId);

    /** Open tasks by student id. */
    Map<Long, Integer> openTasks(long schoolId);

    boolean rolledOver(long schoolId, int toYear);

    void recordRollover(long schoolId, int fromYear, int promoted, int graduated, int classes, long userId, Instant at);
}
