package tw.huixiao.platform.infrastructure.casework;

import tw.huixiao.platform.infrastructure.persistence.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tw.huixiao.platform.infrastructure.persistence.Jdbc;
import tw.huixiao.platform.application.screening.ScreeningStore;

/**
 * Screening campaigns, their students' assessments and what stage 4 started, and the school-year
 * rosters (V11) of the bound school. The 附表一 and 附表二 data themselves are form records.
 */
@ApplicationScoped
public class JdbcScreeningStore implements ScreeningStore {

    private static final String CAMPAIGN = "SELECT k.*, c.name AS class_name FROM screening_campaign k "
            + "LEFT JOIN school_class c ON c.tenant_id = k.tenant_id AND c.id = k.class_id ";
    private static final String ASSESSMENT = "SELECT a.*, s.name AS student_name, s.seat_number, c.name AS class_name, "
            + "c.grade, c.homeroom_teacher_id FROM screening_assessment a "
            + "JOIN student s ON s.tenant_id = a.tenant_id AND s.id = a.student_id "
            + "JOIN school_class c ON c.tenant_id = a.tenant_id AND c.id = a.class_id ";
    private static final String BY_SEAT = "ORDER BY c.name, s.seat_number NULLS LAST, s.id OFFSET ? LIMIT ?";

    @Inject
    Jdbc jdbc;

    @Override
    public long insertCampaign(long schoolId, int schoolYear, int semester, Integer grade, Long classId, String policyId,
                               String policyVersion, String formId, int formVersion, LocalDate assessedOn, String note,
                               Instant at, long by) {
        return Sql.insert(c(), "INSERT INTO screening_campaign (tenant_id, school_year, semester, grade, class_id, "
                        + "policy_id, policy_version, form_id, form_version, assessed_on, note, created_at, created_by) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                schoolId, schoolYear, (short) semester, grade, classId, policyId, policyVersion, formId, formVersion,
                assessedOn, note, at, by);
    }

    @Override
    public Optional<Campaign> campaign(long schoolId, long id) {
        return Sql.one(c(), CAMPAIGN + "WHERE k.tenant_id = ? AND k.id = ?", JdbcScreeningStore::campaign, schoolId, id);
    }

    /** The school's campaigns, newest first; of one school year if given. */
    @Override
    public List<Campaign> campaigns(long schoolId, Integer schoolYear) {
        return schoolYear == null
                ? Sql.list(c(), CAMPAIGN + "WHERE k.tenant_id = ? ORDER BY k.id DESC", JdbcScreeningStore::campaign, schoolId)
                : Sql.list(c(), CAMPAIGN + "WHERE k.tenant_id = ? AND k.school_year = ? ORDER BY k.id DESC",
                JdbcScreeningStore::campaign, schoolId, schoolYear);
    }

    /** The one class, or the classes of a grade in a school year. */
    @Override
    public List<ClassRow> classes(long schoolId, int schoolYear, Integer grade, Long classId) {
        return Sql.list(c(), "SELECT id, school_year, grade, name FROM school_class WHERE tenant_id = ? AND "
                        + (classId != null ? "id = ?" : "school_year = ? AND grade = ?") + " ORDER BY name",
                r -> new ClassRow(r.getLong(1), r.getInt(2), r.getInt(3), r.getString(4)),
                classId != null ? new Object[] {schoolId, classId} : new Object[] {schoolId, schoolYear, grade});
    }

    /** Students of the list already in a campaign of the school year and semester. */
    @Override
    public int alreadyScreened(long schoolId, int schoolYear, int semester, Long[] studentIds) {
        return Sql.one(c(), "SELECT count(*) FROM screening_assessment a JOIN screening_campaign k "
                        + "ON k.tenant_id = a.tenant_id AND k.id = a.campaign_id WHERE a.tenant_id = ? AND k.school_year = ? "
                        + "AND k.semester = ? AND a.student_id = ANY (?)", r -> r.getInt(1), schoolId, schoolYear,
                (short) semester, studentIds).orElse(0);
    }

