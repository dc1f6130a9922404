package tw.huixiao.platform.infrastructure.modules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import tw.huixiao.platform.application.modules.ModuleStore;
import tw.huixiao.platform.domain.modules.ModuleOrigin;
import tw.huixiao.platform.domain.modules.ModuleSigner;
import tw.huixiao.platform.domain.modules.ModuleState;
import tw.huixiao.platform.domain.modules.StoredModule;
import tw.huixiao.platform.domain.modules.VendorGrant;
import tw.huixiao.platform.infrastructure.persistence.Jdbc;
import tw.huixiao.platform.infrastructure.persistence.Sql;

/**
 * The policy module store (V58) on PostgreSQL. The services' methods run in their transaction
 * ({@link Jdbc#platform()}, no school bound: row-level security lets a school's transaction see
 * nothing here); the static methods serve each server's loader on a connection of its own.
 */
@ApplicationScoped
public class JdbcModuleStore implements ModuleStore {

    static final String COLUMNS = "id, module_id, version, counties, origin, jar_sha256, jar_bytes, descriptor, "
            + "signer_subject, signer_sha256, checks, state, uploaded_by_name, uploaded_at, verified_at, "
            + "approved_by_name, approved_at, approval_note, activated_by_name, activated_at, effective_from, "
            + "retired_by_name, retired_at, retire_reason, revision";

    @Inject
    Jdbc jdbc;

    @Override
    public List<StoredModule> list(String county) {
        if (county == null) {
            return Sql.list(jdbc.platform(), "SELECT " + COLUMNS + " FROM policy_module ORDER BY id DESC",
                    JdbcModuleStore::row);
        }
        return Sql.list(jdbc.platform(), "SELECT " + COLUMNS + " FROM policy_module WHERE ?::varchar = ANY (counties) "
                + "ORDER BY id DESC", JdbcModuleStore::row, county);
    }

    @Override
    public Optional<StoredModule> find(long id) {
        return Sql.one(jdbc.platform(), "SELECT " + COLUMNS + " FROM policy_module WHERE id = ?", JdbcModuleStore::row,
                id);
    }

    @Override
    public List<String> versions(String moduleId) {
        return Sql.list(jdbc.platform(), "SELECT version FROM policy_module WHERE module_id = ?", r -> r.getString(1),
                moduleId);
    }

    @Override
    public long storeVerified(Upload u, List<String> checks, Instant verifiedAt) {
        Connection c = jdbc.platform();
        long id = Sql.insert(c, "INSERT INTO policy_module (module_id, version, counties, origin, jar, jar_sha256, "
                + "jar_bytes, descriptor, signer_subject, signer_sha256, state, uploaded_by, uploaded_by_name, "
                + "uploaded_at) VALUES (?, ?, ?, 'UPLOAD', ?, ?, ?, ?, ?, ?, 'UPLOADED', ?, ?, ?)", u.moduleId(),
                u.version(), u.counties().toArray(String[]::new), u.jar(), u.sha256(), u.jar().length, u.descriptor(),
                u.signerSubject(), u.signerSha256(), u.by(), u.byName(), u.at());
        Sql.update(c, "UPDATE policy_module SET state = 'VERIFIED', verified_at = ?, checks = ? WHERE id = ? "
                + "AND state = 'UPLOADED'", verifiedAt, checks.toArray(String[]::new), id);
        return id;
    }

    @Override
    public boolean approve(long id, long by, String byName, Instant at, String note) {
        return Sql.update(jdbc.platform(), "UPDATE policy_module SET state = 'APPROVED', approved_by = ?, "
                + "approved_by_name = ?, approved_at = ?, approval_note = ? WHERE id = ? AND state = 'VERIFIED'",
                by, byName, at, note, id) == 1;
    }

    @Override
    public boolean activate(long id, long by, String byName, Instant at, LocalDate effectiveFrom) {
        return Sql.update(jdbc.platform(), "UPDATE policy_module SET state = 'ACTIVE', activated_by = ?, "
                + "activated_by_name = ?, activated_at = ?, effective_from = ? WHERE id = ? AND state = 'APPROVED'",
                by, byName, at, effectiveFrom, id) == 1;
    }

    @Override
    public boolean retire(long id, long by, String byName, Instant at, String reason) {
        return Sql.update(jdbc.platform(), "UPDATE policy_module SET state = 'RETIRED', retired_by = ?, "
                + "retired_by_name = ?, retired_at = ?, retire_reason = ? WHERE id = ? AND state = 'ACTIVE'",
                by, byName, at, reason, id) == 1;
    }

    @Override
    public List<ModuleSigner> signers(String county) {
        String sql = "SELECT id, county, certificate_sha256, subject, not_after, registered_by_name, registered_at "
                + "FROM module_signer " + (county == null ? "" : "WHERE county = ? ") + "ORDER BY county, id";
        Sql.Row<ModuleSigner> row = r -> new ModuleSigner(r.getLong(1), r.getString(2), r.getString(3),
                r.getString(4), Sql.instant(r, "not_after"), r.getString(6), Sql.instant(r, "registered_at"));
        return county == null ? Sql.list(jdbc.platform(), sql, row) : Sql.list(jdbc.platform(), sql, row, county);
    }

    @Override
    public boolean signerRegistered(String county, String certificateSha256) {
        return Sql.one(jdbc.platform(), "SELECT 1 FROM module_signer WHERE county = ? AND certificate_sha256 = ?",
                r -> Boolean.TRUE, county, certificateSha256).isPresent();
    }

