package tw.huixiao.platform.infrastructure.forms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tw.huixiao.platform.infrastructure.persistence.Jdbc;
import tw.huixiao.platform.infrastructure.persistence.Sql;
import tw.huixiao.platform.application.forms.FormRecordStore;

/** form_record and form_signature rows of the bound school; writes check the version read (optimistic locking). */
@ApplicationScoped
public class JdbcFormRecordStore implements FormRecordStore {

    private static final String COLUMNS = "id, case_id, form_id, form_version, policy_id, policy_version, revision, "
            + "root_id, corrects_id, correction_reason, data::text, status, superseded_by, created_at, created_by, "
            + "updated_at, updated_by, version, screening_assessment_id, roster_id, episode_id";

    @Inject
    Jdbc jdbc;

    @Override
    public long insert(long schoolId, Subject subject, String formId, int formVersion, String policyId, String policyVersion,
                       int revision, Long rootId, Long correctsId, String correctionReason, JsonObject data, Instant at,
                       long by) {
        return Sql.insert(jdbc.tenant(), "INSERT INTO form_record (tenant_id, case_id, form_id, form_version, "
                        + "policy_id, policy_version, revision, root_id, corrects_id, correction_reason, data, created_at, "
                        + "created_by, updated_at, updated_by, screening_assessment_id, roster_id, episode_id) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?)", schoolId, subject.caseId(),
                formId, formVersion, policyId, policyVersion, revision, rootId, correctsId, correctionReason,
                data.toString(), at, by, at, by, subject.screeningAssessmentId(), subject.rosterId(), subject.episodeId());
    }

    @Override
    public Optional<Row> find(long schoolId, long id) {
        return rows("SELECT " + COLUMNS + " FROM form_record WHERE tenant_id = ? AND id = ?", schoolId, id).stream()
                .findFirst();
    }

    /** The case's records, every revision, oldest first. */
    @Override
    public List<Row> ofCase(long schoolId, long caseId) {
        return rows("SELECT " + COLUMNS + " FROM form_record WHERE tenant_id = ? AND case_id = ? ORDER BY id",
                schoolId, caseId);
    }

    /** The current (not superseded) revision of each record of screening assessments, by assessment id. */
    @Override
    public List<Row> currentOfScreenings(long schoolId, Long[] assessmentIds) {
        return rows("SELECT " + COLUMNS + " FROM form_record WHERE tenant_id = ? AND screening_assessment_id = ANY (?) "
                + "AND status <> 'SUPERSEDED' ORDER BY id", schoolId, assessmentIds);
    }

    /** The current revision of a roster, if it has one. */
    @Override
    public Optional<Row> currentOfRoster(long schoolId, long rosterId) {
        return rows("SELECT " + COLUMNS + " FROM form_record WHERE tenant_id = ? AND roster_id = ? "
                + "AND status <> 'SUPERSEDED' ORDER BY id DESC", schoolId, rosterId).stream().findFirst();
    }

    /**
     * The current revisions of a form's records that are signed up to a stage, with the moment it
     * was signed: Yunlin 附表一 records of cases and of screenings whose strategy stage is signed.
     */
    @Override
    public List<Signed> currentSignedAt(long schoolId, String formId, String stageKey) {
        List<Signed> found = new ArrayList<>();
        for (Row row : rows("SELECT " + COLUMNS + " FROM form_record r WHERE tenant_id = ? AND form_id = ? "
                + "AND status <> 'SUPERSEDED' AND EXISTS (SELECT 1 FROM form_signature s WHERE s.tenant_id = r.tenant_id "
                + "AND s.record_id = r.id AND s.stage_key = ?) ORDER BY id", schoolId, formId, stageKey)) {
            Signature stage = signatures(schoolId, row.id()).stream().filter(s -> s.stageKey().equals(stageKey))
                    .findFirst().orElseThrow();
            found.add(new Signed(row, stage.signedAt()));
        }
        return found;
    }

