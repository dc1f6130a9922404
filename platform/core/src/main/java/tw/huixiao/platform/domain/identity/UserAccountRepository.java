package tw.huixiao.platform.domain.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface UserAccountRepository {

    Optional<UserAccount> findByUsername(String username);

    Optional<UserAccount> find(long id);

    /**
     * When the account's password was last set (empty: never since it was made, or no such
     * account) — one column, read on every request of a browser session.
     */
    Optional<Instant> passwordChangedAt(String username);

    /** Adds one to the wrong-password count without the entity's version check (concurrent requests). */
    void recordFailedLogin(long userId);

    /**
     * Clears the failure count and stamps the login time without the entity's version check:
     * the same account may sign in on several requests at once (a school system's API calls).
     */
    void recordSuccessfulLogin(long userId, Instant at);

    List<UserAccount> findBySchool(long schoolId);

    /** The account with this e-mail address, whatever its case. */
    Optional<UserAccount> findByEmail(String email);

    UserAccount add(UserAccount user);
}
