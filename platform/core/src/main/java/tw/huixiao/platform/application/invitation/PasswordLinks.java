package tw.huixiao.platform.application.invitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tw.huixiao.platform.application.CallerProvider;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.account.PasswordPolicy;
import tw.huixiao.platform.application.InvalidInputException.FieldError;
import tw.huixiao.platform.application.RecordNotFoundException;
import tw.huixiao.platform.application.StateConflictException;
import tw.huixiao.platform.application.documents.RocDate;
import tw.huixiao.platform.application.invitation.PasswordLinkStore.Purpose;
import tw.huixiao.platform.application.invitation.PasswordLinkStore.StoredLink;
import tw.huixiao.platform.application.mail.Html;
import tw.huixiao.platform.application.mail.MailMessage;
import tw.huixiao.platform.application.mail.MailOutbox;
import tw.huixiao.platform.application.mail.MailSettings;
import tw.huixiao.platform.domain.identity.UserAccount;
import tw.huixiao.platform.domain.identity.UserAccountRepository;
import tw.huixiao.platform.application.tenancy.Tenancy;
import tw.huixiao.platform.domain.identity.PasswordHasher;

/**
 * One-time links by e-mail to set a password: an invitation for an account created without one,
 * a reset link an administrator sends (the administrator never learns or sets the password).
 * A link is 256 random bits; only its SHA-256 is stored (a copy of the table opens no account);
 * it works once, until it expires, and a newer link for the same account revokes it.
 */
@ApplicationScoped
@Transactional
public class PasswordLinks {

    private static final Logger LOG = Logger.getLogger(PasswordLinks.class.getName());
    public static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;
    /** Where a link opens: the zh-TW page that sets the password (SetPasswordView). */
    public static final String PAGE = "password/";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    CallerProvider callers;

    @Inject
    UserAccountRepository accounts;

    @Inject
    PasswordLinkStore links;

    @Inject
    PasswordHasher passwords;

    @Inject
    PasswordPolicy policy;

    @Inject
    MailOutbox outbox;

    @Inject
    MailSettings settings;

