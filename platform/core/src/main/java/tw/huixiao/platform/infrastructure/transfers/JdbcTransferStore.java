package tw.huixiao.platform.infrastructure.transfers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import tw.huixiao.platform.infrastructure.persistence.Jdbc;
import tw.huixiao.platform.infrastructure.persistence.Sql;
import tw.huixiao.platform.application.transfers.TransferStore;

/**
 * Transfers between schools (V38), on the transaction's school connection: row-level security
 * shows a transfer to exactly its two schools. The national id travels as stored (the platform's
 * key encrypts every school's ids), never in clear.
 */
@ApplicationScoped
public class JdbcTransferStore implements TransferStore {

    private static final String SELECT = "SELECT t.id, t.from_school_id, f.name, f.moe_code, t.from_student_id, "
            + "t.to_moe_code, t.to_school_id, r.name, t.transferred_on, t.reason, t.student_name, t.birth_date, "
            + "t.gender, t.grade, t.national_id_cipher, t.national_id_index, t.status, t.arrived_on, "
            + "t.arrived_student_id, t.confirmed_by_name, t.confirmed_at, t.phone_note, t.recorded_by_name, "
            + "t.recorded_at, t.version FROM student_transfer t JOIN school f ON f.id = t.from_school_id "
            + "LEFT JOIN school r ON r.id = t.to_school_id ";

    @Inject
    Jdbc jdbc;

    /** Records a transfer out, copying the handshake's minimum data from the register. */
    @Override
    public long recordOut(long schoolId, long studentId, String toMoeCode, Long toSchoolId, LocalDate on,
                          String reason, long by, String byName, Instant at) {
        return Sql.insert(jdbc.tenant(), "INSERT INTO student_transfer (from_school_id, "
                + "from_student_id, to_moe_code, to_school_id, transferred_on, reason, student_name, birth_date, gender, "
                + "grade, national_id_cipher, national_id_index, recorded_by, recorded_by_name, recorded_at) SELECT "
                + "s.tenant_id, s.id, ?, ?::bigint, ?, ?, s.name, s.birth_date, s.gender, s.grade, s.national_id_cipher, "
                + "s.national_id_index, ?, ?, ? FROM student s WHERE s.tenant_id = ? AND s.id = ?", toMoeCode, toSchoolId,
                on, reason, by, byName, at, schoolId, studentId);
    }

    /** The student leaves the sending school's register (kept, marked 轉出). */
    @Override
    public void markTransferredOut(long schoolId, long studentId, Instant at) {
        update("UPDATE student SET enrolment_status = 'TRANSFERRED_OUT', updated_at = ?, version = version + 1 "
                + "WHERE tenant_id = ? AND id = ?", at, schoolId, studentId);
    }

    @Override
    public boolean classExists(long schoolId, long classId) {
        return exists("SELECT 1 FROM school_class WHERE tenant_id = ? AND id = ?", schoolId, classId);
    }

    @Override
    public boolean hasPending(long schoolId, long studentId) {
        return exists("SELECT 1 FROM student_transfer WHERE from_school_id = ? AND from_student_id = ? "
                + "AND status = 'PENDING'", schoolId, studentId);
    }

    @Override
    public List<Row> outgoing(long schoolId, int limit) {
        return list(SELECT + "WHERE t.from_school_id = ? ORDER BY t.transferred_on DESC, t.id DESC LIMIT ?", schoolId, limit);
    }

    @Override
    public List<Row> incoming(long schoolId, int limit) {
        return list(SELECT + "WHERE t.to_school_id = ? ORDER BY t.status <> 'PENDING', t.transferred_on DESC, t.id DESC "
                + "LIMIT ?", schoolId, limit);
    }

    @Override
    public Optional<Row> find(long id) {
        return list(SELECT + "WHERE t.id = ?", id).stream().findFirst();
    }

    /** The receiving school's student with this national id, if it has one already (a student coming back). */
    @Override
    public Optional<Long> studentByIndex(long schoolId, byte[] index) {
        return Sql.one(jdbc.tenant(), "SELECT id FROM student WHERE tenant_id = ? AND national_id_index = ?",
                r -> r.getLong(1), schoolId, index);
    }

    /** Creates the student at the receiving school from the handshake's data only. */
    @Override
    public long createArrived(long schoolId, Row t, Long classId, Instant at) {
        return Sql.insert(jdbc.tenant(), "INSERT INTO student (tenant_id, national_id_cipher, national_id_index, name, "
                + "gender, birth_date, grade, class_id, enrolment_status, created_at, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'ENROLLED', ?, ?)", schoolId, t.nationalIdCipher(), t.nationalIdIndex(),
                t.studentName(), t.gender(), t.birthDate(), t.grade(), classId, at, at);
    }

    /** A student coming back to a school that had them: enrolled again (in the class given, if any). */
    @Override
    public void reEnrol(long schoolId, long studentId, Long classId, Instant at) {
        update("UPDATE student SET enrolment_status = 'ENROLLED', class_id = coalesce(?::bigint, class_id), "
                + "updated_at = ?, version = version + 1 WHERE tenant_id = ? AND id = ?", classId, at, schoolId, studentId);
    }

    /** The receiving school confirms arrival (報到), at the version read. */
    @Override
    public boolean confirm(long id, long version, LocalDate arrivedOn, long studentId, long by, String byName,
                           Instant at) {
        return update("UPDATE student_transfer SET status = 'ARRIVED', arrived_on = ?, arrived_student_id = ?, "
                + "confirmed_by = ?, confirmed_by_name = ?, confirmed_at = ?, version = version + 1 WHERE id = ? "
                + "AND version = ? AND status = 'PENDING'", arrivedOn, studentId, by, byName, at, id, version) == 1;
    }

    /** The sending registrar's phone check with a school off the service. */
    @Override
    public boolean phoneChecked(long id, long version, boolean enrolled, LocalDate checkedOn, String note, long by,
                                String byName, Instant at) {
        return update("UPDATE student_transfer SET status = ?, arrived_on = ?, phone_note = ?, confirmed_by = ?, "
                + "confirmed_by_name = ?, confirmed_at = ?, version = version + 1 WHERE id = ? AND version = ? "
                + "AND status = 'PENDING' AND to_school_id IS NULL", enrolled ? "PHONE_CONFIRMED" : "PHONE_NOT_ENROLLED",
                enrolled ? checkedOn : null, note, by, byName, at, id, version) == 1;
    }

    private int update(String sql, Object... parameters) {
        return Sql.update(jdbc.tenant(), sql, parameters);
    }

    private boolean exists(String sql, Object... parameters) {
        return Sql.one(jdbc.tenant(), sql, r -> true, parameters).isPresent();
    }

    private List<Row> list(String sql, Object... parameters) {
        return Sql.list(jdbc.tenant(), sql, r -> new Row(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4),
                r.getLong(5), r.getString(6), Sql.longOrNull(r, 7), r.getString(8), Sql.date(r, 9), r.getString(10),
                r.getString(11), Sql.date(r, 12), r.getString(13), r.getInt(14), r.getBytes(15), r.getBytes(16),
                r.getString(17), Sql.date(r, 18), Sql.longOrNull(r, 19), r.getString(20), Sql.instant(r, 21),
                r.getString(22), r.getString(23), Sql.instant(r, 24), r.getLong(25)), parameters);
    }
}
