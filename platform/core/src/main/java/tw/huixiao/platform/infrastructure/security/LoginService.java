package tw.huixiao.platform.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import tw.huixiao.platform.domain.identity.UserAccount;
import tw.huixiao.platform.domain.identity.UserAccountRepository;

/**
 * Checks a username and password, and throttles guessing: after
 * {@value UserAccount#FREE_FAILURES} failures the account is locked for 30 s, doubling to
 * 15 min. A locked account refuses even the right password until the lock expires.
 */
@ApplicationScoped
public class LoginService {

    private static final Logger LOG = Logger.getLogger(LoginService.class.getName());

    @Inject
    UserAccountRepository users;

    @Inject
    PasswordHashing passwords;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<UserAccount> authenticate(String username, char[] password) {
        Optional<UserAccount> found = users.findByUsername(username);
        if (found.isEmpty()) {
            passwords.verifyDecoy(password);
            return Optional.empty();
        }
        UserAccount user = found.get();
        if (!user.isEnabled() || user.isLockedAt(clock.instant()) || !user.hasPassword()) {
            passwords.verifyDecoy(password);
            LOG.warning(() -> "login refused for a locked or disabled account, or one without a password yet, id " + user.getId());
            return Optional.empty();
        }
        if (!passwords.verify(password, user.getPasswordHash())) {
            user.recordFailedLogin(clock.instant());
            LOG.warning(() -> "failed login for account id " + user.getId() + " (" + user.getFailedLogins() + " in a row)");
            return Optional.empty();
        }
        users.recordSuccessfulLogin(user.getId(), clock.instant());
        return Optional.of(user);
    }
}