    @Override
    public long registerSigner(String county, String certificateSha256, String subject, byte[] certificate,
                               Instant notAfter, long by, String byName, Instant at) {
        return Sql.insert(jdbc.platform(), "INSERT INTO module_signer (county, certificate_sha256, subject, "
                + "certificate, not_after, registered_by, registered_by_name, registered_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", county, certificateSha256, subject, certificate, notAfter, by,
                byName, at);
    }

    @Override
    public List<VendorGrant> vendorGrants(String county) {
        return Sql.list(jdbc.platform(), "SELECT g.id, g.county, g.vendor_id, u.username, u.display_name, "
                + "g.granted_by_name, g.granted_at, g.revoked_by_name, g.revoked_at FROM module_vendor_grant g "
                + "JOIN app_user u ON u.id = g.vendor_id WHERE g.county = ? ORDER BY g.id DESC",
                r -> new VendorGrant(r.getLong(1), r.getString(2), r.getLong(3), r.getString(4), r.getString(5),
                        r.getString(6), Sql.instant(r, "granted_at"), r.getString(8), Sql.instant(r, "revoked_at")),
                county);
    }

    @Override
    public List<String> countiesGranting(long vendorId) {
        return Sql.list(jdbc.platform(), "SELECT county FROM module_vendor_grant WHERE vendor_id = ? "
                + "AND revoked_at IS NULL ORDER BY county", r -> r.getString(1), vendorId);
    }

    @Override
    public boolean grantVendor(String county, long vendorId, long by, String byName, Instant at) {
        return Sql.update(jdbc.platform(), "INSERT INTO module_vendor_grant (county, vendor_id, granted_by, "
                + "granted_by_name, granted_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (county, vendor_id) "
                + "WHERE revoked_at IS NULL DO NOTHING", county, vendorId, by, byName, at) == 1;
    }

    @Override
    public boolean revokeVendor(long grantId, String county, long by, String byName, Instant at) {
        return Sql.update(jdbc.platform(), "UPDATE module_vendor_grant SET revoked_by = ?, revoked_by_name = ?, "
                + "revoked_at = ? WHERE id = ? AND county = ? AND revoked_at IS NULL", by, byName, at, grantId,
                county) == 1;
    }

    // ---- a server's loader, on its own connection --------------------------------------------

    /** The store's change mark: raised by every insert and state change (V58 trigger). */
    public static long revision(Connection c) {
        return Sql.one(c, "SELECT coalesce(max(revision), 0) FROM policy_module", r -> r.getLong(1)).orElse(0L);
    }

    /** The modules a server loads: active (new and pinned cases) and retired (pinned cases only); no jars. */
    public static List<StoredModule> loadable(Connection c) {
        return Sql.list(c, "SELECT " + COLUMNS + " FROM policy_module WHERE state IN ('ACTIVE', 'RETIRED') ORDER BY id",
                JdbcModuleStore::row);
    }

    /** One stored module's jar bytes (null for a bundled module). */
    public static byte[] jar(Connection c, long id) {
        return Sql.one(c, "SELECT jar FROM policy_module WHERE id = ?", r -> r.getBytes(1), id).orElse(null);
    }

    /** Every stored module without the jars, for the loader's listing. */
    public static List<StoredModule> all(Connection c) {
        return Sql.list(c, "SELECT " + COLUMNS + " FROM policy_module ORDER BY id", JdbcModuleStore::row);
    }

    /**
     * Imports a bundled module or an operator's directory jar as ACTIVE from the given date;
     * a module already stored under its id and version is left as it is. Returns true if stored now.
     */
    public static boolean importActive(Connection c, ModuleOrigin origin, String moduleId, String version,
                                       List<String> counties, byte[] jar, String sha256, int size, String descriptor,
                                       String byName, Instant at, LocalDate effectiveFrom) {
        return Sql.update(c, "INSERT INTO policy_module (module_id, version, counties, origin, jar, jar_sha256, "
                + "jar_bytes, descriptor, state, uploaded_by_name, uploaded_at, activated_by_name, activated_at, "
                + "effective_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?, ?, ?) "
                + "ON CONFLICT (module_id, version) DO NOTHING", moduleId, version, counties.toArray(String[]::new),
                origin.name(), jar, sha256, size, descriptor, byName, at, byName, at, effectiveFrom) == 1;
    }

    /** The digest stored for a module version, if any. */
    public static Optional<String> storedDigest(Connection c, String moduleId, String version) {
        return Sql.one(c, "SELECT jar_sha256 FROM policy_module WHERE module_id = ? AND version = ?",
                r -> r.getString(1), moduleId, version);
    }

    static StoredModule row(ResultSet r) throws SQLException {
        return new StoredModule(r.getLong("id"), r.getString("module_id"), r.getString("version"),
                strings(r.getArray("counties")), ModuleOrigin.valueOf(r.getString("origin")), r.getString("jar_sha256"),
                r.getInt("jar_bytes"), r.getString("descriptor"), r.getString("signer_subject"),
                r.getString("signer_sha256"), strings(r.getArray("checks")), ModuleState.valueOf(r.getString("state")),
                r.getString("uploaded_by_name"), Sql.instant(r, "uploaded_at"), Sql.instant(r, "verified_at"),
                r.getString("approved_by_name"), Sql.instant(r, "approved_at"), r.getString("approval_note"),
                r.getString("activated_by_name"), Sql.instant(r, "activated_at"), Sql.date(r, "effective_from"),
                r.getString("retired_by_name"), Sql.instant(r, "retired_at"), r.getString("retire_reason"),
                r.getLong("revision"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }
}
