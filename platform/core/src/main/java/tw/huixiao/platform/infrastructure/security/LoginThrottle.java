package tw.huixiao.platform.infrastructure.security;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import tw.huixiao.platform.application.account.LoginAttempts;
import tw.huixiao.platform.infrastructure.persistence.Jdbc;
import tw.huixiao.platform.infrastructure.persistence.SchemaMigrator;
import tw.huixiao.platform.infrastructure.persistence.Sql;

/**
 * Slows password guessing without a lock anyone can trigger (OWASP ASVS 4.0.3 V2.2.1): wrong
 * passwords earn waits, never a locked account.
 * <ul>
 *   <li>per client and account: after {@value #FREE_PER_CLIENT_ACCOUNT} wrong passwords that
 *       client waits 1 s before its next try on that account, doubling to 15 min;</li>
 *   <li>per client: after {@value #FREE_PER_CLIENT} wrong passwords on any accounts (password
 *       spraying) the same, for every account;</li>
 *   <li>per account: after {@value #FREE_PER_ACCOUNT} wrong passwords from anywhere, clients
 *       that have not logged into it before wait 1 s, doubling to at most 60 s — an attacker
 *       with many addresses gets ~60 guesses an hour; the owner on a new device waits a
 *       minute at most, and on a device that logged in before not at all.</li>
 * </ul>
 * A throttled attempt is answered at once without checking the password, so it costs no
 * PBKDF2 either. Counts are forgotten after an hour without failures.
 * <p>Shared by every server (issue 22 §2): one counter row per key in {@code login_failure} (V68)
 * and the clients that logged into an account in {@code login_known_client}, so an attacker
 * spreading guesses over N servers gets no more than over one. Keys are SHA-256 digests of the
 * address and the lower-cased username (keeping them out of the table's plain text: a
 * pseudonym, not anonymity; rows live an hour); waits are judged by the database's clock (the servers'
 * clocks may drift); a check is one statement, a failure one upsert of its three counters, a success one
 * statement that in the usual case writes nothing. Rows
 * an hour without failures are deleted every ten minutes (known clients after 180 days unseen;
 * 20 per account at most), so the tables stay small whatever an attacker makes up.
 */
@ApplicationScoped
public class LoginThrottle implements LoginAttempts {

    private static final Logger LOG = Logger.getLogger(LoginThrottle.class.getName());

    static final int FREE_PER_CLIENT_ACCOUNT = 5;
    static final int FREE_PER_CLIENT = 50;
    static final int FREE_PER_ACCOUNT = 10;
    static final Duration LONGEST_CLIENT_WAIT = Duration.ofMinutes(15);
    static final Duration LONGEST_ACCOUNT_WAIT = Duration.ofSeconds(60);
    static final Duration FORGET_AFTER = Duration.ofHours(1);
    private static final int KNOWN_CLIENTS_PER_ACCOUNT = 20;
    /** Tables named with their schema: a pooled connection's search path is left as it is. */
    private static final String S = SchemaMigrator.SCHEMA + ".";

    @Resource(lookup = "jdbc/huixiao")
    DataSource dataSource;

    @Resource
    ManagedScheduledExecutorService scheduler;

    public LoginThrottle() {
    }

