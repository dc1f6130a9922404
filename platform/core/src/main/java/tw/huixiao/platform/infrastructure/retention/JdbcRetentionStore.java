package tw.huixiao.platform.infrastructure.retention;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import tw.huixiao.platform.application.retention.RecordKind;
import tw.huixiao.platform.application.retention.RetentionRules.Cutoffs;
import tw.huixiao.platform.application.retention.RetentionRun;
import tw.huixiao.platform.application.retention.RetentionStore;
import tw.huixiao.platform.infrastructure.persistence.Jdbc;
import tw.huixiao.platform.infrastructure.persistence.SchemaMigrator;
import tw.huixiao.platform.infrastructure.persistence.Sql;

/**
 * {@link RetentionStore} on the schema owner's data source (transactional="false": this class
 * commits). A run holds a session advisory lock on its one connection, so one server runs at a
 * time; each school is one transaction bound to it with {@code app.tenant_id} — the tables FORCE
 * row-level security, so the owner sees and deletes only that school's rows — holding the school's
 * deletions and its audit counts together: a failure rolls the school back whole and is recorded
 * (SQLSTATE only, never a value).
 */
@ApplicationScoped
public class JdbcRetentionStore implements RetentionStore {

    private static final int LOCK = 0x4852;

    /** The leaving statuses and the date each left on: the last transfer out, the graduation, else the last change of the entry. */
    static final String LEAVERS = """
            INSERT INTO pg_temp.r_student (id, left_on)
            SELECT s.id, coalesce(CASE s.enrolment_status
                       WHEN 'TRANSFERRED_OUT' THEN (SELECT max(t.transferred_on) FROM student_transfer t
                                                     WHERE t.from_school_id = s.tenant_id AND t.from_student_id = s.id)
                       WHEN 'GRADUATED' THEN (SELECT (max(c.recorded_at) AT TIME ZONE 'Asia/Taipei')::date
                                                FROM student_change c WHERE c.tenant_id = s.tenant_id
                                                 AND c.student_id = s.id AND c.kind = 'GRADUATED') END,
                       (s.updated_at AT TIME ZONE 'Asia/Taipei')::date)
              FROM student s
             WHERE s.tenant_id = ? AND s.enrolment_status IN ('GRADUATED', 'TRANSFERRED_OUT', 'WITHDRAWN')
               AND s.anonymised_at IS NULL
            """;

    /** The years a student's file is kept: the host's, or longer where a form of the county module in the file says so. */
    static final String YEARS = """
            UPDATE pg_temp.r_student r SET years = greatest(?::int, coalesce((
                SELECT max(x.years) FROM form_record f
                  JOIN unnest(?::text[], ?::bigint[]) AS x (form_id, years) ON x.form_id = f.form_id
                 WHERE f.tenant_id = ? AND (f.case_id IN (SELECT id FROM student_case WHERE tenant_id = ? AND student_id = r.id)
                    OR f.screening_assessment_id IN (SELECT id FROM screening_assessment
                                                      WHERE tenant_id = ? AND student_id = r.id))), 0)::int)
            """;