    /** Every revision of the record's chain, oldest first. */
    @Override
    public List<Row> chain(long schoolId, long chainId) {
        return rows("SELECT " + COLUMNS + " FROM form_record WHERE tenant_id = ? AND (id = ? OR root_id = ?) "
                + "ORDER BY revision", schoolId, chainId, chainId);
    }

    /** Replaces the data at the version read; false if someone changed the record meanwhile. */
    @Override
    public boolean update(long schoolId, long id, long version, JsonObject data, Instant at, long by) {
        return write("UPDATE form_record SET data = ?::jsonb, updated_at = ?, updated_by = ?, version = version + 1 "
                + "WHERE tenant_id = ? AND id = ? AND version = ? AND status <> 'SUPERSEDED'",
                data.toString(), Timestamp.from(at), by, schoolId, id, version);
    }

    /** Sets the sign-off status (SIGNING, SIGNED) at the version read. */
    @Override
    public boolean setStatus(long schoolId, long id, long version, String status, Instant at, long by) {
        return write("UPDATE form_record SET status = ?, updated_at = ?, updated_by = ?, version = version + 1 "
                + "WHERE tenant_id = ? AND id = ? AND version = ? AND status <> 'SUPERSEDED'",
                status, Timestamp.from(at), by, schoolId, id, version);
    }

    /** Marks the revision replaced by its correction, at the version read. */
    @Override
    public boolean supersede(long schoolId, long id, long version, long by, Instant at, long correction) {
        return write("UPDATE form_record SET status = 'SUPERSEDED', superseded_by = ?, updated_at = ?, updated_by = ?, "
                + "version = version + 1 WHERE tenant_id = ? AND id = ? AND version = ? AND status <> 'SUPERSEDED'",
                correction, Timestamp.from(at), by, schoolId, id, version);
    }

    @Override
    public void sign(long schoolId, long recordId, String stageKey, int stageIndex, long by, String as, boolean stamp,
                     Instant at) {
        write("INSERT INTO form_signature (tenant_id, record_id, stage_key, stage_index, signed_by, signed_as, stamp, "
                + "signed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", schoolId, recordId, stageKey, stageIndex, by, as, stamp,
                Timestamp.from(at));
    }

    /** The record's signatures in the chain's order. */
    @Override
    public List<Signature> signatures(long schoolId, long recordId) {
        return Sql.list(jdbc.tenant(), "SELECT s.stage_key, s.stage_index, s.signed_by, u.display_name, s.signed_as, "
                        + "s.stamp, s.signed_at FROM form_signature s JOIN app_user u ON u.id = s.signed_by "
                        + "WHERE s.tenant_id = ? AND s.record_id = ? ORDER BY s.stage_index",
                r -> new Signature(r.getString(1), r.getInt(2), r.getLong(3), r.getString(4), r.getString(5),
                        r.getBoolean(6), r.getTimestamp(7).toInstant()), schoolId, recordId);
    }

    private boolean write(String sql, Object... parameters) {
        return Sql.update(jdbc.tenant(), sql, parameters) == 1;
    }

    private List<Row> rows(String sql, Object... parameters) {
        return Sql.list(jdbc.tenant(), sql, JdbcFormRecordStore::row, parameters);
    }

    private static Row row(ResultSet r) throws SQLException {
        JsonObject data;
        try (JsonReader reader = Json.createReader(new StringReader(r.getString(11)))) {
            data = reader.readObject();
        }
        return new Row(r.getLong(1), (Long) r.getObject(2), r.getString(3), r.getInt(4), r.getString(5),
                r.getString(6), r.getInt(7), (Long) r.getObject(8), (Long) r.getObject(9), r.getString(10),
                data, r.getString(12), (Long) r.getObject(13), r.getTimestamp(14).toInstant(), r.getLong(15),
                r.getTimestamp(16).toInstant(), r.getLong(17), r.getLong(18), (Long) r.getObject(19),
                (Long) r.getObject(20), (Long) r.getObject(21));
    }
}
