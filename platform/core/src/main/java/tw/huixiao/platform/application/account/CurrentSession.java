package tw.huixiao.platform.application.account;

import java.time.Instant;

/**
 * The browser session the current request belongs to, as far as credentials go: a password
 * change ends every session of the account that was opened under the old password (ASVS 3.3.3),
 * except the one the change was made in.
 */
public interface CurrentSession {

    /** This request's session (if it has one) stays open under the password set at {@code passwordChangedAt}. */
    void keepAfterPasswordChange(Instant passwordChangedAt);
}