    /** Deleted in this order (children before parents), each limited to the school's past-time files. */
    static final List<String> FILE_DELETES = List.of(
            "DELETE FROM form_signature WHERE tenant_id = ? AND record_id IN (SELECT id FROM pg_temp.r_form)",
            "DELETE FROM diversion_proposal WHERE tenant_id = ? AND case_id IN (SELECT id FROM pg_temp.r_case)",
            "DELETE FROM referral_transition WHERE tenant_id = ? AND referral_id IN (SELECT id FROM referral WHERE "
                    + "case_id IN (SELECT id FROM pg_temp.r_case))",
            "DELETE FROM bureau_filing WHERE tenant_id = ? AND (case_id IN (SELECT id FROM pg_temp.r_case) "
                    + "OR task_id IN (SELECT id FROM pg_temp.r_task))",
            "DELETE FROM meeting_decision WHERE tenant_id = ? AND meeting_id IN (SELECT id FROM pg_temp.r_meeting)",
            "DELETE FROM meeting_attendee WHERE tenant_id = ? AND meeting_id IN (SELECT id FROM pg_temp.r_meeting)",
            "DELETE FROM meeting_participant WHERE tenant_id = ? AND meeting_id IN (SELECT id FROM pg_temp.r_meeting)",
            "DELETE FROM re_enrolment WHERE tenant_id = ? AND case_id IN (SELECT id FROM pg_temp.r_case)",
            "DELETE FROM case_meeting WHERE tenant_id = ? AND id IN (SELECT id FROM pg_temp.r_meeting)",
            "DELETE FROM referral WHERE tenant_id = ? AND case_id IN (SELECT id FROM pg_temp.r_case)",
            "DELETE FROM screening_follow_up WHERE tenant_id = ? AND (case_id IN (SELECT id FROM pg_temp.r_case) "
                    + "OR assessment_id IN (SELECT id FROM pg_temp.r_assessment))",
            "DELETE FROM form_record WHERE tenant_id = ? AND id IN (SELECT id FROM pg_temp.r_form)",
            "DELETE FROM screening_assessment WHERE tenant_id = ? AND id IN (SELECT id FROM pg_temp.r_assessment)",
            "DELETE FROM isp_cell_student WHERE tenant_id = ? AND (student_id IN (SELECT id FROM pg_temp.r_student) "
                    + "OR cell_id IN (SELECT id FROM isp_cell WHERE plan_id IN (SELECT id FROM pg_temp.r_plan)))",
            "DELETE FROM isp_cell WHERE tenant_id = ? AND plan_id IN (SELECT id FROM pg_temp.r_plan)",
            "DELETE FROM isp_transition WHERE tenant_id = ? AND plan_id IN (SELECT id FROM pg_temp.r_plan)",
            "DELETE FROM isp_plan WHERE tenant_id = ? AND id IN (SELECT id FROM pg_temp.r_plan)",
            "DELETE FROM counselling_note WHERE tenant_id = ? AND case_id IN (SELECT id FROM pg_temp.r_case)",
            "DELETE FROM counselling_period WHERE tenant_id = ? AND case_id IN (SELECT id FROM pg_temp.r_case)",
            "DELETE FROM protective_concern WHERE tenant_id = ? AND case_id IN (SELECT id FROM pg_temp.r_case)",
            "DELETE FROM detention WHERE tenant_id = ? AND (case_id IN (SELECT id FROM pg_temp.r_case) "
                    + "OR student_id IN (SELECT id FROM pg_temp.r_student))",
            "DELETE FROM document_dispatch WHERE tenant_id = ? AND case_id IN (SELECT id FROM pg_temp.r_case)",
            "DELETE FROM document_issue WHERE tenant_id = ? AND case_id IN (SELECT id FROM pg_temp.r_case)",
            "DELETE FROM case_event WHERE tenant_id = ? AND case_id IN (SELECT id FROM pg_temp.r_case)",
            "DELETE FROM case_change WHERE tenant_id = ? AND case_id IN (SELECT id FROM pg_temp.r_case)",
            "DELETE FROM case_task WHERE tenant_id = ? AND id IN (SELECT id FROM pg_temp.r_task)",
            "DELETE FROM absence_episode WHERE tenant_id = ? AND student_id IN (SELECT id FROM pg_temp.r_student)",
            "DELETE FROM student_case WHERE tenant_id = ? AND id IN (SELECT id FROM pg_temp.r_case)",
            "DELETE FROM attendance WHERE tenant_id = ? AND student_id IN (SELECT id FROM pg_temp.r_student)",
            "DELETE FROM attendance_change WHERE tenant_id = ? AND student_id IN (SELECT id FROM pg_temp.r_student)",
            "DELETE FROM enrolment_event WHERE tenant_id = ? AND student_id IN (SELECT id FROM pg_temp.r_student)",
            "DELETE FROM student_change WHERE tenant_id = ? AND student_id IN (SELECT id FROM pg_temp.r_student)",
            "DELETE FROM guardian WHERE tenant_id = ? AND student_id IN (SELECT id FROM pg_temp.r_student)",
            "DELETE FROM mentor_assignment WHERE tenant_id = ? AND student_id IN (SELECT id FROM pg_temp.r_student)");

