package tw.huixiao.platform.infrastructure.escalation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import tw.huixiao.platform.domain.escalation.Episode;
import tw.huixiao.platform.domain.escalation.OpenCase;
import tw.huixiao.platform.domain.escalation.TaskDraft;
import tw.huixiao.platform.infrastructure.persistence.Jdbc;
import tw.huixiao.platform.infrastructure.persistence.Sql;
import tw.huixiao.platform.application.escalation.EscalationStore;
import tw.huixiao.platform.application.escalation.MissingRoll;

/**
 * The escalation engine's reads and writes for one school, in the school's transaction. Reads
 * are a handful of set-based queries per school (not entity loads); writes are JDBC batches
 * keyed so that doing the same work twice adds nothing.
 */
@ApplicationScoped
public class JdbcEscalationStore implements EscalationStore {

    /** First key of the engine's per-school advisory locks (pg_advisory_xact_lock(int, int)). */
    private static final int SCHOOL_LOCK = 0x4858;

    /** The case event recording that a case also met another category's criterion. */
    public static final String CRITERION_MET = "CRITERION_MET";

    private static final String EPISODE = "id, student_id, category_id, policy_id, policy_version, started_on, "
            + "last_absent_on, returned_on, ladder_day, finished, case_id";

    @Inject
    Jdbc jdbc;

    /** Serialises engine work on one school across threads and server nodes. */
    @Override
    public void lockSchool(long schoolId) {
        Sql.run(c(), "SELECT pg_advisory_xact_lock(?, ?)", SCHOOL_LOCK, Math.toIntExact(schoolId));
    }

    /**
     * The engine's own writes are derived data that the next run re-derives under the same keys,
     * so its commits need not wait for the WAL flush (PostgreSQL's {@code synchronous_commit}
     * for this transaction only): a crash can lose the last moments of engine output, never a
     * school's attendance or a person's record, and never leaves a half-written run.
     */
    @Override
    public void relaxCommit() {
        Sql.run(c(), "SET LOCAL synchronous_commit = off");
    }

    /** The episodes, finished or not, of a category that started on the given days, per student. */
    @Override
    public List<Episode> episodes(long schoolId, String categoryId, Map<Long, Set<LocalDate>> startsByStudent) {
        if (startsByStudent.isEmpty()) {
            return new ArrayList<>();
        }
        List<Long> studentIds = new ArrayList<>();
        List<LocalDate> starts = new ArrayList<>();
        startsByStudent.forEach((student, days) -> days.forEach(day -> {
            studentIds.add(student);
            starts.add(day);
        }));
        return Sql.list(c(), "SELECT e.id, e.student_id, e.category_id, e.policy_id, "
                + "e.policy_version, e.started_on, e.last_absent_on, e.returned_on, e.ladder_day, e.finished, e.case_id "
                + "FROM absence_episode e JOIN unnest(?::bigint[], ?::date[]) AS k (student_id, started_on) "
                + "ON k.student_id = e.student_id AND k.started_on = e.started_on "
                + "WHERE e.tenant_id = ? AND e.category_id = ?", JdbcEscalationStore::episode,
                studentIds.toArray(Long[]::new), starts.toArray(LocalDate[]::new), schoolId, categoryId);
    }

    /** Unexcused days per student between two dates (inclusive). */
    @Override
    public Map<Long, NavigableSet<LocalDate>> unexcused(long schoolId, LocalDate from, LocalDate to) {
        Map<Long, NavigableSet<LocalDate>> found = new HashMap<>();
        query("SELECT student_id, day FROM attendance WHERE tenant_id = ? AND day BETWEEN ? AND ? AND status = 'UNEXCUSED'",
                rows -> found.computeIfAbsent(rows.getLong(1), k -> new TreeSet<>()).add(Sql.date(rows, 2)),
                schoolId, from, to);
        return found;
    }

    /** Days whose roll was taken, per class (0 = the whole school's file). */
    @Override
    public Map<Long, Set<LocalDate>> rolls(long schoolId, LocalDate from, LocalDate to) {
        Map<Long, Set<LocalDate>> found = new HashMap<>();
        query("SELECT class_id, day FROM attendance_roll WHERE tenant_id = ? AND day BETWEEN ? AND ?",
                rows -> found.computeIfAbsent(rows.getLong(1), k -> new HashSet<>()).add(Sql.date(rows, 2)),
                schoolId, from, to);
        return found;
    }

