package tw.huixiao.platform.infrastructure.casework;

import tw.huixiao.platform.infrastructure.persistence.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import tw.huixiao.platform.infrastructure.persistence.Jdbc;
import tw.huixiao.platform.application.casework.ReEnrolmentStore;

/** Re-enrolment applications and placement decisions, and detentions, of the bound school. */
@ApplicationScoped
public class JdbcReEnrolmentStore implements ReEnrolmentStore {

    @Inject
    Jdbc jdbc;

    @Override
    public long insert(long schoolId, long caseId, LocalDate appliedOn, Instant appliedAt, long by, String applicant,
                       String note, LocalDate leftOn, String timeAway, int ageYears, Integer gradeLeft, String ruleId,
                       String recommendation, String recommendationZh, String recommendationEn, String alternatives) {
        return Sql.insert(c(), "INSERT INTO re_enrolment (tenant_id, case_id, applied_on, applied_at, received_by, "
                        + "applicant, note, left_on, time_away, age_years, grade_left, rule_id, recommendation, "
                        + "recommendation_zh, recommendation_en, alternatives, status) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'APPLIED')", schoolId, caseId, appliedOn,
                appliedAt, by, applicant, note, leftOn, timeAway, ageYears, gradeLeft, ruleId, recommendation,
                recommendationZh, recommendationEn, alternatives);
    }

    @Override
    public boolean decide(long schoolId, long id, long version, String placement, Instant at, long by, long meetingId,
                          Boolean guardianApplication, String note) {
        return Sql.update(c(), "UPDATE re_enrolment SET status = 'DECIDED', placement = ?, decided_at = ?, decided_by = ?, "
                        + "meeting_id = ?, guardian_application = ?, decision_note = ?, version = version + 1 "
                        + "WHERE tenant_id = ? AND id = ? AND version = ? AND status = 'APPLIED'", placement, at, by,
                meetingId, guardianApplication, note, schoolId, id, version) == 1;
    }

    @Override
    public Optional<ReEnrolment> find(long schoolId, long caseId, long id) {
        return Sql.one(c(), "SELECT * FROM re_enrolment WHERE tenant_id = ? AND case_id = ? AND id = ?",
                JdbcReEnrolmentStore::reEnrolment, schoolId, caseId, id);
    }

    @Override
    public List<ReEnrolment> ofCase(long schoolId, long caseId) {
        return Sql.list(c(), "SELECT * FROM re_enrolment WHERE tenant_id = ? AND case_id = ? ORDER BY applied_at, id",
                JdbcReEnrolmentStore::reEnrolment, schoolId, caseId);
    }

    /** The first day of the case's absence: its earliest episode's start, if the engine followed it. */
    @Override
    public Optional<LocalDate> firstDayAway(long schoolId, long caseId) {
        return Sql.one(c(), "SELECT min(started_on) FROM absence_episode WHERE tenant_id = ? AND case_id = ?",
                rows -> Sql.date(rows, "min"), schoolId, caseId);
    }

    @Override
    public long admit(long schoolId, long caseId, long studentId, String centre, LocalDate admittedOn, String note,
                      Instant at, long by) {
        return Sql.insert(c(), "INSERT INTO detention (tenant_id, case_id, student_id, centre, admitted_on, note, "
                + "recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", schoolId, caseId, studentId, centre,
                admittedOn, note, at, by);
    }

    @Override
    public boolean release(long schoolId, long id, long version, LocalDate releasedOn, boolean furtherCustody,
                           Instant at, long by) {
        return Sql.update(c(), "UPDATE detention SET released_on = ?, further_custody = ?, release_recorded_at = ?, "
                        + "release_recorded_by = ?, version = version + 1 WHERE tenant_id = ? AND id = ? AND version = ? "
                        + "AND released_on IS NULL", releasedOn, furtherCustody, at, by, schoolId, id, version) == 1;
    }

    @Override
    public Optional<Detention> detention(long schoolId, long caseId, long id) {
        return Sql.one(c(), "SELECT * FROM detention WHERE tenant_id = ? AND case_id = ? AND id = ?",
                JdbcReEnrolmentStore::detention, schoolId, caseId, id);
    }

    @Override
    public List<Detention> detentions(long schoolId, long caseId) {
        return Sql.list(c(), "SELECT * FROM detention WHERE tenant_id = ? AND case_id = ? ORDER BY admitted_on, id",
                JdbcReEnrolmentStore::detention, schoolId, caseId);
    }

    private static ReEnrolment reEnrolment(ResultSet r) throws SQLException {
        return new ReEnrolment(r.getLong("id"), r.getLong("case_id"), Sql.date(r, "applied_on"),
                Sql.instant(r, "applied_at"), r.getLong("received_by"), r.getString("applicant"), r.getString("note"),
                Sql.date(r, "left_on"), r.getString("time_away"), r.getInt("age_years"), Sql.intOrNull(r, "grade_left"),
                r.getString("rule_id"), r.getString("recommendation"), r.getString("recommendation_zh"),
                r.getString("recommendation_en"), r.getString("alternatives"), r.getString("status"),
                r.getString("placement"), Sql.instant(r, "decided_at"), Sql.longOrNull(r, "decided_by"),
                Sql.longOrNull(r, "meeting_id"), Sql.boolOrNull(r, "guardian_application"),
                r.getString("decision_note"), r.getLong("version"));
    }

    private static Detention detention(ResultSet r) throws SQLException {
        return new Detention(r.getLong("id"), r.getLong("case_id"), r.getLong("student_id"), r.getString("centre"),
                Sql.date(r, "admitted_on"), r.getString("note"), Sql.instant(r, "recorded_at"), r.getLong("recorded_by"),
                Sql.date(r, "released_on"), Sql.boolOrNull(r, "further_custody"), Sql.instant(r, "release_recorded_at"),
                r.getLong("version"));
    }

    private Connection c() {
        return jdbc.tenant();
    }
}
