package tw.huixiao.platform.domain.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** API tokens of one school (tenant); every method binds that school first. */
public interface ApiTokenRepository {

    ApiToken add(long schoolId, long userId, String name, String tokenHash, Set<ApiScope> scopes, Instant createdAt,
                 Instant expiresAt);

    /** The user's tokens, newest first, revoked and expired ones included. */
    List<ApiToken> findByUser(long schoolId, long userId);

    /** Revokes one of the user's tokens; false when they have no such token (or it was revoked already). */
    boolean revoke(long schoolId, long userId, long tokenId, Instant at);

    /** The token with this hash in this school, whatever its state. */
    Optional<ApiToken> findByHash(long schoolId, String tokenHash);

    /** Stamps the last use (never backwards: concurrent requests may race). */
    void touch(long schoolId, long tokenId, Instant at);
}