    /** Outside a container (tests): the application role's data source. */
    LoginThrottle(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void cleanEveryTenMinutes(@Observes @Initialized(ApplicationScoped.class) Object started) {
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                forgetOld();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, e, () -> "could not delete old login failures");
            }
        }, 1, 10, TimeUnit.MINUTES);
    }

    @Override
    public Optional<Duration> waitBefore(String client, String username) {
        String account = normalise(username);
        record Count(String scope, int failures, double secondsAgo, boolean known) {
        }
        List<Count> counts;
        try (Connection c = connection()) {
            counts = Sql.list(c, "SELECT q.scope, coalesce(f.failures, 0), coalesce(extract(epoch FROM now() - f.last_at), 0), "
                            + "EXISTS (SELECT 1 FROM " + S + "login_known_client k WHERE k.account_hash = ? AND k.client_hash = ?) "
                            + "FROM (VALUES ('P', ?::bytea), ('C', ?::bytea), ('A', ?::bytea)) AS q (scope, key_hash) "
                            + "LEFT JOIN " + S + "login_failure f ON f.scope = q.scope AND f.key_hash = q.key_hash",
                    rows -> new Count(rows.getString(1), rows.getInt(2), rows.getDouble(3), rows.getBoolean(4)),
                    hash(account), hash(client), hash(client + "\n" + account), hash(client), hash(account));
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
        Duration wait = Duration.ZERO;
        for (Count count : counts) {
            Duration d = switch (count.scope()) {
                case "P" -> remaining(count.failures(), count.secondsAgo(), FREE_PER_CLIENT_ACCOUNT, LONGEST_CLIENT_WAIT);
                case "C" -> remaining(count.failures(), count.secondsAgo(), FREE_PER_CLIENT, LONGEST_CLIENT_WAIT);
                default -> count.known() ? Duration.ZERO
                        : remaining(count.failures(), count.secondsAgo(), FREE_PER_ACCOUNT, LONGEST_ACCOUNT_WAIT);
            };
            wait = d.compareTo(wait) > 0 ? d : wait;
        }
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    @Override
    public void failed(String client, String username) {
        String account = normalise(username);
        try (Connection c = connection()) {
            // One statement, the three counters in a fixed order (no deadlock between two failures).
            Sql.update(c, "INSERT INTO " + S + "login_failure (scope, key_hash, failures, last_at) VALUES ('P', ?, 1, now()), "
                    + "('C', ?, 1, now()), ('A', ?, 1, now()) ON CONFLICT (scope, key_hash) DO UPDATE SET "
                    + "failures = CASE WHEN login_failure.last_at < now() - make_interval(secs => ?) THEN 1 "
                    + "ELSE login_failure.failures + 1 END, last_at = now()",
                    hash(client + "\n" + account), hash(client), hash(account), FORGET_AFTER.toSeconds());
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    /** The right password: this client's slate for the account is clean and it is known from now on. */
    @Override
    public void succeeded(String client, String username) {
        String account = normalise(username);
        byte[] accountHash = hash(account);
        try (Connection c = connection()) {
            // One statement, and in the usual case (a known client without failures) no write at
            // all: the known client's time is refreshed once a day.
            boolean newClient = Sql.one(c, "WITH cleared AS (DELETE FROM " + S + "login_failure WHERE scope = 'P' "
                            + "AND key_hash = ?), known AS (INSERT INTO " + S + "login_known_client AS k (account_hash, "
                            + "client_hash, last_at) VALUES (?, ?, now()) ON CONFLICT (account_hash, client_hash) DO UPDATE "
                            + "SET last_at = now() WHERE k.last_at < now() - interval '1 day' RETURNING (xmax = 0) AS added) "
                            + "SELECT coalesce((SELECT added FROM known), false)",
                    rows -> rows.getBoolean(1), hash(client + "\n" + account), accountHash, hash(client)).orElse(false);
            if (newClient) {
                Sql.update(c, "DELETE FROM " + S + "login_known_client WHERE account_hash = ? AND client_hash NOT IN "
                        + "(SELECT client_hash FROM " + S + "login_known_client WHERE account_hash = ? "
                        + "ORDER BY last_at DESC LIMIT ?)", accountHash, accountHash, KNOWN_CLIENTS_PER_ACCOUNT);
            }
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    /** Deletes what no longer counts: failures an hour old, clients unseen for 180 days. */
    int forgetOld() {
        try (Connection c = connection()) {
            return Sql.update(c, "DELETE FROM " + S + "login_failure WHERE last_at < now() - make_interval(secs => ?)",
                    FORGET_AFTER.toSeconds())
                    + Sql.update(c, "DELETE FROM " + S + "login_known_client WHERE last_at < now() - interval '180 days'");
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    /** 1 s after the free failures are spent, doubling with each further failure, capped; counted from the last. */
    static Duration remaining(int failures, double secondsSinceLast, int free, Duration longest) {
        if (failures < free || secondsSinceLast > FORGET_AFTER.toSeconds()) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - free, 20);
        Duration wait = Duration.ofSeconds(1L << doublings);
        if (wait.compareTo(longest) > 0) {
            wait = longest;
        }
        Duration left = wait.minusMillis(Math.round(secondsSinceLast * 1000));
        return left.isNegative() || left.isZero() ? Duration.ZERO : left;
    }

    private Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    static byte[] hash(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String normalise(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