    /** The student's open case under the module, the oldest first. */
    @Override
    public Optional<Long> openCaseOf(long schoolId, long studentId, String policyId) {
        return Sql.one(c(), "SELECT id FROM student_case WHERE tenant_id = ? AND student_id = ? AND policy_id = ? "
                + "AND status = 'OPEN' ORDER BY opened_at, id LIMIT 1", r -> r.getLong(1), schoolId, studentId, policyId);
    }

    /** The enrolled students of the classes, with their first guardian, by class and seat. */
    @Override
    public List<Pupil> pupils(long schoolId, Long[] classIds) {
        return Sql.list(c(), "SELECT s.id, s.name, s.gender, s.birth_date, s.class_id, c.name AS class_name, s.indigenous, "
                        + "s.single_parent, s.grandparent_care, s.new_immigrant, g.name AS carer, g.relation, g.phone, "
                        + "g.address FROM student s JOIN school_class c ON c.tenant_id = s.tenant_id AND c.id = s.class_id "
                        + "LEFT JOIN LATERAL (SELECT * FROM guardian x WHERE x.tenant_id = s.tenant_id "
                        + "AND x.student_id = s.id ORDER BY x.id LIMIT 1) g ON true "
                        + "WHERE s.tenant_id = ? AND s.class_id = ANY (?) AND s.enrolment_status = 'ENROLLED' "
                        + "ORDER BY c.name, s.seat_number NULLS LAST, s.id",
                r -> new Pupil(r.getLong("id"), r.getString("name"), r.getString("gender"), Sql.date(r, "birth_date"),
                        r.getLong("class_id"), r.getString("class_name"), r.getBoolean("indigenous"),
                        r.getBoolean("single_parent"), r.getBoolean("grandparent_care"), r.getBoolean("new_immigrant"),
                        r.getString("carer"), r.getString("relation"), r.getString("phone"), r.getString("address")),
                schoolId, classIds);
    }

    @Override
    public long insertAssessment(long schoolId, long campaignId, long studentId, long classId) {
        return Sql.insert(c(), "INSERT INTO screening_assessment (tenant_id, campaign_id, student_id, class_id) "
                + "VALUES (?, ?, ?, ?)", schoolId, campaignId, studentId, classId);
    }

    /** The campaign's students by class and seat; only those of the 導師's classes when {@code homeroomTeacherId} is given. */
    @Override
    public List<Assessment> assessments(long schoolId, long campaignId, Long homeroomTeacherId) {
        return assessments(schoolId, campaignId, homeroomTeacherId, 0, Integer.MAX_VALUE);
    }

    /** A page of {@link #assessments(long, long, Long)}. */
    @Override
    public List<Assessment> assessments(long schoolId, long campaignId, Long homeroomTeacherId, int offset, int limit) {
        return homeroomTeacherId == null
                ? Sql.list(c(), ASSESSMENT + "WHERE a.tenant_id = ? AND a.campaign_id = ? " + BY_SEAT,
                JdbcScreeningStore::assessment, schoolId, campaignId, offset, limit)
                : Sql.list(c(), ASSESSMENT + "WHERE a.tenant_id = ? AND a.campaign_id = ? AND c.homeroom_teacher_id = ? "
                + BY_SEAT, JdbcScreeningStore::assessment, schoolId, campaignId, homeroomTeacherId, offset, limit);
    }

    @Override
    public int assessmentCount(long schoolId, long campaignId, Long homeroomTeacherId) {
        String count = "SELECT count(*) FROM screening_assessment a JOIN school_class c ON c.tenant_id = a.tenant_id "
                + "AND c.id = a.class_id WHERE a.tenant_id = ? AND a.campaign_id = ?";
        return homeroomTeacherId == null
                ? Sql.one(c(), count, r -> r.getInt(1), schoolId, campaignId).orElse(0)
                : Sql.one(c(), count + " AND c.homeroom_teacher_id = ?", r -> r.getInt(1), schoolId, campaignId,
                homeroomTeacherId).orElse(0);
    }

