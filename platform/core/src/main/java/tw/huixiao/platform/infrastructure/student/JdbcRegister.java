package tw.huixiao.platform.infrastructure.student;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tw.huixiao.platform.domain.student.EnrolmentStatus;
import tw.huixiao.platform.domain.student.Gender;
import tw.huixiao.platform.domain.student.Register;
import tw.huixiao.platform.infrastructure.persistence.Jdbc;
import tw.huixiao.platform.infrastructure.persistence.Sql;

/** {@link Register} with JDBC batches on the transaction's tenant-bound connection. */
@ApplicationScoped
public class JdbcRegister implements Register {

    private static final String STUDENT_FIELDS = "student_number, name, gender, birth_date, grade, class_id, "
            + "seat_number, indigenous, tribe";

    private static final String GUARDIAN_INSERT = "INSERT INTO guardian (tenant_id, student_id, name, relation, phone, "
            + "address) VALUES (?, ?, ?, ?, ?, ?)";

    private static final String HISTORY_INSERT = "INSERT INTO student_change (tenant_id, student_id, source, kind, "
            + "changes, file_name, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?::jsonb, ?, ?, ?)";

    @Inject
    Jdbc jdbc;

    @Override
    public List<Registered> students(long schoolId) {
        return Sql.list(jdbc.tenant(), "SELECT s.id, s.national_id_index, s.student_number, "
                + "s.name, s.gender, s.birth_date, s.grade, s.class_id, s.seat_number, s.indigenous, s.tribe, "
                + "s.enrolment_status, g.id, g.name, g.phone, g.address FROM student s LEFT JOIN LATERAL "
                + "(SELECT id, name, phone, address FROM guardian WHERE tenant_id = s.tenant_id AND student_id = s.id "
                + "ORDER BY id LIMIT 1) g ON true WHERE s.tenant_id = ? ORDER BY s.id",
                r -> new Registered(r.getLong(1), r.getBytes(2), r.getString(3), r.getString(4),
                        Gender.valueOf(r.getString(5)), Sql.date(r, 6), r.getInt(7), Sql.longOrNull(r, 8),
                        Sql.intOrNull(r, 9), r.getBoolean(10), r.getString(11), EnrolmentStatus.valueOf(r.getString(12)),
                        Sql.longOrNull(r, 13), r.getString(14), r.getString(15), r.getString(16)), schoolId);
    }

    @Override
    public List<ChangeRow> changes(long schoolId, long studentId) {
        return Sql.list(jdbc.tenant(), "SELECT source, kind, changes::text, file_name, recorded_at FROM student_change "
                + "WHERE tenant_id = ? AND student_id = ? ORDER BY recorded_at, id",
                r -> new ChangeRow(r.getString(1), r.getString(2), r.getString(3), r.getString(4), Sql.instant(r, 5)),
                schoolId, studentId);
    }

    @Override
    public List<ClassRow> classes(long schoolId) {
        return Sql.list(jdbc.tenant(), "SELECT id, school_year, grade, name, homeroom_teacher_id FROM school_class "
                + "WHERE tenant_id = ? ORDER BY school_year, grade, name",
                r -> new ClassRow(r.getLong(1), r.getInt(2), r.getInt(3), r.getString(4), Sql.longOrNull(r, 5)), schoolId);
    }