    /** What is left of the register entry: the grade, class, status, year of birth and sex — no one can be named. */
    static final String ANONYMISE = """
            UPDATE student SET name = '（已匿名）', national_id_cipher = '\\x'::bytea,
                   national_id_index = sha256(convert_to('retention:' || id, 'UTF8')), student_number = NULL,
                   birth_date = make_date(extract(year FROM birth_date)::int, 1, 1), seat_number = NULL,
                   indigenous = false, tribe = NULL, single_parent = false, grandparent_care = false,
                   new_immigrant = false, household_income = 'NONE', anonymised_at = ?, updated_at = ?,
                   version = version + 1
             WHERE tenant_id = ? AND id IN (SELECT id FROM pg_temp.r_student)
            """;

    /** The sending school's copy of a transfer keeps dates and status, not the child. */
    static final String ANONYMISE_TRANSFERS = """
            UPDATE student_transfer SET student_name = '（已匿名）', national_id_cipher = '\\x'::bytea,
                   national_id_index = '\\x'::bytea, birth_date = make_date(extract(year FROM birth_date)::int, 1, 1),
                   reason = '（已匿名）', phone_note = NULL
             WHERE from_school_id = ? AND from_student_id IN (SELECT id FROM pg_temp.r_student)
            """;

    @Resource(lookup = "jdbc/huixiaoOwner")
    DataSource owner;

    @Override
    public Optional<Session> open() {
        Connection c = null;
        try {
            c = owner.getConnection();
            c.setSchema(SchemaMigrator.SCHEMA);
            if (!Sql.one(c, "SELECT pg_try_advisory_lock(?, 0)", r -> r.getBoolean(1), LOCK).orElse(false)) {
                c.close();
                return Optional.empty();
            }
            c.setAutoCommit(false);
            return Optional.of(new OwnerSession(c));
        } catch (SQLException | RuntimeException e) {
            if (c != null) {
                try {
                    c.close();
                } catch (SQLException ignored) {
                    // the lock ends with the session
                }
            }
            throw e instanceof SQLException s ? Jdbc.failure(s) : (RuntimeException) e;
        }
    }

    @Override
    public List<RetentionRun> recent(int limit) {
        return read(c -> Sql.list(c, RUN_COLUMNS + " ORDER BY id DESC LIMIT ?", r -> run(r, List.of()), limit));
    }

    @Override
    public Optional<RetentionRun> run(long id) {
        return read(c -> Sql.one(c, RUN_COLUMNS + " WHERE id = ?", r -> run(r, counts(c, id)), id));
    }

    private static final String RUN_COLUMNS = "SELECT id, mode, channel, as_of, dry_run_id, username, reason, state, "
            + "started_at, finished_at, schools, failures FROM retention_run";

    private static RetentionRun run(java.sql.ResultSet r, List<RetentionRun.Count> counts) throws SQLException {
        return new RetentionRun(r.getLong(1), r.getString(2), r.getString(3), Sql.date(r, 4), Sql.longOrNull(r, 5),
                r.getString(6), r.getString(7), r.getString(8), Sql.instant(r, 9), Sql.instant(r, 10), r.getInt(11),
                r.getInt(12), counts);
    }

    private static List<RetentionRun.Count> counts(Connection c, long runId) {
        return Sql.list(c, "SELECT k.school_id, s.name, k.kind, k.cutoff, k.records, k.failure FROM retention_count k "
                + "LEFT JOIN school s ON s.id = k.school_id WHERE k.run_id = ? "
                + "ORDER BY k.school_id NULLS LAST, k.kind", r -> new RetentionRun.Count(Sql.longOrNull(r, 1), r.getString(2),
                        r.getString(3), Sql.date(r, 4), r.getInt(5), r.getString(6)), runId);
    }

