package tw.huixiao.platform.infrastructure.casework;

import tw.huixiao.platform.infrastructure.persistence.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import tw.huixiao.platform.infrastructure.persistence.Jdbc;
import tw.huixiao.platform.application.casework.ProtectiveConcernStore;

/** Protective concerns of the bound school, and the tasks their raising laid out. */
@ApplicationScoped
public class JdbcProtectiveConcernStore implements ProtectiveConcernStore {

    @Inject
    Jdbc jdbc;

    @Override
    public long insert(long schoolId, long caseId, String kind, String details, Instant at, long by) {
        return Sql.insert(c(), "INSERT INTO protective_concern (tenant_id, case_id, kind, details, raised_at, raised_by, "
                + "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", schoolId, caseId, kind, details, at, by, at, by);
    }

    @Override
    public boolean update(long schoolId, long id, long version, String kind, String details, Instant at, long by) {
        return Sql.update(c(), "UPDATE protective_concern SET kind = ?, details = ?, updated_at = ?, updated_by = ?, "
                        + "version = version + 1 WHERE tenant_id = ? AND id = ? AND version = ?", kind, details, at, by,
                schoolId, id, version) == 1;
    }

    @Override
    public Optional<Concern> find(long schoolId, long caseId, long id) {
        return Sql.one(c(), "SELECT * FROM protective_concern WHERE tenant_id = ? AND case_id = ? AND id = ?",
                JdbcProtectiveConcernStore::concern, schoolId, caseId, id);
    }

    @Override
    public List<Concern> ofCase(long schoolId, long caseId) {
        return Sql.list(c(), "SELECT * FROM protective_concern WHERE tenant_id = ? AND case_id = ? ORDER BY raised_at, id",
                JdbcProtectiveConcernStore::concern, schoolId, caseId);
    }

    private static Concern concern(ResultSet r) throws SQLException {
        return new Concern(r.getLong("id"), r.getLong("case_id"), r.getString("kind"), r.getString("details"),
                Sql.instant(r, "raised_at"), r.getLong("raised_by"), Sql.instant(r, "updated_at"), r.getLong("version"));
    }

    private Connection c() {
        return jdbc.tenant();
    }
}
