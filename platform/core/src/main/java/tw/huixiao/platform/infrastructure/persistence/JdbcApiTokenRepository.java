package tw.huixiao.platform.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
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
        return Sql.one(jdbc.tenant(), "INSERT INTO api_token (tenant_id, user_id, name, token_hash, scopes, created_at, "
                + "expires_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING " + COLUMNS, JdbcApiTokenRepository::token,
                schoolId, userId, name, tokenHash,
                scopes.stream().map(ApiScope::code).sorted().collect(Collectors.joining(" ")), createdAt, expiresAt)
                .orElseThrow();
    }

    @Override
    public List<ApiToken> findByUser(long schoolId, long userId) {
        tenancy.bind(schoolId);
        return Sql.list(jdbc.tenant(), "SELECT " + COLUMNS + " FROM api_token WHERE tenant_id = ? AND user_id = ? "
                + "ORDER BY created_at DESC, id DESC", JdbcApiTokenRepository::token, schoolId, userId);
    }

    @Override
    public boolean revoke(long schoolId, long userId, long tokenId, Instant at) {
        tenancy.bind(schoolId);
        return Sql.update(jdbc.tenant(), "UPDATE api_token SET revoked_at = ? WHERE tenant_id = ? AND user_id = ? "
                + "AND id = ? AND revoked_at IS NULL", at, schoolId, userId, tokenId) == 1;
    }

    @Override
    public Optional<ApiToken> findByHash(long schoolId, String tokenHash) {
        tenancy.bind(schoolId);
        return Sql.one(jdbc.tenant(), "SELECT " + COLUMNS + " FROM api_token WHERE tenant_id = ? AND token_hash = ?",
                JdbcApiTokenRepository::token, schoolId, tokenHash);
    }

    @Override
    public void touch(long schoolId, long tokenId, Instant at) {
        tenancy.bind(schoolId);
        Sql.update(jdbc.tenant(), "UPDATE api_token SET last_used_at = ? WHERE tenant_id = ? AND id = ? "
                + "AND (last_used_at IS NULL OR last_used_at < ?)", at, schoolId, tokenId, at);
    }

    private static ApiToken token(ResultSet rs) throws SQLException {
        Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
        Arrays.stream(rs.getString("scopes").split(" ")).map(ApiScope::ofCode).flatMap(Optional::stream)
                .forEach(scopes::add);
        return new ApiToken(rs.getLong("id"), rs.getLong("tenant_id"), rs.getLong("user_id"), rs.getString("name"),
                scopes, Sql.instant(rs, "created_at"), Sql.instant(rs, "expires_at"), Sql.instant(rs, "revoked_at"),
                Sql.instant(rs, "last_used_at"));
    }
}
