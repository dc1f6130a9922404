package tw.huixiao.platform.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;
import tw.huixiao.platform.application.invitation.PasswordLinkStore;
import tw.huixiao.platform.infrastructure.persistence.Jdbc;

/** password_link through the transaction's connection (a platform table: read before anyone logs in). */
@ApplicationScoped
public class JdbcPasswordLinkStore implements PasswordLinkStore {

    private static final String COLUMNS = "id, user_id, purpose, created_at, expires_at, used_at, revoked_at";

    @Inject
    Jdbc jdbc;

    @Override
    public long replace(long userId, Purpose purpose, byte[] tokenHash, Instant createdAt, Long createdBy,
                        Instant expiresAt) {
        try (PreparedStatement revoke = jdbc.platform().prepareStatement("UPDATE password_link SET revoked_at = ? "
                + "WHERE user_id = ? AND used_at IS NULL AND revoked_at IS NULL");
             PreparedStatement insert = jdbc.platform().prepareStatement("INSERT INTO password_link (user_id, purpose, "
                     + "token_hash, created_at, created_by, expires_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id")) {
            revoke.setTimestamp(1, Timestamp.from(createdAt));
            revoke.setLong(2, userId);
            revoke.executeUpdate();
            insert.setLong(1, userId);
            insert.setString(2, purpose.name());
            insert.setBytes(3, tokenHash);
            insert.setTimestamp(4, Timestamp.from(createdAt));
            if (createdBy == null) {
                insert.setNull(5, Types.BIGINT);
            } else {
                insert.setLong(5, createdBy);
            }
            insert.setTimestamp(6, Timestamp.from(expiresAt));
            try (ResultSet id = insert.executeQuery()) {
                id.next();
                return id.getLong(1);
            }
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
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
        update("UPDATE password_link SET used_at = ? WHERE id = ?", Timestamp.from(at), linkId);
    }

    @Override
    public void setPassword(long userId, String passwordHash) {
        update("UPDATE app_user SET password_hash = ?, failed_logins = 0, password_changed_at = now(), version = version + 1 "
                + "WHERE id = ?", passwordHash, userId);
    }

    private void update(String sql, Object... parameters) {
        try (PreparedStatement q = jdbc.platform().prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                q.setObject(i + 1, parameters[i]);
            }
            q.executeUpdate();
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    private Optional<StoredLink> one(String sql, Object parameter) {
        try (PreparedStatement q = jdbc.platform().prepareStatement(sql)) {
            if (parameter instanceof byte[] bytes) {
                q.setBytes(1, bytes);
            } else {
                q.setObject(1, parameter);
            }
            try (ResultSet r = q.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredLink(r.getLong(1), r.getLong(2), Purpose.valueOf(r.getString(3)),
                        r.getTimestamp(4).toInstant(), r.getTimestamp(5).toInstant(), instant(r.getTimestamp(6)),
                        instant(r.getTimestamp(7))));
            }
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
