package tw.huixiao.platform.infrastructure.filings;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tw.huixiao.platform.domain.escalation.BureauFilingView;
import tw.huixiao.platform.infrastructure.persistence.Jdbc;
import tw.huixiao.platform.application.filings.BureauFilingStore;
import tw.huixiao.platform.application.filings.FilingAttachment;
import tw.huixiao.platform.application.filings.OverdueSchool;

/**
 * Filings with the county bureau (V37). Every statement runs on the connection it is given:
 * a school's (bound to its tenant) or a bureau's (bound to its county); row-level security
 * decides what each sees, the statements name the school or county again for the planner.
 */
@ApplicationScoped
public class JdbcBureauFilingStore implements BureauFilingStore {

    @Inject
    Jdbc jdbc;

    private static final String COLUMNS = "f.id, f.tenant_id, s.name, s.moe_code, f.county, f.task_id, f.case_id, "
            + "f.rule_id, f.produces, f.title_zh, f.title_en, f.status, f.due_on, f.due_at, "
            + "(f.status = 'DUE' AND (f.due_on < ? OR f.due_at < ?)), f.student_name, f.class_name, f.filed_at, "
            + "f.filed_by_name, f.note, f.attachment_name, f.resubmits_id, f.decided_at, f.decided_by_name, "
            + "f.decision_note, f.version FROM bureau_filing f JOIN school s ON s.id = f.tenant_id ";

    /** The filing a duty expects or made first (a re-filing after a return points back to it). */
    @Override
    public Optional<BureauFilingView> firstOfTask(long schoolId, long taskId, LocalDate today, Instant now) {
        Connection c = jdbc.bound();
        return list(c, COLUMNS + "WHERE f.tenant_id = ? AND f.task_id = ? AND f.resubmits_id IS NULL", today, now,
                schoolId, taskId).stream().findFirst();
    }

    /** The newest filing of each of the school's duties among the given ones. */
    @Override
    public List<BureauFilingView> latestOfTasks(long schoolId, List<Long> taskIds, LocalDate today,
                                                Instant now) {
        Connection c = jdbc.bound();
        if (taskIds.isEmpty()) {
            return List.of();
        }
        return list(c, "SELECT DISTINCT ON (f.task_id) " + COLUMNS + "WHERE f.tenant_id = ? AND f.task_id = ANY (?) "
                + "ORDER BY f.task_id, f.id DESC", today, now, schoolId, taskIds.toArray(Long[]::new));
    }

    @Override
    public Optional<BureauFilingView> find(long id, LocalDate today, Instant now) {
        Connection c = jdbc.bound();
        return list(c, COLUMNS + "WHERE f.id = ?", today, now, id).stream().findFirst();
    }

    /** A bureau's filings (not the expected ones), newest first; statuses empty = all. */
    @Override
    public List<BureauFilingView> inbox(String county, List<String> statuses, LocalDate today,
                                        Instant now, int limit) {
        Connection c = jdbc.bound();
        List<String> shown = statuses.isEmpty() ? List.of("FILED", "ACKNOWLEDGED", "RETURNED") : statuses;
        return list(c, COLUMNS + "WHERE f.county = ? AND f.status = ANY (?) ORDER BY f.filed_at DESC, f.id DESC LIMIT ?",
                today, now, county, shown.toArray(String[]::new), limit);
    }

    /** Expected filings past their due date or time, by school then due date. */
    @Override
    public List<BureauFilingView> overdue(String county, LocalDate today, Instant now, int limit) {
        Connection c = jdbc.bound();
        return list(c, COLUMNS + "WHERE f.county = ? AND f.status = 'DUE' AND (f.due_on < ? OR f.due_at < ?) "
                + "ORDER BY s.moe_code, f.due_on, f.due_at, f.id LIMIT ?", today, now, county, today, now, limit);
    }