    @Inject
    Tenancy entityManagers;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "huixiao.invitation.valid-days", defaultValue = "7")
    int invitationDays;

    @Inject
    @ConfigProperty(name = "huixiao.password-reset.valid-hours", defaultValue = "24")
    int resetHours;

    /** What an administrator's request did: the link went to this address (never the link itself). */
    public record LinkSent(long userId, String username, String email, Purpose purpose, Instant expiresAt,
                           boolean mailEnabled) {
    }

    /** A valid link as the set-password page shows it. */
    public record LinkView(String username, String displayName, Purpose purpose, Instant expiresAt) {
    }

    /** Why a link no longer works; the page and the API say it in words. */
    public enum Refusal { UNKNOWN, USED, EXPIRED }

    public static class LinkRefusedException extends RuntimeException {
        private final Refusal refusal;

        public LinkRefusedException(Refusal refusal) {
            super(switch (refusal) {
                case UNKNOWN -> "這個連結無效，請確認信中的連結是否完整 (this link is not valid)";
                case USED -> "這個連結已經使用過或已被新的連結取代，請向學校管理者索取新的連結 (this link was already used or replaced)";
                case EXPIRED -> "這個連結已過期，請向學校管理者索取新的連結 (this link has expired)";
            });
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    /** An invitation for an account just created without a password (the import); sent once the transaction commits. */
    public LinkSent invite(UserAccount account, Long byUserId) {
        return issue(account, Purpose.INVITATION, byUserId);
    }

    /** An administrator sends a new invitation (the old link stops working). */
    public LinkSent resendInvitation(long userId) {
        UserAccount account = administered(userId);
        if (account.hasPassword()) {
            throw new StateConflictException("此帳號已設定密碼，請改寄送重設密碼連結 (the account has a password; send a reset link)");
        }
        return issue(account, Purpose.INVITATION, callers.get().userId());
    }

    /** An administrator's "reset": a link for the person to choose a new password; the old one keeps working until then. */
    public LinkSent sendReset(long userId) {
        UserAccount account = administered(userId);
        return issue(account, account.hasPassword() ? Purpose.RESET : Purpose.INVITATION, callers.get().userId());
    }

    /** The link's account, or why it does not work. Anyone holding the link may ask (no login). */
    public LinkView inspect(String token) {
        StoredLink link = links.findByHash(hash(token)).orElseThrow(() -> new LinkRefusedException(Refusal.UNKNOWN));
        check(link);
        UserAccount account = account(link.userId());
        return new LinkView(account.getUsername(), account.getDisplayName(), link.purpose(), link.expiresAt());
    }

    /** Sets the password and spends the link; the person then logs in with their username and it. */
    public LinkView setPassword(String token, String password) {
        StoredLink link = links.lockByHash(hash(token)).orElseThrow(() -> new LinkRefusedException(Refusal.UNKNOWN));
        check(link);
        UserAccount account = account(link.userId());
        List<FieldError> problems = passwordProblems(account.getUsername(), password);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        links.setPassword(account.getId(), passwords.hash(password.toCharArray()));
        links.markUsed(link.id(), clock.instant());
        LOG.info(() -> "password set through a " + link.purpose() + " link for account id " + account.getId());
        return new LinkView(account.getUsername(), account.getDisplayName(), link.purpose(), link.expiresAt());
    }

    /** The rules a new password must meet: the same policy as changing one's own (ASVS V2.1). */
    List<FieldError> passwordProblems(String username, String password) {
        return policy.refusal(username, password).map(m -> List.of(new FieldError("password", m))).orElse(List.of());
    }

    private void check(StoredLink link) {
        if (link.usedAt() != null || link.revokedAt() != null) {
            throw new LinkRefusedException(Refusal.USED);
        }
        if (!link.expiresAt().isAfter(clock.instant())) {
            throw new LinkRefusedException(Refusal.EXPIRED);
        }
        UserAccount account = account(link.userId());
        if (!account.isEnabled()) {
            throw new LinkRefusedException(Refusal.USED);
        }
    }

    private UserAccount administered(long userId) {
        UserAccount account = account(userId);
        StaffAdministration.require(callers.get(), account.getSchool().map(s -> s.getId()).orElse(null));
        if (account.getEmail().isEmpty()) {
            throw InvalidInputException.of("email", "此帳號沒有電子郵件地址 (the account has no e-mail address)");
        }
        return account;
    }

    private UserAccount account(long userId) {
        UserAccount account = entityManagers.platform().find(UserAccount.class, userId);
        if (account == null) {
            throw new RecordNotFoundException("account", userId);
        }
        return account;
    }

    private LinkSent issue(UserAccount account, Purpose purpose, Long byUserId) {
        String email = account.getEmail().orElseThrow(() -> InvalidInputException.of("email",
                "此帳號沒有電子郵件地址 (the account has no e-mail address)"));
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        Instant expires = purpose == Purpose.INVITATION ? now.plus(Duration.ofDays(invitationDays))
                : now.plus(Duration.ofHours(resetHours));
        links.replace(account.getId(), purpose, hash(token), now, byUserId, expires);
        outbox.sendAfterCommit(mail(account, email, purpose, settings.link(PAGE + token), expires));
        return new LinkSent(account.getId(), account.getUsername(), email, purpose, expires, outbox.enabled());
    }

    private static MailMessage mail(UserAccount account, String email, Purpose purpose, String link, Instant expires) {
        String school = account.getSchool().map(s -> s.getName()).orElse("回校 Huixiao");
        boolean invitation = purpose == Purpose.INVITATION;
        String subject = invitation ? "【回校】" + school + " 邀請您設定密碼" : "【回校】重設您的密碼";
        String intro = invitation
                ? school + " 已為您在「回校」學生輔導追蹤服務開立帳號。"
                : "學校管理者為您的「回校」帳號寄送了重設密碼連結。";
        String until = RocDate.of(expires);
        String text = account.getDisplayName() + " 您好：\n\n" + intro + "\n\n帳號：" + account.getUsername()
                + "\n\n請於 " + until + " 前開啟下列連結設定密碼（至少 " + MIN_PASSWORD_LENGTH + " 個字元），之後即可登入：\n"
                + link + "\n\n這個連結只能使用一次。若您沒有要求，請忽略本信，您的密碼不會改變。\n\n回校 Huixiao\n";
        String html = "<!DOCTYPE html><html lang=\"zh-TW\"><head><meta charset=\"utf-8\"><title>" + Html.escape(subject)
                + "</title></head><body style=\"font-family:sans-serif;line-height:1.6;max-width:40em\">"
                + "<p>" + Html.escape(account.getDisplayName()) + " 您好：</p><p>" + Html.escape(intro) + "</p>"
                + "<p>帳號：<strong>" + Html.escape(account.getUsername()) + "</strong></p>"
                + "<p>請於 " + Html.escape(until) + " 前設定密碼（至少 " + MIN_PASSWORD_LENGTH + " 個字元），之後即可登入：</p>"
                + "<p><a href=\"" + Html.escape(link) + "\" style=\"display:inline-block;padding:.6em 1.2em;"
                + "background:#1676f3;color:#fff;border-radius:6px;text-decoration:none\">"
                + (invitation ? "設定密碼" : "重設密碼") + "</a></p><p style=\"color:#666;font-size:90%\">"
                + "若按鈕無法使用，請複製此連結到瀏覽器：<br>" + Html.escape(link) + "</p>"
                + "<p style=\"color:#666;font-size:90%\">這個連結只能使用一次。若您沒有要求，請忽略本信，您的密碼不會改變。</p>"
                + "<p>回校 Huixiao</p></body></html>";
        return new MailMessage(email, subject, text, html);
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest((token == null ? "" : token).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
