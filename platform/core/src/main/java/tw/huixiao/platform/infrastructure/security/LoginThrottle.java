package tw.huixiao.platform.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tw.huixiao.platform.application.account.LoginAttempts;

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
 * PBKDF2 either. Counts are forgotten after an hour without failures. Kept in memory: one
 * server; a restart forgets them. Waits run on the wall clock, not the adjustable business clock.
 */
@ApplicationScoped
public class LoginThrottle implements LoginAttempts {

    static final int FREE_PER_CLIENT_ACCOUNT = 5;
    static final int FREE_PER_CLIENT = 50;
    static final int FREE_PER_ACCOUNT = 10;
    static final Duration LONGEST_CLIENT_WAIT = Duration.ofMinutes(15);
    static final Duration LONGEST_ACCOUNT_WAIT = Duration.ofSeconds(60);
    private static final Duration FORGET_AFTER = Duration.ofHours(1);
    private static final int KNOWN_CLIENTS_PER_ACCOUNT = 20;
    private static final int MAX_ENTRIES = 200_000;

    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> byClientAndAccount = new ConcurrentHashMap<>();
    private final Map<String, Failures> byClient = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAccount = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> knownClients = new ConcurrentHashMap<>();

    @Override
    public Optional<Duration> waitBefore(String client, String username) {
        return waitBefore(client, username, Instant.now());
    }

    @Override
    public void failed(String client, String username) {
        failed(client, username, Instant.now());
    }

    Optional<Duration> waitBefore(String client, String username, Instant now) {
        String account = normalise(username);
        Duration wait = remaining(byClientAndAccount.get(client + "\n" + account), FREE_PER_CLIENT_ACCOUNT,
                LONGEST_CLIENT_WAIT, now);
        wait = longer(wait, remaining(byClient.get(client), FREE_PER_CLIENT, LONGEST_CLIENT_WAIT, now));
        if (!isKnown(account, client)) {
            wait = longer(wait, remaining(byAccount.get(account), FREE_PER_ACCOUNT, LONGEST_ACCOUNT_WAIT, now));
        }
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    void failed(String client, String username, Instant now) {
        String account = normalise(username);
        forgetOldIfFull(now);
        count(byClientAndAccount, client + "\n" + account, now);
        count(byClient, client, now);
        count(byAccount, account, now);
    }

    /** The right password: this client's slate for the account is clean and it is known from now on. */
    @Override
    public void succeeded(String client, String username) {
        String account = normalise(username);
        byClientAndAccount.remove(client + "\n" + account);
        knownClients.compute(account, (k, clients) -> {
            Set<String> updated = clients == null ? new LinkedHashSet<>() : new LinkedHashSet<>(clients);
            updated.remove(client);
            updated.add(client);
            Iterator<String> oldest = updated.iterator();
            while (updated.size() > KNOWN_CLIENTS_PER_ACCOUNT) {
                oldest.next();
                oldest.remove();
            }
            return Set.copyOf(updated);
        });
    }

    private boolean isKnown(String account, String client) {
        Set<String> clients = knownClients.get(account);
        return clients != null && clients.contains(client);
    }

    private static void count(Map<String, Failures> map, String key, Instant now) {
        map.compute(key, (k, f) -> f == null || f.last().plus(FORGET_AFTER).isBefore(now)
                ? new Failures(1, now) : new Failures(f.count() + 1, now));
    }

    /** 1 s after the free failures are spent, doubling with each further failure, capped. */
    static Duration remaining(Failures f, int free, Duration longest, Instant now) {
        if (f == null || f.count() < free || f.last().plus(FORGET_AFTER).isBefore(now)) {
            return Duration.ZERO;
        }
        int doublings = Math.min(f.count() - free, 20);
        Duration wait = Duration.ofSeconds(1L << doublings);
        if (wait.compareTo(longest) > 0) {
            wait = longest;
        }
        Duration left = Duration.between(now, f.last().plus(wait));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String normalise(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    /** Bounds the memory an attacker can make us spend on made-up usernames and addresses. */
    private void forgetOldIfFull(Instant now) {
        for (Map<String, Failures> map : java.util.List.of(byClientAndAccount, byClient, byAccount)) {
            if (map.size() > MAX_ENTRIES) {
                map.values().removeIf(f -> f.last().plus(FORGET_AFTER).isBefore(now));
            }
        }
    }
}
