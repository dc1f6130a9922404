package tw.huixiao.platform.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import tw.huixiao.platform.domain.identity.ApiScope;
import tw.huixiao.platform.domain.identity.ApiToken;
import tw.huixiao.platform.domain.identity.ApiTokenRepository;

/** api_token rows through the tenant-bound connection: row-level security applies to every statement. */
@ApplicationScoped
public class JdbcApiTokenRepository implements ApiTokenRepository {

    private static final String COLUMNS = "id, tenant_id, user_id, name, scopes, created_at, expires_at, revoked_at, "
            + "last_used_at";

    @Inject
    TenantBoundEntityManager tenancy;

    @Inject
    Jdbc jdbc;

    @Override
    public ApiToken add(long schoolId, long userId, String name, String tokenHash, Set<ApiScope> scopes,
                        Instant createdAt, Instant expiresAt) {
        tenancy.bind(schoolId);
        try (PreparedStatement insert = jdbc.tenant().prepareStatement("INSERT INTO api_token (tenant_id, user_id, name, "
                + "token_hash, scopes, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING " + COLUMNS)) {
            insert.setLong(1, schoolId);
            insert.setLong(2, userId);
            insert.setString(3, name);
            insert.setString(4, tokenHash);
            insert.setString(5, scopes.stream().map(ApiScope::code).sorted().collect(Collectors.joining(" ")));
            insert.setTimestamp(6, Timestamp.from(createdAt));
            insert.setTimestamp(7, Timestamp.from(expiresAt));
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                return token(rs);
            }
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    @Override
    public List<ApiToken> findByUser(long schoolId, long userId) {
        tenancy.bind(schoolId);
        try (PreparedStatement select = jdbc.tenant().prepareStatement("SELECT " + COLUMNS
                + " FROM api_token WHERE tenant_id = ? AND user_id = ? ORDER BY created_at DESC, id DESC")) {
            select.setLong(1, schoolId);
            select.setLong(2, userId);
            List<ApiToken> tokens = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    tokens.add(token(rs));
                }
            }
            return tokens;
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    @Override
    public boolean revoke(long schoolId, long userId, long tokenId, Instant at) {
        tenancy.bind(schoolId);
        try (PreparedStatement update = jdbc.tenant().prepareStatement("UPDATE api_token SET revoked_at = ? "
                + "WHERE tenant_id = ? AND user_id = ? AND id = ? AND revoked_at IS NULL")) {
            update.setTimestamp(1, Timestamp.from(at));
            update.setLong(2, schoolId);
            update.setLong(3, userId);
            update.setLong(4, tokenId);
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    @Override
    public Optional<ApiToken> findByHash(long schoolId, String tokenHash) {
        tenancy.bind(schoolId);
        try (PreparedStatement select = jdbc.tenant().prepareStatement("SELECT " + COLUMNS
                + " FROM api_token WHERE tenant_id = ? AND token_hash = ?")) {
            select.setLong(1, schoolId);
            select.setString(2, tokenHash);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(token(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    @Override
    public void touch(long schoolId, long tokenId, Instant at) {
        tenancy.bind(schoolId);
        try (PreparedStatement update = jdbc.tenant().prepareStatement("UPDATE api_token SET last_used_at = ? "
                + "WHERE tenant_id = ? AND id = ? AND (last_used_at IS NULL OR last_used_at < ?)")) {
            update.setTimestamp(1, Timestamp.from(at));
            update.setLong(2, schoolId);
            update.setLong(3, tokenId);
            update.setTimestamp(4, Timestamp.from(at));
            update.executeUpdate();
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    private static ApiToken token(ResultSet rs) throws SQLException {
        Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
        Arrays.stream(rs.getString("scopes").split(" ")).map(ApiScope::ofCode).flatMap(Optional::stream)
                .forEach(scopes::add);
        return new ApiToken(rs.getLong("id"), rs.getLong("tenant_id"), rs.getLong("user_id"), rs.getString("name"),
                scopes, instant(rs, "created_at"), instant(rs, "expires_at"), instant(rs, "revoked_at"),
                instant(rs, "last_used_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
