package tw.huixiao.platform.infrastructure.student;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
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

/** {@link Register} with JDBC batches on the transaction's tenant-bound connection. */
@ApplicationScoped
public class JdbcRegister implements Register {

    private static final int BATCH = 1000;

    @Inject
    Jdbc jdbc;

    @Override
    public List<Registered> students(long schoolId) {
        List<Registered> found = new ArrayList<>();
        try (PreparedStatement q = jdbc.tenant().prepareStatement("SELECT s.id, s.national_id_index, s.student_number, "
                + "s.name, s.gender, s.birth_date, s.grade, s.class_id, s.seat_number, s.indigenous, s.tribe, "
                + "s.enrolment_status, g.id, g.name, g.phone, g.address FROM student s LEFT JOIN LATERAL "
                + "(SELECT id, name, phone, address FROM guardian WHERE tenant_id = s.tenant_id AND student_id = s.id "
                + "ORDER BY id LIMIT 1) g ON true WHERE s.tenant_id = ? ORDER BY s.id")) {
            q.setLong(1, schoolId);
            q.setFetchSize(5000);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    found.add(new Registered(r.getLong(1), r.getBytes(2), r.getString(3), r.getString(4),
                            Gender.valueOf(r.getString(5)), r.getDate(6).toLocalDate(), r.getInt(7),
                            (Long) r.getObject(8), (Integer) r.getObject(9), r.getBoolean(10), r.getString(11),
                            EnrolmentStatus.valueOf(r.getString(12)), (Long) r.getObject(13), r.getString(14),
                            r.getString(15), r.getString(16)));
                }
            }
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
        return found;
    }

    @Override
    public List<ChangeRow> changes(long schoolId, long studentId) {
        List<ChangeRow> found = new ArrayList<>();
        try (PreparedStatement q = jdbc.tenant().prepareStatement("SELECT source, kind, changes::text, file_name, "
                + "recorded_at FROM student_change WHERE tenant_id = ? AND student_id = ? ORDER BY recorded_at, id")) {
            q.setLong(1, schoolId);
            q.setLong(2, studentId);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    found.add(new ChangeRow(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                            r.getTimestamp(5).toInstant()));
                }
            }
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
        return found;
    }

    @Override
    public List<ClassRow> classes(long schoolId) {
        List<ClassRow> found = new ArrayList<>();
        try (PreparedStatement q = jdbc.tenant().prepareStatement("SELECT id, school_year, grade, name, "
                + "homeroom_teacher_id FROM school_class WHERE tenant_id = ? ORDER BY school_year, grade, name")) {
            q.setLong(1, schoolId);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    found.add(new ClassRow(r.getLong(1), r.getInt(2), r.getInt(3), r.getString(4), (Long) r.getObject(5)));
                }
            }
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
        return found;
    }

    @Override
    public void add(long schoolId, List<NewStudent> students, String source, String fileName, long userId, Instant at) {
        if (students.isEmpty()) {
            return;
        }
        Connection c = jdbc.tenant();
        Timestamp now = Timestamp.from(at);
        List<Long> ids = new ArrayList<>(students.size());
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO student (tenant_id, national_id_cipher, "
                + "national_id_index, student_number, name, gender, birth_date, grade, class_id, seat_number, indigenous, "
                + "tribe, enrolment_status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "'ENROLLED', ?, ?)", new String[] {"id"})) {
            int pending = 0;
            for (NewStudent s : students) {
                Fields f = s.fields();
                insert.setLong(1, schoolId);
                insert.setBytes(2, s.nationalIdCipher());
                insert.setBytes(3, s.nationalIdIndex());
                setFields(insert, 4, f);
                insert.setTimestamp(13, now);
                insert.setTimestamp(14, now);
                insert.addBatch();
                if (++pending == BATCH) {
                    ids.addAll(run(insert));
                    pending = 0;
                }
            }
            if (pending > 0) {
                ids.addAll(run(insert));
            }
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
        try (PreparedStatement guardian = c.prepareStatement("INSERT INTO guardian (tenant_id, student_id, name, relation, "
                + "phone, address) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement history = history(c)) {
            for (int i = 0; i < students.size(); i++) {
                NewStudent s = students.get(i);
                long id = ids.get(i);
                if (s.fields().guardianName() != null) {
                    guardian.setLong(1, schoolId);
                    guardian.setLong(2, id);
                    guardian.setString(3, s.fields().guardianName());
                    guardian.setString(4, s.fields().guardianRelation());
                    guardian.setString(5, s.fields().guardianPhone());
                    guardian.setString(6, s.fields().guardianAddress());
                    guardian.addBatch();
                }
                addHistory(history, schoolId, id, source, "ADDED", s.changesJson(), fileName, userId, now);
                if (i % BATCH == BATCH - 1) {
                    guardian.executeBatch();
                    history.executeBatch();
                }
            }
            guardian.executeBatch();
            history.executeBatch();
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    @Override
    public void update(long schoolId, List<Update> updates, String source, String fileName, long userId, Instant at) {
        if (updates.isEmpty()) {
            return;
        }
        Connection c = jdbc.tenant();
        Timestamp now = Timestamp.from(at);
        try (PreparedStatement update = c.prepareStatement("UPDATE student SET student_number = ?, name = ?, gender = ?, "
                + "birth_date = ?, grade = ?, class_id = ?, seat_number = ?, indigenous = ?, tribe = ?, updated_at = ?, "
                + "version = version + 1 WHERE tenant_id = ? AND id = ?");
             PreparedStatement guardianUpdate = c.prepareStatement("UPDATE guardian SET name = ?, phone = ?, address = ? "
                     + "WHERE tenant_id = ? AND id = ?");
             PreparedStatement guardianInsert = c.prepareStatement("INSERT INTO guardian (tenant_id, student_id, name, "
                     + "relation, phone, address) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement nationalId = c.prepareStatement("UPDATE student SET national_id_cipher = ?, "
                     + "national_id_index = ? WHERE tenant_id = ? AND id = ?");
             PreparedStatement history = history(c)) {
            int pending = 0;
            for (Update u : updates) {
                if (u.newNationalIdCipher() != null) {
                    nationalId.setBytes(1, u.newNationalIdCipher());
                    nationalId.setBytes(2, u.newNationalIdIndex());
                    nationalId.setLong(3, schoolId);
                    nationalId.setLong(4, u.before().id());
                    nationalId.executeUpdate();
                }
                Fields f = u.fields();
                setFields(update, 1, f);
                update.setTimestamp(10, now);
                update.setLong(11, schoolId);
                update.setLong(12, u.before().id());
                update.addBatch();
                if (f.guardianName() != null && u.before().guardianId() != null) {
                    guardianUpdate.setString(1, f.guardianName());
                    guardianUpdate.setString(2, f.guardianPhone());
                    guardianUpdate.setString(3, f.guardianAddress());
                    guardianUpdate.setLong(4, schoolId);
                    guardianUpdate.setLong(5, u.before().guardianId());
                    guardianUpdate.addBatch();
                } else if (f.guardianName() != null) {
                    guardianInsert.setLong(1, schoolId);
                    guardianInsert.setLong(2, u.before().id());
                    guardianInsert.setString(3, f.guardianName());
                    guardianInsert.setString(4, f.guardianRelation());
                    guardianInsert.setString(5, f.guardianPhone());
                    guardianInsert.setString(6, f.guardianAddress());
                    guardianInsert.addBatch();
                }
                addHistory(history, schoolId, u.before().id(), source, "CHANGED", u.changesJson(), fileName, userId, now);
                if (++pending == BATCH) {
                    update.executeBatch();
                    guardianUpdate.executeBatch();
                    guardianInsert.executeBatch();
                    history.executeBatch();
                    pending = 0;
                }
            }
            update.executeBatch();
            guardianUpdate.executeBatch();
            guardianInsert.executeBatch();
            history.executeBatch();
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    @Override
    public Map<String, Long> addClasses(long schoolId, List<ClassRow> classes) {
        Map<String, Long> ids = new LinkedHashMap<>();
        try (PreparedStatement insert = jdbc.tenant().prepareStatement("INSERT INTO school_class (tenant_id, school_year, "
                + "grade, name, homeroom_teacher_id) VALUES (?, ?, ?, ?, ?) RETURNING id")) {
            for (ClassRow k : classes) {
                insert.setLong(1, schoolId);
                insert.setInt(2, k.schoolYear());
                insert.setInt(3, k.grade());
                insert.setString(4, k.name());
                if (k.homeroomTeacherId() == null) {
                    insert.setNull(5, Types.BIGINT);
                } else {
                    insert.setLong(5, k.homeroomTeacherId());
                }
                try (ResultSet r = insert.executeQuery()) {
                    r.next();
                    ids.put(k.name(), r.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
        return ids;
    }

    @Override
    public void move(long schoolId, List<Move> moves, long userId, Instant at) {
        Connection c = jdbc.tenant();
        Timestamp now = Timestamp.from(at);
        try (PreparedStatement move = c.prepareStatement("UPDATE student SET grade = ?, class_id = ?, enrolment_status = ?, "
                + "updated_at = ?, version = version + 1 WHERE tenant_id = ? AND id = ?");
             PreparedStatement history = history(c)) {
            int pending = 0;
            for (Move m : moves) {
                move.setInt(1, m.grade());
                if (m.classId() == null) {
                    move.setNull(2, Types.BIGINT);
                } else {
                    move.setLong(2, m.classId());
                }
                move.setString(3, m.status().name());
                move.setTimestamp(4, now);
                move.setLong(5, schoolId);
                move.setLong(6, m.studentId());
                move.addBatch();
                addHistory(history, schoolId, m.studentId(), "ROLLOVER",
                        m.status() == EnrolmentStatus.GRADUATED ? "GRADUATED" : "PROMOTED", m.changesJson(), null,
                        userId, now);
                if (++pending == BATCH) {
                    move.executeBatch();
                    history.executeBatch();
                    pending = 0;
                }
            }
            move.executeBatch();
            history.executeBatch();
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    @Override
    public int reassignHomeroomTasks(long schoolId, Map<Long, Long> teacherByStudent) {
        int moved = 0;
        try (PreparedStatement update = jdbc.tenant().prepareStatement("UPDATE case_task SET assignee_id = ?, "
                + "version = version + 1 WHERE tenant_id = ? AND student_id = ? AND status = 'OPEN' "
                + "AND responsible_role = 'HOMEROOM_TEACHER' AND assignee_id IS DISTINCT FROM ?")) {
            for (Map.Entry<Long, Long> e : teacherByStudent.entrySet()) {
                update.setLong(1, e.getValue());
                update.setLong(2, schoolId);
                update.setLong(3, e.getKey());
                update.setLong(4, e.getValue());
                update.addBatch();
            }
            for (int n : update.executeBatch()) {
                moved += Math.max(n, 0);
            }
        } catch (SQLException e) {
            throw Jdbc.failure(e);
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
        try (PreparedStatement q = jdbc.tenant().prepareStatement("SELECT EXISTS (SELECT 1 FROM school_rollover "
                + "WHERE tenant_id = ? AND to_year = ?)")) {
            q.setLong(1, schoolId);
            q.setInt(2, toYear);
            try (ResultSet r = q.executeQuery()) {
                return r.next() && r.getBoolean(1);
            }
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    @Override
    public void recordRollover(long schoolId, int fromYear, int promoted, int graduated, int classes, long userId,
                               Instant at) {
        try (PreparedStatement insert = jdbc.tenant().prepareStatement("INSERT INTO school_rollover (tenant_id, from_year, "
                + "to_year, promoted, graduated, classes, applied_by, applied_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, schoolId);
            insert.setInt(2, fromYear);
            insert.setInt(3, fromYear + 1);
            insert.setInt(4, promoted);
            insert.setInt(5, graduated);
            insert.setInt(6, classes);
            insert.setLong(7, userId);
            insert.setTimestamp(8, Timestamp.from(at));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    private Map<Long, Integer> countByStudent(String sql, long schoolId) {
        Map<Long, Integer> counts = new HashMap<>();
        try (PreparedStatement q = jdbc.tenant().prepareStatement(sql)) {
            q.setLong(1, schoolId);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    counts.put(r.getLong(1), r.getInt(2));
                }
            }
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
        return counts;
    }

    /** Parameters from {@code first}: student_number, name, gender, birth_date, grade, class_id, seat, indigenous, tribe. */
    private static void setFields(PreparedStatement s, int first, Fields f) throws SQLException {
        s.setString(first, f.studentNumber());
        s.setString(first + 1, f.name());
        s.setString(first + 2, f.gender().name());
        s.setDate(first + 3, Date.valueOf(f.birthDate()));
        s.setInt(first + 4, f.grade());
        s.setLong(first + 5, f.classId());
        if (f.seatNumber() == null) {
            s.setNull(first + 6, Types.INTEGER);
        } else {
            s.setInt(first + 6, f.seatNumber());
        }
        s.setBoolean(first + 7, f.indigenous());
        s.setString(first + 8, f.tribe());
    }

    private static PreparedStatement history(Connection c) throws SQLException {
        return c.prepareStatement("INSERT INTO student_change (tenant_id, student_id, source, kind, changes, file_name, "
                + "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?::jsonb, ?, ?, ?)");
    }

    private static void addHistory(PreparedStatement history, long schoolId, long studentId, String source, String kind,
                                   String json, String fileName, long userId, Timestamp at) throws SQLException {
        history.setLong(1, schoolId);
        history.setLong(2, studentId);
        history.setString(3, source);
        history.setString(4, kind);
        history.setString(5, json);
        history.setString(6, fileName);
        history.setLong(7, userId);
        history.setTimestamp(8, at);
        history.addBatch();
    }

    private static List<Long> run(PreparedStatement insert) throws SQLException {
        insert.executeBatch();
        List<Long> ids = new ArrayList<>();
        try (ResultSet keys = insert.getGeneratedKeys()) {
            while (keys.next()) {
                ids.add(keys.getLong(1));
            }
        }
        return ids;
    }
}
