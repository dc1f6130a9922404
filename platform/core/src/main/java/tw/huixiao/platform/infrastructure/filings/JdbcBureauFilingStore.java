package tw.huixiao.platform.infrastructure.filings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import tw.huixiao.platform.domain.escalation.BureauFilingView;
import tw.huixiao.platform.infrastructure.persistence.Jdbc;
import tw.huixiao.platform.infrastructure.persistence.Sql;
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
        return Sql.one(jdbc.bound(), "SELECT count(*) FROM bureau_filing WHERE county = ? AND status = ?",
                r -> r.getLong(1), county, status).orElseThrow();
    }

    /** Overdue expected filings counted per school, most first. */
    @Override
    public List<OverdueSchool> overdueBySchool(String county, LocalDate today, Instant now) {
        return Sql.list(jdbc.bound(), "SELECT s.id, s.name, s.moe_code, count(*) FROM bureau_filing f "
                + "JOIN school s ON s.id = f.tenant_id WHERE f.county = ? AND f.status = 'DUE' "
                + "AND (f.due_on < ? OR f.due_at < ?) GROUP BY s.id, s.name, s.moe_code "
                + "ORDER BY count(*) DESC, s.moe_code",
                r -> new OverdueSchool(r.getLong(1), r.getString(2), r.getString(3), r.getLong(4)), county, today, now);
    }

    /** Inserts an expected filing for a duty that arose before its module's filings were known. */
    @Override
    public long expect(long schoolId, long taskId, String ruleId, String produces, String titleZh,
                       String titleEn) {
        return Sql.insert(jdbc.bound(), "INSERT INTO bureau_filing (tenant_id, county, task_id, "
                + "case_id, rule_id, produces, title_zh, title_en, status, due_on, due_at) SELECT t.tenant_id, s.county, "
                + "t.id, t.case_id, ?, ?, ?, ?, 'DUE', t.due_on, t.due_at FROM case_task t JOIN school s ON s.id = "
                + "t.tenant_id WHERE t.tenant_id = ? AND t.id = ?", ruleId, produces, titleZh, titleEn, schoolId, taskId);
    }

    /** The school files an expected filing; false if it was filed already. */
    @Override
    public boolean file(long schoolId, long id, Filed filed) {
        return Sql.update(jdbc.bound(), "UPDATE bureau_filing SET status = 'FILED', student_name = ?, "
                + "class_name = ?, filed_by = ?, filed_by_name = ?, filed_at = ?, note = ?, attachment = ?, "
                + "attachment_name = ?, version = version + 1 WHERE tenant_id = ? AND id = ? AND status = 'DUE'",
                filed(filed, schoolId, id)) == 1;
    }

    /** Files a returned filing again, as a new row pointing to the one returned. */
    @Override
    public long refile(long schoolId, long returnedId, Filed filed) {
        return Sql.one(jdbc.bound(), "INSERT INTO bureau_filing (tenant_id, county, task_id, "
                + "case_id, rule_id, produces, title_zh, title_en, status, due_on, due_at, student_name, class_name, "
                + "filed_by, filed_by_name, filed_at, note, attachment, attachment_name, resubmits_id) SELECT tenant_id, "
                + "county, task_id, case_id, rule_id, produces, title_zh, title_en, 'FILED', due_on, due_at, ?, ?, ?, ?, "
                + "?, ?, ?, ?, id FROM bureau_filing WHERE tenant_id = ? AND id = ? AND status = 'RETURNED' RETURNING id",
                key -> key.getLong(1), filed(filed, schoolId, returnedId)).orElse(0L);
    }

    /** The filing's eight values, then the school and the filing's id. */
    private static Object[] filed(Filed filed, long schoolId, long id) {
        return new Object[] {filed.studentName(), filed.className(), filed.by(), filed.byName(), filed.at(), filed.note(),
                filed.attachment(), filed.attachmentName(), schoolId, id};
    }

    /** The bureau acknowledges or returns a filing at the version read; false if it changed or was decided. */
    @Override
    public boolean decide(String county, long id, long version, String status, long by, String byName,
                          Instant at, String note) {
        return Sql.update(jdbc.bound(), "UPDATE bureau_filing SET status = ?, decided_by = ?, decided_by_name = ?, "
                + "decided_at = ?, decision_note = ?, version = version + 1 WHERE county = ? AND id = ? AND version = ? "
                + "AND status = 'FILED'", status, by, byName, at, note, county, id, version) == 1;
    }

    /** The attached PDF and its name, if the filing is visible on this connection and filed. */
    @Override
    public Optional<FilingAttachment> attachment(long id) {
        return Sql.one(jdbc.bound(), "SELECT attachment, attachment_name FROM bureau_filing WHERE id = ? "
                + "AND attachment IS NOT NULL", r -> new FilingAttachment(r.getBytes(1), r.getString(2)), id);
    }

    /** The student's name and class as the register has them, for the filing. */
    @Override
    public String[] studentAndClass(long schoolId, long studentId) {
        return Sql.one(jdbc.bound(), "SELECT s.name, k.name FROM student s LEFT JOIN school_class k "
                + "ON k.tenant_id = s.tenant_id AND k.id = s.class_id WHERE s.tenant_id = ? AND s.id = ?",
                r -> new String[] {r.getString(1), r.getString(2)}, schoolId, studentId).orElseThrow();
    }

    private List<BureauFilingView> list(Connection c, String sql, LocalDate today, Instant now, Object... parameters) {
        Object[] all = new Object[parameters.length + 2];
        all[0] = today;
        all[1] = now;
        System.arraycopy(parameters, 0, all, 2, parameters.length);
        return Sql.list(c, sql.startsWith("SELECT") ? sql : "SELECT " + sql, r -> new BureauFilingView(r.getLong(1),
                r.getLong(2), r.getString(3), r.getString(4), r.getString(5), r.getLong(6), Sql.longOrNull(r, 7),
                r.getString(8), r.getString(9), r.getString(10), r.getString(11), r.getString(12), Sql.date(r, 13),
                Sql.instant(r, 14), r.getBoolean(15), r.getString(16), r.getString(17), Sql.instant(r, 18),
                r.getString(19), r.getString(20), r.getString(21), Sql.longOrNull(r, 22), Sql.instant(r, 23),
                r.getString(24), r.getString(25), r.getLong(26)), all);
    }
}
