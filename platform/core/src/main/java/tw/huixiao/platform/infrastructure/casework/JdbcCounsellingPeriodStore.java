package tw.huixiao.platform.infrastructure.casework;

import tw.huixiao.platform.infrastructure.persistence.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import tw.huixiao.platform.infrastructure.persistence.Jdbc;
import tw.huixiao.platform.application.casework.CounsellingPeriodStore;

/** Counselling periods (輔導期程) of the bound school's cases and the 轉向評估 proposals they led to (V11). */
@ApplicationScoped
public class JdbcCounsellingPeriodStore implements CounsellingPeriodStore {

    @Inject
    Jdbc jdbc;

    @Override
    public long insert(long schoolId, long caseId, LocalDate startsOn, LocalDate endsOn, boolean effective,
                       long evaluatedBy, LocalDate evaluatedOn, String note, Instant at, long by) {
        return Sql.insert(c(), "INSERT INTO counselling_period (tenant_id, case_id, starts_on, ends_on, effective, "
                        + "evaluated_by, evaluated_on, note, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                schoolId, caseId, startsOn, endsOn, effective, evaluatedBy, evaluatedOn, note, at, by);
    }

    /** The case's periods in the order they ran. */
    @Override
    public List<Period> ofCase(long schoolId, long caseId) {
        return Sql.list(c(), "SELECT p.*, u.display_name FROM counselling_period p JOIN app_user u ON u.id = p.evaluated_by "
                        + "WHERE p.tenant_id = ? AND p.case_id = ? ORDER BY p.starts_on, p.id",
                r -> new Period(r.getLong("id"), r.getLong("case_id"), Sql.date(r, "starts_on"), Sql.date(r, "ends_on"),
                        r.getBoolean("effective"), r.getLong("evaluated_by"), r.getString("display_name"),
                        Sql.date(r, "evaluated_on"), r.getString("note"), Sql.instant(r, "created_at"),
                        r.getLong("created_by")), schoolId, caseId);
    }

    /** Whether the user is staff of the school. */
    @Override
    public boolean isStaff(long schoolId, long userId) {
        return Sql.one(c(), "SELECT 1 FROM app_user WHERE id = ? AND school_id = ? AND enabled", r -> true, userId, schoolId)
                .isPresent();
    }

    @Override
    public Optional<Proposal> proposal(long schoolId, long caseId) {
        return Sql.one(c(), "SELECT * FROM diversion_proposal WHERE tenant_id = ? AND case_id = ?",
                r -> new Proposal(r.getLong("case_id"), r.getLong("task_id"), r.getLong("referral_id"),
                        Sql.instant(r, "proposed_at")), schoolId, caseId);
    }

    @Override
    public void insertProposal(long schoolId, long caseId, long taskId, long referralId, Instant at) {
        Sql.update(c(), "INSERT INTO diversion_proposal (tenant_id, case_id, task_id, referral_id, proposed_at) "
                + "VALUES (?, ?, ?, ?, ?)", schoolId, caseId, taskId, referralId, at);
    }

    private Connection c() {
        return jdbc.tenant();
    }
}
