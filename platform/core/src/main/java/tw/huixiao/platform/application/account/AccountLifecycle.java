package tw.huixiao.platform.application.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.logging.Logger;
import tw.huixiao.platform.application.AccessDeniedException;
import tw.huixiao.platform.application.Caller;
import tw.huixiao.platform.application.CallerProvider;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.RecordNotFoundException;
import tw.huixiao.platform.application.StateConflictException;
import tw.huixiao.platform.domain.identity.PasswordHasher;
import tw.huixiao.platform.domain.identity.Role;
import tw.huixiao.platform.domain.identity.UserAccount;
import tw.huixiao.platform.domain.identity.UserAccountRepository;

/**
 * An account's life after onboarding: the owner changes the password (proving the current one,
 * OWASP ASVS 4.0.3 V2.1.5/2.1.6), an administrator disables and re-enables it. A disabled
 * account cannot log in, its open sessions stop at their next request ({@code CurrentCaller}
 * re-reads the account) and its API tokens stop working; nothing is deleted, so the records
 * it signed stay attributed.
 * <p>
 * Who administers whom: platform administrators any account; a school's principal the other
 * staff of their school. Nobody disables themselves (an administrator could otherwise shut the
 * last door).
 */
@ApplicationScoped
public class AccountLifecycle {

    private static final Logger LOG = Logger.getLogger(AccountLifecycle.class.getName());

    @Inject
    CallerProvider callers;

    @Inject
    CurrentSession session;

    @Inject
    UserAccountRepository users;

    @Inject
    PasswordHasher hasher;

    @Inject
    PasswordPolicy policy;

    @Inject
    LoginAttempts attempts;

    @Inject
    Clock clock;

    public record PasswordChange(String currentPassword, String newPassword) {
    }

    /** What an administrator sees of an account; never its hash. */
    public record AccountStatus(long id, String username, String displayName, Long schoolId, List<Role> roles,
                                boolean enabled, Instant disabledAt, Instant lastLoginAt, Instant passwordChangedAt,
                                int failedLogins) {
    }

    /**
     * The caller's new password, after the current one (guessing it here is throttled like a
     * login, keyed by the client address the caller gives).
     */
    @Transactional
    public void changeOwnPassword(PasswordChange change, String clientAddress) {
        Caller caller = callers.get();
        UserAccount me = users.find(caller.userId()).orElseThrow(() -> new RecordNotFoundException("account",
                caller.userId()));
        String client = Objects.requireNonNullElse(clientAddress, "unknown");
        if (attempts.waitBefore(client, me.getUsername()).isPresent()) {
            throw InvalidInputException.of("currentPassword",
                    "嘗試次數過多，請稍候再試 (too many attempts; wait a moment and retry)");
        }
        String current = change == null ? null : change.currentPassword();
        if (current == null || !hasher.verify(current.toCharArray(), me.getPasswordHash())) {
            attempts.failed(client, me.getUsername());
            throw InvalidInputException.of("currentPassword", "目前的密碼不正確 (the current password is wrong)");
        }
        attempts.succeeded(client, me.getUsername());
        String fresh = change.newPassword();
        policy.refusal(me.getUsername(), fresh).ifPresent(why -> {
            throw InvalidInputException.of("newPassword", why);
        });
        if (fresh.equals(current)) {
            throw InvalidInputException.of("newPassword", "新密碼不可與目前的密碼相同 (must differ from the current one)");
        }
        // Microseconds, as the database keeps it: sessions compare the value they were opened under.
        Instant changedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        me.changePassword(hasher.hash(fresh.toCharArray()), changedAt);
        session.keepAfterPasswordChange(changedAt);
        LOG.info(() -> "account id " + me.getId() + " changed its password");
    }

    @Transactional
    public AccountStatus disable(long userId) {
        Caller caller = callers.get();
        UserAccount target = administered(caller, userId);
        if (target.getId() == caller.userId()) {
            throw new StateConflictException("不能停用自己的帳號 (you cannot disable your own account)");
        }
        target.disable(clock.instant());
        LOG.info(() -> "account id " + userId + " disabled by account id " + caller.userId());
        return status(target);
    }

    @Transactional
    public AccountStatus enable(long userId) {
        Caller caller = callers.get();
        UserAccount target = administered(caller, userId);
        target.enable();
        LOG.info(() -> "account id " + userId + " enabled by account id " + caller.userId());
        return status(target);
    }

    @Transactional
    public AccountStatus status(long userId) {
        return status(administered(callers.get(), userId));
    }

    /** The staff accounts of a school, for its principal or a platform administrator. */
    @Transactional
    public List<AccountStatus> staffOf(long schoolId) {
        Caller caller = callers.get();
        if (!caller.has(Role.PLATFORM_ADMIN)
                && !(caller.has(Role.PRINCIPAL) && Objects.equals(caller.schoolId(), schoolId))) {
            throw new AccessDeniedException("僅平台管理者或該校校長可管理帳號 (platform administrators or the school's principal)");
        }
        return users.findBySchool(schoolId).stream().map(AccountLifecycle::status).toList();
    }

    private UserAccount administered(Caller caller, long userId) {
        boolean admin = caller.has(Role.PLATFORM_ADMIN);
        if (!admin && !caller.has(Role.PRINCIPAL)) {
            throw new AccessDeniedException("僅平台管理者或校長可管理帳號 (platform administrators or principals)");
        }
        UserAccount target = users.find(userId).orElseThrow(() -> new RecordNotFoundException("account", userId));
        boolean sameSchool = caller.school().isPresent()
                && target.getSchool().map(s -> s.getId().equals(caller.schoolId())).orElse(false);
        if (!admin && !sameSchool) {
            // Another school's account is answered as if it did not exist: no probing of ids.
            throw new RecordNotFoundException("account", userId);
        }
        return target;
    }

    private static AccountStatus status(UserAccount u) {
        return new AccountStatus(u.getId(), u.getUsername(), u.getDisplayName(),
                u.getSchool().map(s -> s.getId()).orElse(null), u.getRoles().stream().sorted().toList(), u.isEnabled(),
                u.getDisabledAt().orElse(null), u.getLastLoginAt().orElse(null),
                u.getPasswordChangedAt().orElse(null), u.getFailedLogins());
    }
}