    private interface Reading<T> {
        T read(Connection c);
    }

    private <T> T read(Reading<T> reading) {
        try (Connection c = owner.getConnection()) {
            c.setSchema(SchemaMigrator.SCHEMA);
            return reading.read(c);
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    /** One run's connection: the lock, and every school's transaction in turn. */
    static final class OwnerSession implements Session {

        private final Connection c;

        OwnerSession(Connection c) {
            this.c = c;
        }

        @Override
        public List<SchoolRef> schools() {
            List<SchoolRef> schools = Sql.list(c, "SELECT id, name, county FROM school ORDER BY id",
                    r -> new SchoolRef(r.getLong(1), r.getString(2), r.getString(3)));
            commit();
            return schools;
        }

        @Override
        public long start(String mode, String channel, LocalDate asOf, Long dryRunId, Long userId, String username,
                          String reason, Instant at) {
            long id = Sql.insert(c, "INSERT INTO retention_run (mode, channel, as_of, dry_run_id, user_id, username, "
                    + "reason, started_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", mode, channel, asOf, dryRunId,
                    userId, username, reason, at);
            commit();
            return id;
        }

        @Override
        public Counted school(long runId, SchoolRef school, Cutoffs cutoffs, boolean purge, Instant at) {
            Map<RecordKind, Integer> counts = new EnumMap<>(RecordKind.class);
            Map<RecordKind, LocalDate> cuts = new LinkedHashMap<>();
            String failure = null;
            try {
                Sql.run(c, "SELECT set_config('app.tenant_id', ?, true)", String.valueOf(school.id()));
                long id = school.id();
                if (cutoffs.formYears() != null) {
                    files(id, cutoffs, purge, at, counts);
                    cuts.put(RecordKind.COUNSELLING_FILE, cutoffs.leftBefore(cutoffs.counsellingYears()));
                    cuts.put(RecordKind.STUDENT_REGISTER, cutoffs.leftBefore(cutoffs.counsellingYears()));
                } else {
                    failure = "縣市模組無法回覆保存期限，輔導資料未清除 (the county module could not say its retention; "
                            + "counselling files left alone)";
                }
                counts.put(RecordKind.ACCESS_LOG, purge
                        ? Sql.update(c, "DELETE FROM access_log WHERE tenant_id = ? AND occurred_at < ?", id, cutoffs.accessLog())
                        : count("SELECT count(*) FROM access_log WHERE tenant_id = ? AND occurred_at < ?", id, cutoffs.accessLog()));
                cuts.put(RecordKind.ACCESS_LOG, day(cutoffs.accessLog()));
                counts.put(RecordKind.MAIL_DIGEST, purge
                        ? Sql.update(c, "DELETE FROM mail_digest WHERE tenant_id = ? AND digest_date < ?", id, cutoffs.mailDigest())
                        : count("SELECT count(*) FROM mail_digest WHERE tenant_id = ? AND digest_date < ?", id, cutoffs.mailDigest()));
                cuts.put(RecordKind.MAIL_DIGEST, cutoffs.mailDigest());
                String tokens = "FROM api_token WHERE tenant_id = ? AND (expires_at < ? OR revoked_at < ?)";
                counts.put(RecordKind.API_TOKEN, purge
                        ? Sql.update(c, "DELETE " + tokens, id, cutoffs.apiToken(), cutoffs.apiToken())
                        : count("SELECT count(*) " + tokens, id, cutoffs.apiToken(), cutoffs.apiToken()));
                cuts.put(RecordKind.API_TOKEN, day(cutoffs.apiToken()));
                if (!purge) {
                    rollback();
                }
                record(runId, school.id(), counts, cuts, failure);
                commit();
                return new Counted(counts, failure);
            } catch (RuntimeException e) {
                rollback();
                String why = "清除失敗，本校未作任何變更（資料庫代碼 " + sqlState(e) + "） (failed, nothing of the school "
                        + "changed: SQLSTATE " + sqlState(e) + ")";
                record(runId, school.id(), Map.of(), Map.of(), why);
                commit();
                return new Counted(Map.of(), why);
            }
        }

        private void files(long id, Cutoffs cutoffs, boolean purge, Instant at, Map<RecordKind, Integer> counts) {
            Sql.run(c, "CREATE TEMP TABLE r_student (id bigint PRIMARY KEY, left_on date NOT NULL, years integer) ON COMMIT DROP");
            for (String t : List.of("r_case", "r_form", "r_assessment", "r_task", "r_meeting", "r_plan")) {
                Sql.run(c, "CREATE TEMP TABLE " + t + " (id bigint PRIMARY KEY) ON COMMIT DROP");
            }
            Sql.update(c, LEAVERS, id);
            String[] forms = cutoffs.formYears().keySet().toArray(String[]::new);
            Long[] years = cutoffs.formYears().keySet().stream().map(f -> (long) cutoffs.formYears().get(f)).toArray(Long[]::new);
            Sql.update(c, YEARS, cutoffs.counsellingYears(), forms, years, id, id, id);
            // Kept while the day it is past its time (left on + years) has not come.
            Sql.update(c, "DELETE FROM pg_temp.r_student WHERE left_on + make_interval(years => years) >= ?", cutoffs.asOf());
            Sql.update(c, "INSERT INTO pg_temp.r_case SELECT id FROM student_case WHERE tenant_id = ? "
                    + "AND student_id IN (SELECT id FROM pg_temp.r_student)", id);
            Sql.update(c, "INSERT INTO pg_temp.r_assessment SELECT id FROM screening_assessment WHERE tenant_id = ? "
                    + "AND (student_id IN (SELECT id FROM pg_temp.r_student) OR case_id IN (SELECT id FROM pg_temp.r_case))", id);
            Sql.update(c, "INSERT INTO pg_temp.r_form SELECT id FROM form_record WHERE tenant_id = ? "
                    + "AND (case_id IN (SELECT id FROM pg_temp.r_case) "
                    + "OR screening_assessment_id IN (SELECT id FROM pg_temp.r_assessment))", id);
            Sql.update(c, "INSERT INTO pg_temp.r_task SELECT id FROM case_task WHERE tenant_id = ? "
                    + "AND (case_id IN (SELECT id FROM pg_temp.r_case) OR student_id IN (SELECT id FROM pg_temp.r_student))", id);
            Sql.update(c, "INSERT INTO pg_temp.r_meeting SELECT id FROM case_meeting WHERE tenant_id = ? "
                    + "AND case_id IN (SELECT id FROM pg_temp.r_case)", id);
            Sql.update(c, "INSERT INTO pg_temp.r_plan SELECT id FROM isp_plan WHERE tenant_id = ? "
                    + "AND case_id IN (SELECT id FROM pg_temp.r_case)", id);
            counts.put(RecordKind.COUNSELLING_FILE, count("SELECT count(*) FROM pg_temp.r_case"));
            counts.put(RecordKind.STUDENT_REGISTER, count("SELECT count(*) FROM pg_temp.r_student"));
            if (purge) {
                for (String delete : FILE_DELETES) {
                    Sql.update(c, delete, id);
                }
                Sql.update(c, ANONYMISE_TRANSFERS, id);
                Sql.update(c, ANONYMISE, at, at, id);
            }
        }

        @Override
        public Counted platform(long runId, Cutoffs cutoffs, boolean purge) {
            Map<RecordKind, Integer> counts = new EnumMap<>(RecordKind.class);
            Map<RecordKind, LocalDate> cuts = new LinkedHashMap<>();
            try {
                Sql.run(c, "SELECT set_config('app.tenant_id', '', true)");
                counts.put(RecordKind.SECURITY_EVENT, purge
                        ? Sql.update(c, "DELETE FROM security_event WHERE occurred_at < ?", cutoffs.securityEvent())
                        : count("SELECT count(*) FROM security_event WHERE occurred_at < ?", cutoffs.securityEvent()));
                cuts.put(RecordKind.SECURITY_EVENT, day(cutoffs.securityEvent()));
                counts.put(RecordKind.PASSWORD_LINK, purge
                        ? Sql.update(c, "DELETE FROM password_link WHERE expires_at < ?", cutoffs.passwordLink())
                        : count("SELECT count(*) FROM password_link WHERE expires_at < ?", cutoffs.passwordLink()));
                cuts.put(RecordKind.PASSWORD_LINK, day(cutoffs.passwordLink()));
                String dryRuns = "FROM module_dry_run WHERE state <> 'RUNNING' AND coalesce(finished_at, started_at) < ?";
                counts.put(RecordKind.MODULE_DRY_RUN, purge ? Sql.update(c, "DELETE " + dryRuns, cutoffs.moduleDryRun())
                        : count("SELECT count(*) " + dryRuns, cutoffs.moduleDryRun()));
                cuts.put(RecordKind.MODULE_DRY_RUN, day(cutoffs.moduleDryRun()));
                if (!purge) {
                    rollback();
                }
                record(runId, null, counts, cuts, null);
                commit();
                return new Counted(counts, null);
            } catch (RuntimeException e) {
                rollback();
                String why = "清除失敗，平台紀錄未作任何變更（資料庫代碼 " + sqlState(e) + "） (failed, nothing changed: "
                        + "SQLSTATE " + sqlState(e) + ")";
                record(runId, null, Map.of(), Map.of(), why);
                commit();
                return new Counted(Map.of(), why);
            }
        }

        @Override
        public void finish(long runId, String state, int schools, int failures, Instant at) {
            Sql.update(c, "UPDATE retention_run SET state = ?, schools = ?, failures = ?, finished_at = ? WHERE id = ?",
                    state, schools, failures, at, runId);
            commit();
        }

        private void record(long runId, Long schoolId, Map<RecordKind, Integer> counts, Map<RecordKind, LocalDate> cuts,
                            String failure) {
            List<Object[]> rows = new ArrayList<>();
            counts.forEach((kind, n) -> rows.add(new Object[] {runId, schoolId, kind.name(), cuts.get(kind), n, null}));
            if (failure != null) {
                rows.add(new Object[] {runId, schoolId, "FAILURE", null, 0, failure});
            }
            Sql.batch(c, "INSERT INTO retention_count (run_id, school_id, kind, cutoff, records, failure) "
                    + "VALUES (?, ?::bigint, ?, ?, ?, ?)", rows);
        }

        private int count(String sql, Object... parameters) {
            return Sql.one(c, sql, r -> r.getInt(1), parameters).orElse(0);
        }

        private void commit() {
            try {
                c.commit();
            } catch (SQLException e) {
                throw Jdbc.failure(e);
            }
        }

        private void rollback() {
            try {
                c.rollback();
            } catch (SQLException e) {
                throw Jdbc.failure(e);
            }
        }

        @Override
        public void close() {
            try {
                c.rollback();
                c.setAutoCommit(true);
                Sql.run(c, "SELECT pg_advisory_unlock(?, 0)", LOCK);
            } catch (SQLException | RuntimeException ignored) {
                // closing ends the session and its lock anyway
            } finally {
                try {
                    c.close();
                } catch (SQLException ignored) {
                    // nothing more to release
                }
            }
        }
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, tw.huixiao.platform.domain.calendar.TaiwanTime.TAIPEI);
    }

    private static String sqlState(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                return s.getSQLState();
            }
        }
        return "—"; // not a database failure: the server log has it
    }
}
