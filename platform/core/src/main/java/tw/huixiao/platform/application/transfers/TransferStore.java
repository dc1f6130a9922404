package tw.huixiao.platform.application.transfers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Transfers between schools (V38), on the transaction's school connection: row-level security
 * shows a transfer to exactly its two schools. The national id travels as stored (the platform's
 * key encrypts every school's ids), never in clear.
 */
public interface TransferStore {

    /** A transfer row with the names of both schools; the cipher only for the receiving school's register. */
    public record Row(long id, long fromSchoolId, String fromSchoolName, String fromMoeCode, long fromStudentId,
                      String toMoeCode, Long toSchoolId, String toSchoolName, LocalDate transferredOn, String reason,
                      String studentName, LocalDate birthDate, String gender, int grade, byte[] nationalIdCipher,
                      byte[] nationalIdIndex, String status, LocalDate arrivedOn, Long arrivedStudentId,
                      String confirmedByName, Instant confirmedAt, String phoneNote, String recordedByName,
                      Instant recordedAt, long version) {
    }

    /** Records a transfer out, copying the handshake's minimum data from the register. */
    long recordOut(long schoolId, long studentId, String toMoeCode, Long toSchoolId, LocalDate on,
                          String reason, long by, String byName, Instant at);

    /** The student leaves the sending school's register (kept, marked 轉出). */
    void markTransferredOut(long schoolId, long studentId, Instant at);

    boolean classExists(long schoolId, long classId);

    boolean hasPending(long schoolId, long studentId);

    List<Row> outgoing(long schoolId, int limit);

    List<Row> incoming(long schoolId, int limit);

    Optional<Row> find(long id);

    /** The receiving school's student with this national id, if it has one already (a student coming back). */
    Optional<Long> studentByIndex(long schoolId, byte[] index);

    /** Creates the student at the receiving school from the handshake's data only. */
    long createArrived(long schoolId, Row t, Long classId, Instant at);

    /** A student coming back to a school that had them: enrolled again (in the class given, if any). */
    void reEnrol(long schoolId, long studentId, Long classId, Instant at);

    /** The receiving school confirms arrival (報到), at the version read. */
    boolean confirm(long id, long version, LocalDate arrivedOn, long studentId, long by, String byName,
                           Instant at);

    /** The sending registrar's phone check with a school off the service. */
    boolean phoneChecked(long id, long version, boolean enrolled, LocalDate checkedOn, String note, long by,
                                String byName, Instant at);
}
