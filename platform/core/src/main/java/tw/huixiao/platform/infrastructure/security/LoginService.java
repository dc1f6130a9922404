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
 * Checks a username and password. A disabled account is refused. Guessing is slowed by
 * {@link LoginThrottle} before this is called; nothing here locks an account.
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
        if (!user.isEnabled() || !user.hasPassword()) {
            passwords.verifyDecoy(password);
            LOG.warning(() -> "login refused for a disabled account, or one without a password yet, id " + user.getId());
            return Optional.empty();
        }
        if (!passwords.verify(password, user.getPasswordHash())) {
            users.recordFailedLogin(user.getId());
            LOG.warning(() -> "failed login for account id " + user.getId() + " (" + (user.getFailedLogins() + 1)
                    + " in a row)");
            return Optional.empty();
        }
        users.recordSuccessfulLogin(user.getId(), clock.instant());
        return Optional.of(user);
    }
}