    /** Flags school days whose roll (per class, 0 = the school's file) never came; flagging twice adds nothing. */
    @Override
    public void flagMissingRolls(long schoolId, LocalDate day, Collection<Long> classIds, LocalDate flaggedOn) {
        if (classIds.isEmpty()) {
            return;
        }
        Sql.batch(c(), "INSERT INTO missing_roll (tenant_id, day, class_id, flagged_on) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT DO NOTHING", classIds.stream().map(classId -> new Object[] {schoolId, day, classId, flaggedOn})
                .toList());
    }

    /** The flagged rolls still missing, newest first. */
    @Override
    public List<MissingRoll> missingRolls(long schoolId) {
        List<MissingRoll> found = new ArrayList<>();
        query("SELECT m.day, m.class_id, c.name, m.flagged_on FROM missing_roll m LEFT JOIN school_class c "
                        + "ON c.tenant_id = m.tenant_id AND c.id = m.class_id WHERE m.tenant_id = ? AND NOT EXISTS "
                        + "(SELECT 1 FROM attendance_roll r WHERE r.tenant_id = m.tenant_id AND r.day = m.day "
                        + "AND (r.class_id = m.class_id OR r.class_id = 0)) ORDER BY m.day DESC, c.name",
                rows -> found.add(new MissingRoll(Sql.date(rows, 1), rows.getLong(2), rows.getString(3),
                        Sql.date(rows, 4))), schoolId);
        return found;
    }

    /** Leave requests and personal-plus-sick leave days per student in a period. */
    @Override
    public Map<Long, LeaveMonth> leave(long schoolId, LocalDate from, LocalDate to) {
        Map<Long, LeaveMonth> found = new HashMap<>();
        query("SELECT student_id, sum(leave_requests), count(*) FILTER (WHERE status IN ('PERSONAL_LEAVE', 'SICK_LEAVE')) "
                        + "FROM attendance WHERE tenant_id = ? AND day BETWEEN ? AND ? AND status <> 'UNEXCUSED' "
                        + "GROUP BY student_id",
                rows -> found.put(rows.getLong(1), new LeaveMonth(rows.getInt(2), rows.getInt(3))),
                schoolId, from, to);
        return found;
    }

    @Override
    public Map<Long, StudentFacts> students(long schoolId, Collection<Long> ids) {
        Map<Long, StudentFacts> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        query("SELECT s.id, s.indigenous, s.class_id, c.homeroom_teacher_id, "
                        + "(SELECT min(m.mentor_user_id) FROM mentor_assignment m WHERE m.tenant_id = s.tenant_id "
                        + "AND m.student_id = s.id), s.enrolment_status = 'ENROLLED' FROM student s LEFT JOIN school_class c "
                        + "ON c.tenant_id = s.tenant_id AND c.id = s.class_id WHERE s.tenant_id = ? AND s.id = ANY (?)",
                rows -> found.put(rows.getLong(1), new StudentFacts(rows.getLong(1), rows.getBoolean(2),
                        Sql.longOrNull(rows, 3), Sql.longOrNull(rows, 4), Sql.longOrNull(rows, 5), rows.getBoolean(6))),
                schoolId, ids.toArray(Long[]::new));
        return found;
    }

    /** Enrolled students of the school (for registration tracking). */
    @Override
    public List<Long> enrolledStudents(long schoolId) {
        List<Long> found = new ArrayList<>();
        query("SELECT id FROM student WHERE tenant_id = ? AND enrolment_status = 'ENROLLED'",
                rows -> found.add(rows.getLong(1)), schoolId);
        return found;
    }

    @Override
    public List<EnrolmentEvent> enrolmentEvents(long schoolId, LocalDate since) {
        List<EnrolmentEvent> found = new ArrayList<>();
        // A transfer the receiving school confirmed (報到) or the registrar's phone check found
        // enrolled is an arrival (V38: the row is visible to the sending school).
        query("SELECT student_id, kind, occurred_on FROM (SELECT student_id, kind, occurred_on, id, 0 AS source "
                        + "FROM enrolment_event WHERE tenant_id = ? AND occurred_on >= ? UNION ALL SELECT from_student_id, "
                        + "'ARRIVED', arrived_on, id, 1 FROM student_transfer WHERE from_school_id = ? AND arrived_on >= ?) e "
                        + "ORDER BY occurred_on, source, id",
                rows -> found.add(new EnrolmentEvent(rows.getLong(1), rows.getString(2), Sql.date(rows, 3))),
                schoolId, since, schoolId, since);
        return found;
    }

