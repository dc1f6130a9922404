package tw.huixiao.platform.application.account;

import java.time.Duration;
import java.util.Optional;

/** Guessing control shared by every place that checks a password (login, the current password on a change). */
public interface LoginAttempts {

    /** How long this client must still wait before trying this account's password; empty when it may now. */
    Optional<Duration> waitBefore(String client, String username);

    void failed(String client, String username);

    void succeeded(String client, String username);
}