    /** Every class of the school, newest school year first, by grade and name. */
    @Override
    public List<ClassRow> allClasses(long schoolId) {
        return Sql.list(c(), "SELECT id, school_year, grade, name FROM school_class WHERE tenant_id = ? "
                        + "ORDER BY school_year DESC, grade, name",
                r -> new ClassRow(r.getLong(1), r.getInt(2), r.getInt(3), r.getString(4)), schoolId);
    }

    @Override
    public Optional<Assessment> assessment(long schoolId, long id) {
        return Sql.one(c(), ASSESSMENT + "WHERE a.tenant_id = ? AND a.id = ?", JdbcScreeningStore::assessment, schoolId, id);
    }

    @Override
    public void setCase(long schoolId, long assessmentId, long caseId) {
        Sql.update(c(), "UPDATE screening_assessment SET case_id = ? WHERE tenant_id = ? AND id = ?", caseId, schoolId,
                assessmentId);
    }

    /** How many stages each record has signed. */
    @Override
    public Map<Long, Integer> stagesSigned(long schoolId, Long[] recordIds) {
        Map<Long, Integer> found = new HashMap<>();
        Sql.list(c(), "SELECT record_id, count(*) FROM form_signature WHERE tenant_id = ? AND record_id = ANY (?) "
                + "GROUP BY record_id", r -> found.put(r.getLong(1), r.getInt(2)), schoolId, recordIds);
        return found;
    }

    @Override
    public List<FollowUp> followUps(long schoolId, long assessmentId) {
        return Sql.list(c(), "SELECT * FROM screening_follow_up WHERE tenant_id = ? AND assessment_id = ? "
                        + "ORDER BY created_at, strategy",
                r -> new FollowUp(r.getString("strategy"), r.getString("kind"), r.getLong("case_id"),
                        r.getLong("record_id"), Sql.instant(r, "created_at")), schoolId, assessmentId);
    }

    @Override
    public void insertFollowUp(long schoolId, long assessmentId, String strategy, String kind, long caseId, long recordId,
                               Instant at, long by) {
        Sql.update(c(), "INSERT INTO screening_follow_up (tenant_id, assessment_id, strategy, kind, case_id, record_id, "
                + "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", schoolId, assessmentId, strategy, kind,
                caseId, recordId, at, by);
    }

    /** The id of the task with this key. */
    @Override
    public Optional<Long> taskId(long schoolId, String taskKey) {
        return Sql.one(c(), "SELECT id FROM case_task WHERE tenant_id = ? AND task_key = ?", r -> r.getLong(1),
                schoolId, taskKey);
    }

    /** The case's open task producing the form, if the module already laid one out. */
    @Override
    public Optional<Long> openTaskProducing(long schoolId, long caseId, String produces) {
        return Sql.one(c(), "SELECT id FROM case_task WHERE tenant_id = ? AND case_id = ? AND produces = ? "
                + "AND status = 'OPEN' ORDER BY id LIMIT 1", r -> r.getLong(1), schoolId, caseId, produces);
    }

    @Override
    public Optional<Roster> roster(long schoolId, int schoolYear) {
        return Sql.one(c(), "SELECT * FROM high_care_roster WHERE tenant_id = ? AND school_year = ?",
                JdbcScreeningStore::roster, schoolId, schoolYear);
    }

    @Override
    public Optional<Roster> rosterById(long schoolId, long id) {
        return Sql.one(c(), "SELECT * FROM high_care_roster WHERE tenant_id = ? AND id = ?", JdbcScreeningStore::roster,
                schoolId, id);
    }