    @Override
    public List<Episode> activeEpisodes(long schoolId) {
        List<Episode> found = new ArrayList<>();
        query("SELECT " + EPISODE + " FROM absence_episode WHERE tenant_id = ? AND NOT finished",
                rows -> found.add(episode(rows)), schoolId);
        return found;
    }

    /**
     * Stores a new episode; if the same one exists (an earlier run), returns it, extending its
     * last absent day only when the streak grew — a streak seen again costs a read, not a write.
     */
    @Override
    public Episode insertEpisode(long schoolId, Episode e) {
        Optional<Episode> written = Sql.one(c(), "INSERT INTO absence_episode (tenant_id, student_id, "
                + "category_id, policy_id, policy_version, started_on, last_absent_on, returned_on, ladder_day, finished, "
                + "case_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (tenant_id, student_id, category_id, "
                + "started_on) DO UPDATE SET last_absent_on = excluded.last_absent_on "
                + "WHERE absence_episode.last_absent_on < excluded.last_absent_on RETURNING " + EPISODE,
                JdbcEscalationStore::episode, schoolId, e.studentId(), e.categoryId(), e.policyId(), e.policyVersion(),
                e.startedOn(), e.lastAbsentOn(), e.returnedOn(), e.ladderDay(), e.finished(), e.caseId());
        if (written.isPresent()) {
            return written.get();
        }
        List<Episode> existing = new ArrayList<>();
        query("SELECT " + EPISODE + " FROM absence_episode WHERE tenant_id = ? AND student_id = ? "
                        + "AND category_id = ? AND started_on = ?",
                rows -> existing.add(episode(rows)), schoolId, e.studentId(), e.categoryId(), e.startedOn());
        return existing.get(0);
    }

    @Override
    public void updateEpisode(long schoolId, Episode e) {
        update("UPDATE absence_episode SET last_absent_on = ?, returned_on = ?, ladder_day = ?, finished = ?, case_id = ? "
                        + "WHERE tenant_id = ? AND id = ?",
                e.lastAbsentOn(), e.returnedOn(),
                e.ladderDay(), e.finished(), e.caseId(), schoolId, e.id());
    }

    @Override
    public List<OpenCase> openCases(long schoolId) {
        List<OpenCase> found = new ArrayList<>();
        query("SELECT id, student_id, category_id, policy_id, policy_version, opened_on, cause_known, emergency, returned_on "
                        + "FROM student_case WHERE tenant_id = ? AND status = 'OPEN'",
                rows -> found.add(openCase(rows)), schoolId);
        return found;
    }

    @Override
    public Optional<OpenCase> openCase(long schoolId, long caseId) {
        List<OpenCase> found = new ArrayList<>();
        query("SELECT id, student_id, category_id, policy_id, policy_version, opened_on, cause_known, emergency, returned_on "
                        + "FROM student_case WHERE tenant_id = ? AND id = ? AND status = 'OPEN'",
                rows -> found.add(openCase(rows)), schoolId, caseId);
        return found.stream().findFirst();
    }

    /** The latest day a case of each category was opened for each student ("studentId/categoryId"). */
    @Override
    public Map<String, LocalDate> latestOpenings(long schoolId) {
        Map<String, LocalDate> found = new HashMap<>();
        query("SELECT student_id, category_id, max(opened_on) FROM student_case WHERE tenant_id = ? "
                        + "GROUP BY student_id, category_id",
                rows -> found.put(rows.getLong(1) + "/" + rows.getString(2), Sql.date(rows, 3)), schoolId);
        return found;
    }

