package tw.huixiao.platform.application.invitation;

import java.time.Instant;
import java.util.Optional;

/** The one-time password links (table password_link): only a hash of each token is stored. */
public interface PasswordLinkStore {

    enum Purpose { INVITATION, RESET }

    record StoredLink(long id, long userId, Purpose purpose, Instant createdAt, Instant expiresAt, Instant usedAt,
                      Instant revokedAt) {
    }

    /** Revokes the account's open links, then stores the new one. */
    long replace(long userId, Purpose purpose, byte[] tokenHash, Instant createdAt, Long createdBy, Instant expiresAt);

    /** The link with this token hash, locked for the rest of the transaction. */
    Optional<StoredLink> lockByHash(byte[] tokenHash);

    Optional<StoredLink> findByHash(byte[] tokenHash);

    void markUsed(long linkId, Instant at);

    /** Sets the account's password hash and lifts any lock from failed logins. */
    void setPassword(long userId, String passwordHash);

    /** The newest link of each kind for an account, for the administrator's list (sent, used, expired). */
    Optional<StoredLink> newest(long userId);
}
