package tw.huixiao.platform.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import tw.huixiao.platform.application.invitation.PasswordLinkStore;
import tw.huixiao.platform.infrastructure.persistence.Jdbc;
import tw.huixiao.platform.infrastructure.persistence.Sql;

/** password_link through the transaction's connection (a platform table: read before anyone logs in). */
@ApplicationScoped
public class JdbcPasswordLinkStore implements PasswordLinkStore {

    private static final String COLUMNS = "id, user_id, purpose, created_at, expires_at, used_at, revoked_at";

    @Inject
    Jdbc jdbc;

    @Override
    public long replace(long userId, Purpose purpose, byte[] tokenHash, Instant createdAt, Long createdBy,
                        Instant expiresAt) {
        update("UPDATE password_link SET revoked_at = ? WHERE user_id = ? AND used_at IS NULL AND revoked_at IS NULL",
                createdAt, userId);
        return Sql.insert(jdbc.platform(), "INSERT INTO password_link (user_id, purpose, token_hash, created_at, "
                + "created_by, expires_at) VALUES (?, ?, ?, ?, ?, ?)", userId, purpose.name(), tokenHash, createdAt,
                createdBy, expiresAt);
    }

    @Override
    public Optional<StoredLink> lockByHash(byte[] tokenHash) {
        return one("SELECT " + COLUMNS + " FROM password_link WHERE token_hash = ? FOR UPDATE", tokenHash);
    }

    @Override
    public Optional<StoredLink> findByHash(byte[] tokenHash) {
        return one("SELECT " + COLUMNS + " FROM password_link WHERE token_hash = ?", tokenHash);
    }

    @Override
    public Optional<StoredLink> newest(long userId) {
        return one("SELECT " + COLUMNS + " FROM password_link WHERE user_id = ? ORDER BY created_at DESC, id DESC LIMIT 1",
                userId);
    }

    @Override
    public void markUsed(long linkId, Instant at) {
        update("UPDATE password_link SET used_at = ? WHERE id = ?", at, linkId);
    }

    @Override
    public void setPassword(long userId, String passwordHash) {
        update("UPDATE app_user SET password_hash = ?, failed_logins = 0, password_changed_at = now(), version = version + 1 "
                + "WHERE id = ?", passwordHash, userId);
    }

    private void update(String sql, Object... parameters) {
        Sql.update(jdbc.platform(), sql, parameters);
    }

    private Optional<StoredLink> one(String sql, Object parameter) {
        return Sql.one(jdbc.platform(), sql, r -> new StoredLink(r.getLong(1), r.getLong(2),
                Purpose.valueOf(r.getString(3)), Sql.instant(r, 4), Sql.instant(r, 5), Sql.instant(r, 6),
                Sql.instant(r, 7)), parameter);
    }
}