    /** Opens a case as the engine; if the student already has an open case of the category, returns it instead. */
    @Override
    public OpenCase openCase(long schoolId, long studentId, String categoryId, String policyId, String policyVersion,
                             LocalDate openedOn, Instant openedAt, String note) {
        update("INSERT INTO student_case (tenant_id, student_id, category_id, "
                + "policy_id, policy_version, status, opened_on, opened_at, opening_note, opened_by_engine) "
                + "VALUES (?, ?, ?, ?, ?, 'OPEN', ?, ?, ?, true) ON CONFLICT (tenant_id, student_id, category_id) "
                + "WHERE status = 'OPEN' DO NOTHING", schoolId, studentId, categoryId, policyId, policyVersion, openedOn,
                openedAt, note);
        List<OpenCase> found = new ArrayList<>();
        query("SELECT id, student_id, category_id, policy_id, policy_version, opened_on, cause_known, emergency, returned_on "
                        + "FROM student_case WHERE tenant_id = ? AND student_id = ? AND category_id = ? AND status = 'OPEN'",
                rows -> found.add(openCase(rows)), schoolId, studentId, categoryId);
        return found.get(0);
    }

    @Override
    public void setCaseReturned(long schoolId, long caseId, LocalDate day) {
        update("UPDATE student_case SET returned_on = ?, version = version + 1 WHERE tenant_id = ? AND id = ?",
                day, schoolId, caseId);
    }

    @Override
    public void recordCaseEvent(long schoolId, long caseId, String event, Instant at, Long by, String note) {
        update("INSERT INTO case_event (tenant_id, case_id, event, occurred_at, recorded_by, note) VALUES (?, ?, ?, ?, ?, ?)",
                schoolId, caseId, event, at, by, note);
    }

    /** The categories whose criteria open cases also met (besides their own), by case. */
    @Override
    public Map<Long, Set<String>> criteriaMet(long schoolId) {
        Map<Long, Set<String>> found = new HashMap<>();
        query("SELECT id, unnest(criteria_met) FROM student_case WHERE tenant_id = ? AND status = 'OPEN' "
                        + "AND cardinality(criteria_met) > 0",
                rows -> found.computeIfAbsent(rows.getLong(1), k -> new HashSet<>()).add(rows.getString(2)), schoolId);
        return found;
    }

    /** Records on a case that the student also met another category's criterion, on the day it was met. */
    @Override
    public void addCriterionMet(long schoolId, long caseId, String categoryId, Instant metAt, String note) {
        update("UPDATE student_case SET criteria_met = array_append(criteria_met, ?), version = version + 1 "
                + "WHERE tenant_id = ? AND id = ? AND NOT (? = ANY (criteria_met))", categoryId, schoolId, caseId, categoryId);
        recordCaseEvent(schoolId, caseId, CRITERION_MET, metAt, null, note);
    }

    /**
     * Tasks laid out for an episode before its case existed now belong to the case too, and the
     * form records those duties were done with (kept for the episode) become the case's records.
     */
    @Override
    public void linkEpisodeTasks(long schoolId, long episodeId, long caseId) {
        update("UPDATE case_task SET case_id = ? WHERE tenant_id = ? AND episode_id = ? AND case_id IS NULL",
                caseId, schoolId, episodeId);
        update("UPDATE form_record SET case_id = ?, episode_id = NULL WHERE tenant_id = ? AND episode_id = ?",
                caseId, schoolId, episodeId);
    }

    /** Stores the drafts not stored yet (a meeting's decisions, a screening's follow-ups); returns how many were new. */
    @Override
    public int insertTasks(long schoolId, List<TaskDraft> drafts) {
        return insertTasks(schoolId, drafts, false);
    }