    /** How many of a bureau's filings are in the given status (FILED: awaiting the bureau). */
    @Override
    public long count(String county, String status) {
        Connection c = jdbc.bound();
        try (PreparedStatement q = c.prepareStatement("SELECT count(*) FROM bureau_filing WHERE county = ? AND status = ?")) {
            q.setString(1, county);
            q.setString(2, status);
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    /** Overdue expected filings counted per school, most first. */
    @Override
    public List<OverdueSchool> overdueBySchool(String county, LocalDate today, Instant now) {
        Connection c = jdbc.bound();
        List<OverdueSchool> found = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT s.id, s.name, s.moe_code, count(*) FROM bureau_filing f "
                + "JOIN school s ON s.id = f.tenant_id WHERE f.county = ? AND f.status = 'DUE' "
                + "AND (f.due_on < ? OR f.due_at < ?) GROUP BY s.id, s.name, s.moe_code "
                + "ORDER BY count(*) DESC, s.moe_code")) {
            q.setString(1, county);
            q.setDate(2, Date.valueOf(today));
            q.setTimestamp(3, Timestamp.from(now));
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    found.add(new OverdueSchool(r.getLong(1), r.getString(2), r.getString(3), r.getLong(4)));
                }
            }
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
        return found;
    }

    /** Inserts an expected filing for a duty that arose before its module's filings were known. */
    @Override
    public long expect(long schoolId, long taskId, String ruleId, String produces, String titleZh,
                       String titleEn) {
        Connection c = jdbc.bound();
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO bureau_filing (tenant_id, county, task_id, "
                + "case_id, rule_id, produces, title_zh, title_en, status, due_on, due_at) SELECT t.tenant_id, s.county, "
                + "t.id, t.case_id, ?, ?, ?, ?, 'DUE', t.due_on, t.due_at FROM case_task t JOIN school s ON s.id = "
                + "t.tenant_id WHERE t.tenant_id = ? AND t.id = ? RETURNING id")) {
            insert.setString(1, ruleId);
            insert.setString(2, produces);
            insert.setString(3, titleZh);
            insert.setString(4, titleEn);
            insert.setLong(5, schoolId);
            insert.setLong(6, taskId);
            try (ResultSet key = insert.executeQuery()) {
                key.next();
                return key.getLong(1);
            }
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    /** The school files an expected filing; false if it was filed already. */
    @Override
    public boolean file(long schoolId, long id, Filed filed) {
        Connection c = jdbc.bound();
        try (PreparedStatement update = c.prepareStatement("UPDATE bureau_filing SET status = 'FILED', student_name = ?, "
                + "class_name = ?, filed_by = ?, filed_by_name = ?, filed_at = ?, note = ?, attachment = ?, "
                + "attachment_name = ?, version = version + 1 WHERE tenant_id = ? AND id = ? AND status = 'DUE'")) {
            setFiled(update, filed);
            update.setLong(9, schoolId);
            update.setLong(10, id);
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    /** Files a returned filing again, as a new row pointing to the one returned. */
    @Override
    public long refile(long schoolId, long returnedId, Filed filed) {
        Connection c = jdbc.bound();
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO bureau_filing (tenant_id, county, task_id, "
                + "case_id, rule_id, produces, title_zh, title_en, status, due_on, due_at, student_name, class_name, "
                + "filed_by, filed_by_name, filed_at, note, attachment, attachment_name, resubmits_id) SELECT tenant_id, "
                + "county, task_id, case_id, rule_id, produces, title_zh, title_en, 'FILED', due_on, due_at, ?, ?, ?, ?, "
                + "?, ?, ?, ?, id FROM bureau_filing WHERE tenant_id = ? AND id = ? AND status = 'RETURNED' RETURNING id")) {
            setFiled(insert, filed);
            insert.setLong(9, schoolId);
            insert.setLong(10, returnedId);
            try (ResultSet key = insert.executeQuery()) {
                return key.next() ? key.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    private static void setFiled(PreparedStatement s, Filed filed) throws SQLException {
        s.setString(1, filed.studentName());
        s.setString(2, filed.className());
        s.setLong(3, filed.by());
        s.setString(4, filed.byName());
        s.setTimestamp(5, Timestamp.from(filed.at()));
        s.setString(6, filed.note());
        s.setBytes(7, filed.attachment());
        s.setString(8, filed.attachmentName());
    }

    /** The bureau acknowledges or returns a filing at the version read; false if it changed or was decided. */
    @Override
    public boolean decide(String county, long id, long version, String status, long by, String byName,
                          Instant at, String note) {
        Connection c = jdbc.bound();
        try (PreparedStatement update = c.prepareStatement("UPDATE bureau_filing SET status = ?, decided_by = ?, "
                + "decided_by_name = ?, decided_at = ?, decision_note = ?, version = version + 1 WHERE county = ? "
                + "AND id = ? AND version = ? AND status = 'FILED'")) {
            update.setString(1, status);
            update.setLong(2, by);
            update.setString(3, byName);
            update.setTimestamp(4, Timestamp.from(at));
            update.setString(5, note);
            update.setString(6, county);
            update.setLong(7, id);
            update.setLong(8, version);
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    /** The attached PDF and its name, if the filing is visible on this connection and filed. */
    @Override
    public Optional<FilingAttachment> attachment(long id) {
        Connection c = jdbc.bound();
        try (PreparedStatement q = c.prepareStatement("SELECT attachment, attachment_name FROM bureau_filing "
                + "WHERE id = ? AND attachment IS NOT NULL")) {
            q.setLong(1, id);
            try (ResultSet r = q.executeQuery()) {
                return r.next() ? Optional.of(new FilingAttachment(r.getBytes(1), r.getString(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    /** The student's name and class as the register has them, for the filing. */
    @Override
    public String[] studentAndClass(long schoolId, long studentId) {
        Connection c = jdbc.bound();
        try (PreparedStatement q = c.prepareStatement("SELECT s.name, k.name FROM student s LEFT JOIN school_class k "
                + "ON k.tenant_id = s.tenant_id AND k.id = s.class_id WHERE s.tenant_id = ? AND s.id = ?")) {
            q.setLong(1, schoolId);
            q.setLong(2, studentId);
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return new String[] {r.getString(1), r.getString(2)};
            }
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    private List<BureauFilingView> list(Connection c, String sql, LocalDate today, Instant now, Object... parameters) {
        List<BureauFilingView> found = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement(sql.startsWith("SELECT") ? sql : "SELECT " + sql)) {
            q.setDate(1, Date.valueOf(today));
            q.setTimestamp(2, Timestamp.from(now));
            for (int i = 0; i < parameters.length; i++) {
                Object p = parameters[i];
                if (p instanceof String[] array) {
                    q.setArray(i + 3, c.createArrayOf("varchar", array));
                } else if (p instanceof Long[] array) {
                    q.setArray(i + 3, c.createArrayOf("bigint", array));
                } else if (p instanceof LocalDate d) {
                    q.setDate(i + 3, Date.valueOf(d));
                } else if (p instanceof Instant t) {
                    q.setTimestamp(i + 3, Timestamp.from(t));
                } else if (p == null) {
                    q.setNull(i + 3, Types.NULL);
                } else {
                    q.setObject(i + 3, p);
                }
            }
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    Date dueOn = r.getDate(13);
                    Timestamp dueAt = r.getTimestamp(14);
                    Timestamp filedAt = r.getTimestamp(18);
                    Timestamp decidedAt = r.getTimestamp(23);
                    found.add(new BureauFilingView(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4),
                            r.getString(5), r.getLong(6), (Long) r.getObject(7), r.getString(8), r.getString(9),
                            r.getString(10), r.getString(11), r.getString(12),
                            dueOn == null ? null : dueOn.toLocalDate(), dueAt == null ? null : dueAt.toInstant(),
                            r.getBoolean(15), r.getString(16), r.getString(17),
                            filedAt == null ? null : filedAt.toInstant(), r.getString(19), r.getString(20),
                            r.getString(21), (Long) r.getObject(22), decidedAt == null ? null : decidedAt.toInstant(),
                            r.getString(24), r.getString(25), r.getLong(26)));
                }
            }
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
        return found;
    }
}
