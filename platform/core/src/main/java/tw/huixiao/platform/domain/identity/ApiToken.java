package tw.huixiao.platform.domain.identity;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** An issued API token as stored: never the token itself, only what it allows and its dates. */
public record ApiToken(long id, long schoolId, long userId, String name, Set<ApiScope> scopes, Instant createdAt,
                       Instant expiresAt, Instant revokedAt, Instant lastUsedAt) {

    public ApiToken {
        scopes = Set.copyOf(scopes);
    }

    public boolean isActiveAt(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }

    public Optional<Instant> revoked() {
        return Optional.ofNullable(revokedAt);
    }
}