    /**
     * Stores the drafts not stored yet; returns how many were new. With {@code onePerDuty}, a
     * one-off draft whose case already has the same duty (rule, duty, role, due) is not laid out
     * again: one duty per step, however many triggers lead to it.
     */
    @Override
    public int insertTasks(long schoolId, List<TaskDraft> drafts, boolean onePerDuty) {
        if (drafts.isEmpty()) {
            return 0;
        }
        List<Object[]> rows = drafts.stream().map(t -> new Object[] {schoolId, t.taskKey(), t.seriesKey(), t.recurring(),
                t.caseId(), t.episodeId(), t.studentId(), t.ruleId(), t.stepIndex(), t.occurrence(), t.triggerText(), t.why(),
                t.responsibleRole(), t.otherRoles(), t.assigneeId(), t.dutyZh(), t.dutyEn(), t.sourceText(), t.produces(),
                t.aroseAt(), t.dueKind(), t.earliestOn(), t.dueOn(), t.dueAt(),
                onePerDuty && !t.recurring() && t.caseId() != null, schoolId, t.caseId(), t.ruleId(), t.dutyZh(),
                t.responsibleRole(), t.dueKind(), t.dueOn(), t.dueAt()}).toList();
        return Sql.changed(Sql.batch(c(), "INSERT INTO case_task (tenant_id, task_key, series_key, "
                + "recurring, case_id, episode_id, student_id, rule_id, step_index, occurrence, trigger_text, why, "
                + "responsible_role, other_roles, assignee_id, duty_zh, duty_en, source_text, produces, arose_at, due_kind, "
                + "earliest_on, due_on, due_at) SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? "
                + "WHERE NOT (? AND EXISTS (SELECT 1 FROM case_task o WHERE o.tenant_id = ? AND o.case_id = ? "
                + "AND NOT o.recurring AND o.rule_id = ? AND o.duty_zh = ? AND o.responsible_role = ? AND o.due_kind = ? "
                + "AND o.due_on IS NOT DISTINCT FROM ? AND o.due_at IS NOT DISTINCT FROM ?)) "
                + "ON CONFLICT (tenant_id, task_key) DO NOTHING", rows));
    }

    /** Recurring series of open cases, by their first occurrence. */
    @Override
    public List<Series> recurringSeries(long schoolId) {
        List<Series> found = new ArrayList<>();
        query("SELECT t.series_key, t.case_id, t.episode_id, t.student_id, t.step_index, t.arose_at, t.trigger_text, t.why, "
                        + "k.policy_id, k.policy_version, k.category_id FROM case_task t JOIN student_case k "
                        + "ON k.tenant_id = t.tenant_id AND k.id = t.case_id WHERE t.tenant_id = ? AND t.recurring "
                        + "AND t.occurrence = 0 AND k.status = 'OPEN'",
                rows -> found.add(new Series(rows.getString(1), Sql.longOrNull(rows, 2), Sql.longOrNull(rows, 3),
                        rows.getLong(4), rows.getInt(5), Sql.instant(rows, 6), rows.getString(7),
                        rows.getString(8), rows.getString(9), rows.getString(10), rows.getString(11))),
                schoolId);
        return found;
    }

    /**
     * Lets more roles see tasks in their lists: every task whose key starts with {@code keyPrefix}
     * (a case event occurrence's tasks, {@code SchoolEscalation.eventKey + "/"}).
     */
    @Override
    public int addWatchers(long schoolId, String keyPrefix, Collection<String> roles) {
        return Sql.update(c(), "UPDATE case_task SET watcher_roles = ? WHERE tenant_id = ? AND left(task_key, ?) = ?",
                String.join(",", roles), schoolId, keyPrefix.length(), keyPrefix);
    }

    /**
     * Per student, the latest release from detention between two days that no further custody
     * followed (NT-DET-OUT): unexcused days up to it belong to the detention, not to a new streak.
     */
    @Override
    public Map<Long, LocalDate> releasesFromDetention(long schoolId, LocalDate from, LocalDate to) {
        Map<Long, LocalDate> found = new HashMap<>();
        query("SELECT student_id, max(released_on) FROM detention WHERE tenant_id = ? AND released_on BETWEEN ? AND ? "
                        + "AND NOT further_custody GROUP BY student_id",
                rows -> found.put(rows.getLong(1), Sql.date(rows, 2)), schoolId, from,
                to);
        return found;
    }

    private Connection c() {
        return jdbc.tenant();
    }

    private void query(String sql, Sql.Each handler, Object... parameters) {
        Sql.each(c(), sql, handler, parameters);
    }

    private void update(String sql, Object... parameters) {
        Sql.update(c(), sql, parameters);
    }

    private static Episode episode(ResultSet rows) throws SQLException {
        return new Episode(rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getString(4), rows.getString(5),
                Sql.date(rows, 6), Sql.date(rows, 7), Sql.date(rows, 8), rows.getInt(9), rows.getBoolean(10),
                Sql.longOrNull(rows, 11));
    }

    private static OpenCase openCase(ResultSet rows) throws SQLException {
        return new OpenCase(rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getString(4), rows.getString(5),
                Sql.date(rows, 6), (Boolean) rows.getObject(7), rows.getBoolean(8), Sql.date(rows, 9));
    }
}