    @Override
    public void add(long schoolId, List<NewStudent> students, String source, String fileName, long userId, Instant at) {
        if (students.isEmpty()) {
            return;
        }
        Connection c = jdbc.tenant();
        List<Long> ids = Sql.batchInsert(c, "INSERT INTO student (tenant_id, national_id_cipher, national_id_index, "
                + STUDENT_FIELDS + ", enrolment_status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "'ENROLLED', ?, ?)", students.stream().map(s -> concat(new Object[] {schoolId, s.nationalIdCipher(),
                        s.nationalIdIndex()}, fields(s.fields()), new Object[] {at, at})).toList());
        List<Object[]> guardians = new ArrayList<>();
        List<Object[]> history = new ArrayList<>();
        for (int i = 0; i < students.size(); i++) {
            NewStudent s = students.get(i);
            long id = ids.get(i);
            Fields f = s.fields();
            if (f.guardianName() != null) {
                guardians.add(new Object[] {schoolId, id, f.guardianName(), f.guardianRelation(), f.guardianPhone(),
                        f.guardianAddress()});
            }
            history.add(history(schoolId, id, source, "ADDED", s.changesJson(), fileName, userId, at));
        }
        Sql.batch(c, GUARDIAN_INSERT, guardians);
        Sql.batch(c, HISTORY_INSERT, history);
    }

    @Override
    public void update(long schoolId, List<Update> updates, String source, String fileName, long userId, Instant at) {
        if (updates.isEmpty()) {
            return;
        }
        List<Object[]> nationalIds = new ArrayList<>();
        List<Object[]> students = new ArrayList<>();
        List<Object[]> guardianUpdates = new ArrayList<>();
        List<Object[]> guardianInserts = new ArrayList<>();
        List<Object[]> history = new ArrayList<>();
        for (Update u : updates) {
            long id = u.before().id();
            if (u.newNationalIdCipher() != null) {
                nationalIds.add(new Object[] {u.newNationalIdCipher(), u.newNationalIdIndex(), schoolId, id});
            }
            Fields f = u.fields();
            students.add(concat(fields(f), new Object[] {at, schoolId, id}));
            if (f.guardianName() != null && u.before().guardianId() != null) {
                guardianUpdates.add(new Object[] {f.guardianName(), f.guardianPhone(), f.guardianAddress(), schoolId,
                        u.before().guardianId()});
            } else if (f.guardianName() != null) {
                guardianInserts.add(new Object[] {schoolId, id, f.guardianName(), f.guardianRelation(), f.guardianPhone(),
                        f.guardianAddress()});
            }
            history.add(history(schoolId, id, source, "CHANGED", u.changesJson(), fileName, userId, at));
        }
        Connection c = jdbc.tenant();
        Sql.batch(c, "UPDATE student SET national_id_cipher = ?, national_id_index = ? WHERE tenant_id = ? AND id = ?",
                nationalIds);
        Sql.batch(c, "UPDATE student SET student_number = ?, name = ?, gender = ?, birth_date = ?, grade = ?, "
                + "class_id = ?, seat_number = ?, indigenous = ?, tribe = ?, updated_at = ?, version = version + 1 "
                + "WHERE tenant_id = ? AND id = ?", students);
        Sql.batch(c, "UPDATE guardian SET name = ?, phone = ?, address = ? WHERE tenant_id = ? AND id = ?",
                guardianUpdates);
        Sql.batch(c, GUARDIAN_INSERT, guardianInserts);
        Sql.batch(c, HISTORY_INSERT, history);
    }

    @Override
    public Map<String, Long> addClasses(long schoolId, List<ClassRow> classes) {
        Map<String, Long> ids = new LinkedHashMap<>();
        for (ClassRow k : classes) {
            ids.put(k.name(), Sql.insert(jdbc.tenant(), "INSERT INTO school_class (tenant_id, school_year, grade, name, "
                    + "homeroom_teacher_id) VALUES (?, ?, ?, ?, ?)", schoolId, k.schoolYear(), k.grade(), k.name(),
                    k.homeroomTeacherId()));
        }
        return ids;
    }

    @Override
    public void move(long schoolId, List<Move> moves, long userId, Instant at) {
        Connection c = jdbc.tenant();
        Sql.batch(c, "UPDATE student SET grade = ?, class_id = ?, enrolment_status = ?, updated_at = ?, "
                + "version = version + 1 WHERE tenant_id = ? AND id = ?", moves.stream().map(m -> new Object[] {m.grade(),
                        m.classId(), m.status().name(), at, schoolId, m.studentId()}).toList());
        Sql.batch(c, HISTORY_INSERT, moves.stream().map(m -> history(schoolId, m.studentId(), "ROLLOVER",
                m.status() == EnrolmentStatus.GRADUATED ? "GRADUATED" : "PROMOTED", m.changesJson(), null, userId, at))
                .toList());
    }

    @Override
    public int reassignHomeroomTasks(long schoolId, Map<Long, Long> teacherByStudent) {
        int moved = 0;
        for (int n : Sql.batch(jdbc.tenant(), "UPDATE case_task SET assignee_id = ?, version = version + 1 "
                + "WHERE tenant_id = ? AND student_id = ? AND status = 'OPEN' AND responsible_role = 'HOMEROOM_TEACHER' "
                + "AND assignee_id IS DISTINCT FROM ?", teacherByStudent.entrySet().stream().map(e -> new Object[] {
                        e.getValue(), schoolId, e.getKey(), e.getValue()}).toList())) {
            moved += Math.max(n, 0);
        }
        return moved;
    }

    @Override
    public Map<Long, Integer> openCases(long schoolId) {
        return countByStudent("SELECT student_id, count(*) FROM student_case WHERE tenant_id = ? AND status = 'OPEN' "
                + "GROUP BY student_id", schoolId);
    }

    @Override
    public Map<Long, Integer> openTasks(long schoolId) {
        return countByStudent("SELECT student_id, count(*) FROM case_task WHERE tenant_id = ? AND status = 'OPEN' "
                + "GROUP BY student_id", schoolId);
    }

    @Override
    public boolean rolledOver(long schoolId, int toYear) {
        return Sql.one(jdbc.tenant(), "SELECT 1 FROM school_rollover WHERE tenant_id = ? AND to_year = ?", r -> true,
                schoolId, toYear).isPresent();
    }

    @Override
    public void recordRollover(long schoolId, int fromYear, int promoted, int graduated, int classes, long userId,
                               Instant at) {
        Sql.update(jdbc.tenant(), "INSERT INTO school_rollover (tenant_id, from_year, to_year, promoted, graduated, "
                + "classes, applied_by, applied_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", schoolId, fromYear, fromYear + 1,
                promoted, graduated, classes, userId, at);
    }

    private Map<Long, Integer> countByStudent(String sql, long schoolId) {
        Map<Long, Integer> counts = new HashMap<>();
        Sql.each(jdbc.tenant(), sql, r -> counts.put(r.getLong(1), r.getInt(2)), schoolId);
        return counts;
    }

    /** In STUDENT_FIELDS' order: student_number, name, gender, birth_date, grade, class_id, seat, indigenous, tribe. */
    private static Object[] fields(Fields f) {
        return new Object[] {f.studentNumber(), f.name(), f.gender().name(), f.birthDate(), f.grade(), f.classId(),
                f.seatNumber(), f.indigenous(), f.tribe()};
    }

    private static Object[] history(long schoolId, long studentId, String source, String kind, String json,
                                    String fileName, long userId, Instant at) {
        return new Object[] {schoolId, studentId, source, kind, json, fileName, userId, at};
    }

    private static Object[] concat(Object[]... parts) {
        List<Object> all = new ArrayList<>();
        for (Object[] part : parts) {
            all.addAll(java.util.Arrays.asList(part));
        }
        return all.toArray();
    }
}