    @Override
    public long insertRoster(long schoolId, int schoolYear, String policyId, String policyVersion, Instant at, long by) {
        return Sql.insert(c(), "INSERT INTO high_care_roster (tenant_id, school_year, policy_id, policy_version, "
                + "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)", schoolId, schoolYear, policyId, policyVersion, at, by);
    }

    /**
     * The current 附表一 records (of cases and of screenings) whose strategy stage is stamped, with
     * the student, the student's grade (at the screening: the class's) and, for a screening, the
     * campaign's school year.
     */
    @Override
    public List<Stamped> stamped(long schoolId, String formId, String stageKey) {
        return Sql.list(c(), "SELECT r.id, coalesce(k.student_id, a.student_id) AS student_id, s.name, "
                        + "coalesce(ac.grade, s.grade) AS grade, sc.school_year AS campaign_year, g.signed_at, r.data::text "
                        + "FROM form_record r JOIN form_signature g ON g.tenant_id = r.tenant_id AND g.record_id = r.id "
                        + "AND g.stage_key = ? "
                        + "LEFT JOIN student_case k ON k.tenant_id = r.tenant_id AND k.id = r.case_id "
                        + "LEFT JOIN screening_assessment a ON a.tenant_id = r.tenant_id AND a.id = r.screening_assessment_id "
                        + "LEFT JOIN school_class ac ON ac.tenant_id = a.tenant_id AND ac.id = a.class_id "
                        + "LEFT JOIN screening_campaign sc ON sc.tenant_id = a.tenant_id AND sc.id = a.campaign_id "
                        + "JOIN student s ON s.tenant_id = r.tenant_id AND s.id = coalesce(k.student_id, a.student_id) "
                        + "WHERE r.tenant_id = ? AND r.form_id = ? AND r.status <> 'SUPERSEDED' ORDER BY g.signed_at, r.id",
                r -> new Stamped(r.getLong(1), r.getLong(2), r.getString(3), r.getInt(4), Sql.intOrNull(r, "campaign_year"),
                        Sql.instant(r, "signed_at"), json(r.getString(7))),
                stageKey, schoolId, formId);
    }

    @Override
    public List<OpenCaseOf> openCases(long schoolId, String policyId) {
        return Sql.list(c(), "SELECT k.id, k.student_id, s.name, k.category_id FROM student_case k JOIN student s "
                        + "ON s.tenant_id = k.tenant_id AND s.id = k.student_id WHERE k.tenant_id = ? AND k.policy_id = ? "
                        + "AND k.status = 'OPEN' ORDER BY k.opened_at, k.id",
                r -> new OpenCaseOf(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4)), schoolId, policyId);
    }

    private static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private static Campaign campaign(ResultSet r) throws SQLException {
        return new Campaign(r.getLong("id"), r.getInt("school_year"), r.getInt("semester"), Sql.intOrNull(r, "grade"),
                Sql.longOrNull(r, "class_id"), r.getString("class_name"), r.getString("policy_id"),
                r.getString("policy_version"), r.getString("form_id"), r.getInt("form_version"),
                Sql.date(r, "assessed_on"), r.getString("note"), Sql.instant(r, "created_at"), r.getLong("created_by"),
                r.getLong("version"));
    }

    private static Assessment assessment(ResultSet r) throws SQLException {
        return new Assessment(r.getLong("id"), r.getLong("campaign_id"), r.getLong("student_id"),
                r.getString("student_name"), Sql.intOrNull(r, "seat_number"), r.getLong("class_id"),
                r.getString("class_name"), r.getInt("grade"), Sql.longOrNull(r, "homeroom_teacher_id"),
                Sql.longOrNull(r, "case_id"));
    }

    private static Roster roster(ResultSet r) throws SQLException {
        return new Roster(r.getLong("id"), r.getInt("school_year"), r.getString("policy_id"), r.getString("policy_version"),
                Sql.instant(r, "created_at"), r.getLong("created_by"));
    }

    private Connection c() {
        return jdbc.tenant();
    }
}
