package tw.huixiao.platform.infrastructure.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import tw.huixiao.platform.application.retention.RecordKind;
import tw.huixiao.platform.application.retention.RetentionRules.Cutoffs;
import tw.huixiao.platform.application.retention.RetentionRun;
import tw.huixiao.platform.application.retention.RetentionStore;
import tw.huixiao.platform.infrastructure.persistence.SchemaMigrator;

/**
 * The purge on the real PostgreSQL (issue 22 §7): counselling files 10 years after the student
 * leaves (學生輔導法施行細則 輔導資料), longer where a county form says so (SPI 1.8), the access log
 * after 5 years (PDPA art. 30); a dry-run changes nothing; the purge removes exactly what is past
 * its time, in a transaction bound to the school (another school's rows stay), and a failure
 * leaves the school whole. The date is moved by the cutoffs' as-of date, as the injected clock does.
 */
class RetentionPurgeTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 7);
    private static final Instant NOW = Instant.parse("2026-12-07T01:00:00Z");

    private static JdbcRetentionStore store;
    private static PGSimpleDataSource ownerSource;

    @BeforeAll
    static void migrate() {
        ownerSource = source("HUIXIAO_DB_OWNER_USER", "HUIXIAO_DB_OWNER_PASSWORD");
        SchemaMigrator.migrate(ownerSource, env("HUIXIAO_DB_APP_USER"));
        store = new JdbcRetentionStore();
        store.owner = ownerSource;
    }

    /** As of 2026-12-07 with the defaults: 10 years for files, 5 for the access log; LONG-FORM kept 15. */
    private static Cutoffs cutoffs(Map<String, Integer> formYears) {
        Instant fiveYears = LocalDate.of(2021, 12, 7).atStartOfDay(java.time.ZoneId.of("Asia/Taipei")).toInstant();
        return new Cutoffs(AS_OF, 10, formYears, fiveYears, AS_OF.minusMonths(12), fiveYears, fiveYears,
                AS_OF.minusDays(30).atStartOfDay(java.time.ZoneId.of("Asia/Taipei")).toInstant(), fiveYears);
    }

    @Test
    void dryRunCountsAndChangesNothing_purgeRemovesExactlyWhatIsPastItsTime_inItsSchoolOnly() throws Exception {
        Fixture a = Fixture.create();
        Fixture b = Fixture.create();
        try (RetentionStore.Session s = store.open().orElseThrow()) {
            long run = s.start("DRY_RUN", "API", AS_OF, null, null, "retention-test", null, NOW);
            RetentionStore.Counted counted = s.school(run, a.ref(), cutoffs(Map.of("LONG-FORM", 15)), false, NOW);
            // Graduated 2014 and transferred out 2015 are past 10 years; graduated 2020, enrolled and the
            // 2014 graduate whose file holds a LONG-FORM record (15 years) are not.
            assertEquals(2, counted.records().get(RecordKind.COUNSELLING_FILE));
            assertEquals(2, counted.records().get(RecordKind.STUDENT_REGISTER));
            assertEquals(1, counted.records().get(RecordKind.ACCESS_LOG));
            s.finish(run, "DONE", 1, 0, NOW);
        }
        assertEquals(5, a.count("SELECT count(*) FROM student_case"), "the dry-run deleted nothing");
        assertEquals(2, a.count("SELECT count(*) FROM access_log"));

        long purgeRun;
        try (RetentionStore.Session s = store.open().orElseThrow()) {
            purgeRun = s.start("PURGE", "API", AS_OF, null, null, "retention-test", "年度清除（測試）", NOW);
            RetentionStore.Counted counted = s.school(purgeRun, a.ref(), cutoffs(Map.of("LONG-FORM", 15)), true, NOW);
            assertEquals(null, counted.failure());
            assertEquals(2, counted.records().get(RecordKind.COUNSELLING_FILE));
            s.finish(purgeRun, "DONE", 1, 0, NOW);
        }
        assertEquals(List.of(a.graduated2020Case, a.enrolledCase, a.longFormCase),
                a.ids("SELECT id FROM student_case ORDER BY id"), "exactly the files past their time are gone");
        assertEquals(0, a.count("SELECT count(*) FROM case_event WHERE case_id = " + a.graduated2014Case));
        assertEquals(0, a.count("SELECT count(*) FROM form_record WHERE case_id = " + a.graduated2014Case));
        assertEquals(1, a.count("SELECT count(*) FROM form_record WHERE case_id = " + a.longFormCase));
        assertEquals(1, a.count("SELECT count(*) FROM access_log"), "the 2020 access is past 5 years, the 2024 one kept");
        assertEquals(List.of("（已匿名）", "（已匿名）"), a.strings("SELECT name FROM student WHERE anonymised_at IS NOT NULL ORDER BY id"));
        assertEquals(0, a.count("SELECT count(*) FROM guardian WHERE student_id = " + a.graduated2014));
        assertEquals(0, a.count("SELECT count(*) FROM student_transfer WHERE student_name <> '（已匿名）'"));
        assertEquals(3, a.count("SELECT count(*) FROM student WHERE anonymised_at IS NULL"));
        // Another school's identical records are untouched: the transaction was bound to school A.
        assertEquals(5, b.count("SELECT count(*) FROM student_case"));
        assertEquals(2, b.count("SELECT count(*) FROM access_log"));
        // Audited: counts per kind, no content.
        RetentionRun audit = store.run(purgeRun).orElseThrow();
        assertEquals("年度清除（測試）", audit.reason());
        assertTrue(audit.counts().stream().anyMatch(c -> c.schoolId() == a.school && c.kind().equals("COUNSELLING_FILE")
                && c.records() == 2 && c.cutoff().equals(LocalDate.of(2016, 12, 7))), audit.counts().toString());

        // A second purge finds nothing more.
        try (RetentionStore.Session s = store.open().orElseThrow()) {
            long again = s.start("PURGE", "API", AS_OF, null, null, "retention-test", "再次清除（測試）", NOW);
            RetentionStore.Counted counted = s.school(again, a.ref(), cutoffs(Map.of("LONG-FORM", 15)), true, NOW);
            assertEquals(0, counted.records().get(RecordKind.COUNSELLING_FILE));
            assertEquals(0, counted.records().get(RecordKind.ACCESS_LOG));
        }
        // Five more years: the LONG-FORM file (15 years after 2014) is past its time too.
        try (RetentionStore.Session s = store.open().orElseThrow()) {
            long later = s.start("DRY_RUN", "API", AS_OF.plusYears(5), null, null, "retention-test", null, NOW);
            Cutoffs c = cutoffs(Map.of("LONG-FORM", 15));
            Cutoffs moved = new Cutoffs(AS_OF.plusYears(5), 10, c.formYears(), c.accessLog(), c.mailDigest(),
                    c.apiToken(), c.securityEvent(), c.passwordLink(), c.moduleDryRun());
            assertEquals(2, s.school(later, a.ref(), moved, false, NOW).records().get(RecordKind.COUNSELLING_FILE),
                    "2029-graduated? no: the 2014 LONG-FORM file and the 2020 graduate's file are past time in 2031");
        }
    }

    @Test
    void aFailingSchoolIsLeftWhole_andTheFailureRecorded() throws Exception {
        Fixture a = Fixture.create();
        // A kept file's correction points at a record of a file past its time: the delete cannot
        // complete, so nothing of the school may change.
        a.exec("UPDATE form_record SET status = 'SUPERSEDED', superseded_by = (SELECT id FROM form_record WHERE case_id = "
                + a.graduated2014Case
                + ") WHERE case_id = " + a.longFormCase);
        long run;
        try (RetentionStore.Session s = store.open().orElseThrow()) {
            run = s.start("PURGE", "API", AS_OF, null, null, "retention-test", "失敗的清除（測試）", NOW);
            RetentionStore.Counted counted = s.school(run, a.ref(), cutoffs(Map.of("LONG-FORM", 15)), true, NOW);
            assertNotNull(counted.failure());
            assertTrue(counted.failure().contains("SQLSTATE 23503"), counted.failure());
        }
        assertEquals(5, a.count("SELECT count(*) FROM student_case"));
        assertEquals(2, a.count("SELECT count(*) FROM access_log"), "the access-log part was rolled back with the rest");
        assertEquals(0, a.count("SELECT count(*) FROM student WHERE anonymised_at IS NOT NULL"));
        assertTrue(store.run(run).orElseThrow().counts().stream().anyMatch(c -> "FAILURE".equals(c.kind())));
    }

    @Test
    void theApplicationRoleStillCannotDeleteTheAccessLogOrTheAudit() throws Exception {
        Fixture a = Fixture.create();
        try (Connection app = source("HUIXIAO_DB_APP_USER", "HUIXIAO_DB_APP_PASSWORD").getConnection()) {
            app.createStatement().execute("SET search_path = " + SchemaMigrator.SCHEMA);
            app.createStatement().execute("SELECT set_config('app.tenant_id', '" + a.school + "', false)");
            SQLException e = assertThrows(SQLException.class, () -> app.createStatement().execute("DELETE FROM access_log"));
            assertEquals("42501", e.getSQLState());
            e = assertThrows(SQLException.class, () -> app.createStatement().execute("DELETE FROM retention_count"));
            assertEquals("42501", e.getSQLState());
        }
    }

    /** One school with five students and what they left behind, written as the owner bound to the school. */
    static final class Fixture {
        long school;
        long user;
        long graduated2014;
        long graduated2014Case;
        long transferredCase;
        long graduated2020Case;
        long enrolledCase;
        long longFormCase;

        RetentionStore.SchoolRef ref() {
            return new RetentionStore.SchoolRef(school, "保存期限測試國民中學", "TAITUNG");
        }

        static Fixture create() throws SQLException {
            Fixture f = new Fixture();
            try (Connection c = ownerSource.getConnection()) {
                c.createStatement().execute("SET search_path = " + SchemaMigrator.SCHEMA);
                String code = String.format("95%04d", ThreadLocalRandom.current().nextInt(10_000));
                f.school = id(c, "INSERT INTO school (moe_code, name, county, level, district, address) VALUES ('" + code
                        + "', '保存期限測試國民中學', 'TAITUNG', 'JUNIOR_HIGH', '測試區', '測試路 1 號') ON CONFLICT (moe_code) DO UPDATE "
                        + "SET name = excluded.name RETURNING id");
                f.user = id(c, "INSERT INTO app_user (username, display_name, school_id) VALUES ('ret-" + code + "-"
                        + System.nanoTime() + "', 'u', " + f.school + ") RETURNING id");
                c.createStatement().execute("SELECT set_config('app.tenant_id', '" + f.school + "', false)");
                f.graduated2014 = student(c, f, "GRADUATED");
                exec(c, "INSERT INTO student_change (tenant_id, student_id, source, kind, changes, recorded_by, recorded_at) "
                        + "VALUES (" + f.school + ", " + f.graduated2014 + ", 'ROLLOVER', 'GRADUATED', '{}', " + f.user
                        + ", '2014-07-20T02:00:00Z')");
                exec(c, "INSERT INTO guardian (tenant_id, student_id, name, relation) VALUES (" + f.school + ", "
                        + f.graduated2014 + ", '王大明', '父')");
                f.graduated2014Case = kase(c, f, f.graduated2014, "X-FORM");
                long transferred = student(c, f, "TRANSFERRED_OUT");
                exec(c, "INSERT INTO student_transfer (from_school_id, from_student_id, to_moe_code, transferred_on, reason, "
                        + "student_name, birth_date, gender, grade, national_id_cipher, national_id_index, recorded_by, "
                        + "recorded_by_name, recorded_at) VALUES (" + f.school + ", " + transferred + ", '999999', "
                        + "'2015-01-10', '搬家', '李小華', '2002-03-04', 'F', 7, '\\x01', '\\x02', " + f.user
                        + ", 'u', '2015-01-10T02:00:00Z')");
                f.transferredCase = kase(c, f, transferred, "X-FORM");
                long graduated2020 = student(c, f, "GRADUATED");
                exec(c, "INSERT INTO student_change (tenant_id, student_id, source, kind, changes, recorded_by, recorded_at) "
                        + "VALUES (" + f.school + ", " + graduated2020 + ", 'ROLLOVER', 'GRADUATED', '{}', " + f.user
                        + ", '2020-07-20T02:00:00Z')");
                f.graduated2020Case = kase(c, f, graduated2020, "X-FORM");
                long enrolled = student(c, f, "ENROLLED");
                f.enrolledCase = kase(c, f, enrolled, "X-FORM");
                long longForm = student(c, f, "GRADUATED");
                exec(c, "INSERT INTO student_change (tenant_id, student_id, source, kind, changes, recorded_by, recorded_at) "
                        + "VALUES (" + f.school + ", " + longForm + ", 'ROLLOVER', 'GRADUATED', '{}', " + f.user
                        + ", '2014-07-20T02:00:00Z')");
                f.longFormCase = kase(c, f, longForm, "LONG-FORM");
                // updated_at far in the past except where a dated event says when the student left.
                exec(c, "UPDATE student SET updated_at = '2026-01-01T00:00:00Z' WHERE tenant_id = " + f.school);
                for (String at : List.of("2020-05-05T00:00:00Z", "2024-05-05T00:00:00Z")) {
                    exec(c, "INSERT INTO access_log (tenant_id, occurred_at, username, roles, action, outcome, record_type, "
                            + "channel) VALUES (" + f.school + ", '" + at + "', 'u', 'COUNSELING', 'READ', 'ALLOWED', 'CASE', 'API')");
                }
            }
            return f;
        }

        private static long student(Connection c, Fixture f, String status) throws SQLException {
            return id(c, "INSERT INTO student (tenant_id, national_id_cipher, national_id_index, name, gender, birth_date, "
                    + "grade, enrolment_status) VALUES (" + f.school + ", '\\x01', decode(md5(random()::text), 'hex'), "
                    + "'王小明', 'M', '2001-05-06', 9, '" + status + "') RETURNING id");
        }

        private static long kase(Connection c, Fixture f, long student, String formId) throws SQLException {
            long id = id(c, "INSERT INTO student_case (tenant_id, student_id, category_id, policy_id, policy_version, status, "
                    + "opened_on, opened_at, opened_by) VALUES (" + f.school + ", " + student + ", 'TW-CAT', 'test', '1.0', 'OPEN', "
                    + "'2013-03-01', '2013-03-01T00:00:00Z', " + f.user + ") RETURNING id");
            exec(c, "INSERT INTO case_event (tenant_id, case_id, event, occurred_at) VALUES (" + f.school + ", " + id
                    + ", 'REPORTED', '2013-03-02T00:00:00Z')");
            exec(c, "INSERT INTO form_record (tenant_id, case_id, form_id, form_version, policy_id, policy_version, data, "
                    + "created_at, created_by, updated_at, updated_by) VALUES (" + f.school + ", " + id + ", '" + formId
                    + "', 1, 'test', '1.0', '{}', now(), " + f.user + ", now(), " + f.user + ")");
            return id;
        }

        long count(String sql) throws SQLException {
            return ids(sql).get(0);
        }

        List<Long> ids(String sql) throws SQLException {
            try (Connection c = bound(); ResultSet r = c.createStatement().executeQuery(sql)) {
                List<Long> out = new java.util.ArrayList<>();
                while (r.next()) {
                    out.add(r.getLong(1));
                }
                return out;
            }
        }

        List<String> strings(String sql) throws SQLException {
            try (Connection c = bound(); ResultSet r = c.createStatement().executeQuery(sql)) {
                List<String> out = new java.util.ArrayList<>();
                while (r.next()) {
                    out.add(r.getString(1));
                }
                return out;
            }
        }

        void exec(String sql) throws SQLException {
            try (Connection c = bound()) {
                c.createStatement().execute(sql);
            }
        }

        private Connection bound() throws SQLException {
            Connection c = ownerSource.getConnection();
            c.createStatement().execute("SET search_path = " + SchemaMigrator.SCHEMA);
            c.createStatement().execute("SELECT set_config('app.tenant_id', '" + school + "', false)");
            return c;
        }

        private static long id(Connection c, String sql) throws SQLException {
            try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }

        private static void exec(Connection c, String sql) throws SQLException {
            c.createStatement().execute(sql);
        }
    }

    private static PGSimpleDataSource source(String user, String password) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(env("HUIXIAO_DB_URL"));
        ds.setUser(env(user));
        ds.setPassword(env(password));
        return ds;
    }

    private static String env(String name) {
        String v = System.getenv(name);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException(name + " is not set: run with deploy/bin/test's PostgreSQL settings");
        }
        return v;
    }
}
