package tw.huixiao.platform.infrastructure.forms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tw.huixiao.platform.infrastructure.persistence.Jdbc;

/** form_record and form_signature rows of the bound school; writes check the version read (optimistic locking). */
@ApplicationScoped
public class FormRecordStore {

    public record Row(long id, long caseId, String formId, int formVersion, String policyId, String policyVersion,
                      int revision, Long rootId, Long correctsId, String correctionReason, JsonObject data,
                      String status, Long supersededBy, Instant createdAt, long createdBy, Instant updatedAt,
                      long updatedBy, long version) {

        /** The first revision's id: the same for every revision of one record. */
        public long chainId() {
            return rootId == null ? id : rootId;
        }
    }

    public record Signature(String stageKey, int stageIndex, long signedBy, String signedByName, String signedAs,
                            boolean stamp, Instant signedAt) {
    }

    private static final String COLUMNS = "id, case_id, form_id, form_version, policy_id, policy_version, revision, "
            + "root_id, corrects_id, correction_reason, data::text, status, superseded_by, created_at, created_by, "
            + "updated_at, updated_by, version";

    @Inject
    Jdbc jdbc;

    public long insert(long schoolId, long caseId, String formId, int formVersion, String policyId, String policyVersion,
                       int revision, Long rootId, Long correctsId, String correctionReason, JsonObject data, Instant at,
                       long by) {
        try (PreparedStatement insert = jdbc.tenant().prepareStatement("INSERT INTO form_record (tenant_id, case_id, "
                + "form_id, form_version, policy_id, policy_version, revision, root_id, corrects_id, correction_reason, "
                + "data, created_at, created_by, updated_at, updated_by) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?) RETURNING id")) {
            insert.setLong(1, schoolId);
            insert.setLong(2, caseId);
            insert.setString(3, formId);
            insert.setInt(4, formVersion);
            insert.setString(5, policyId);
            insert.setString(6, policyVersion);
            insert.setInt(7, revision);
            insert.setObject(8, rootId, Types.BIGINT);
            insert.setObject(9, correctsId, Types.BIGINT);
            insert.setString(10, correctionReason);
            insert.setString(11, data.toString());
            insert.setTimestamp(12, Timestamp.from(at));
            insert.setLong(13, by);
            insert.setTimestamp(14, Timestamp.from(at));
            insert.setLong(15, by);
            try (ResultSet r = insert.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    public Optional<Row> find(long schoolId, long id) {
        return rows("SELECT " + COLUMNS + " FROM form_record WHERE tenant_id = ? AND id = ?", schoolId, id).stream()
                .findFirst();
    }

    /** The case's records, every revision, oldest first. */
    public List<Row> ofCase(long schoolId, long caseId) {
        return rows("SELECT " + COLUMNS + " FROM form_record WHERE tenant_id = ? AND case_id = ? ORDER BY id",
                schoolId, caseId);
    }

    /** Every revision of the record's chain, oldest first. */
    public List<Row> chain(long schoolId, long chainId) {
        return rows("SELECT " + COLUMNS + " FROM form_record WHERE tenant_id = ? AND (id = ? OR root_id = ?) "
                + "ORDER BY revision", schoolId, chainId, chainId);
    }

    /** Replaces the data at the version read; false if someone changed the record meanwhile. */
    public boolean update(long schoolId, long id, long version, JsonObject data, Instant at, long by) {
        return write("UPDATE form_record SET data = ?::jsonb, updated_at = ?, updated_by = ?, version = version + 1 "
                + "WHERE tenant_id = ? AND id = ? AND version = ? AND status <> 'SUPERSEDED'",
                data.toString(), Timestamp.from(at), by, schoolId, id, version);
    }

    /** Sets the sign-off status (SIGNING, SIGNED) at the version read. */
    public boolean setStatus(long schoolId, long id, long version, String status, Instant at, long by) {
        return write("UPDATE form_record SET status = ?, updated_at = ?, updated_by = ?, version = version + 1 "
                + "WHERE tenant_id = ? AND id = ? AND version = ? AND status <> 'SUPERSEDED'",
                status, Timestamp.from(at), by, schoolId, id, version);
    }

    /** Marks the revision replaced by its correction, at the version read. */
    public boolean supersede(long schoolId, long id, long version, long by, Instant at, long correction) {
        return write("UPDATE form_record SET status = 'SUPERSEDED', superseded_by = ?, updated_at = ?, updated_by = ?, "
                + "version = version + 1 WHERE tenant_id = ? AND id = ? AND version = ? AND status <> 'SUPERSEDED'",
                correction, Timestamp.from(at), by, schoolId, id, version);
    }

    public void sign(long schoolId, long recordId, String stageKey, int stageIndex, long by, String as, boolean stamp,
                     Instant at) {
        write("INSERT INTO form_signature (tenant_id, record_id, stage_key, stage_index, signed_by, signed_as, stamp, "
                + "signed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", schoolId, recordId, stageKey, stageIndex, by, as, stamp,
                Timestamp.from(at));
    }

    /** The record's signatures in the chain's order. */
    public List<Signature> signatures(long schoolId, long recordId) {
        List<Signature> found = new ArrayList<>();
        try (PreparedStatement q = jdbc.tenant().prepareStatement("SELECT s.stage_key, s.stage_index, s.signed_by, "
                + "u.display_name, s.signed_as, s.stamp, s.signed_at FROM form_signature s JOIN app_user u "
                + "ON u.id = s.signed_by WHERE s.tenant_id = ? AND s.record_id = ? ORDER BY s.stage_index")) {
            q.setLong(1, schoolId);
            q.setLong(2, recordId);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    found.add(new Signature(r.getString(1), r.getInt(2), r.getLong(3), r.getString(4), r.getString(5),
                            r.getBoolean(6), r.getTimestamp(7).toInstant()));
                }
            }
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
        return found;
    }

    private boolean write(String sql, Object... parameters) {
        try (PreparedStatement update = jdbc.tenant().prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    private List<Row> rows(String sql, Object... parameters) {
        List<Row> found = new ArrayList<>();
        try (PreparedStatement q = jdbc.tenant().prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                q.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    JsonObject data;
                    try (JsonReader reader = Json.createReader(new StringReader(r.getString(11)))) {
                        data = reader.readObject();
                    }
                    found.add(new Row(r.getLong(1), r.getLong(2), r.getString(3), r.getInt(4), r.getString(5),
                            r.getString(6), r.getInt(7), (Long) r.getObject(8), (Long) r.getObject(9), r.getString(10),
                            data, r.getString(12), (Long) r.getObject(13), r.getTimestamp(14).toInstant(), r.getLong(15),
                            r.getTimestamp(16).toInstant(), r.getLong(17), r.getLong(18)));
                }
            }
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
        return found;
    }
}
