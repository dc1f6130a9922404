package tw.huixiao.platform.application.account;

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
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tw.huixiao.platform.application.Caller;
import tw.huixiao.platform.application.CallerProvider;
import tw.huixiao.platform.application.InvalidInputException;
import tw.huixiao.platform.application.InvalidInputException.FieldError;
import tw.huixiao.platform.application.RecordNotFoundException;
import tw.huixiao.platform.domain.identity.ApiScope;
import tw.huixiao.platform.domain.identity.ApiToken;
import tw.huixiao.platform.domain.identity.ApiTokenRepository;
import tw.huixiao.platform.domain.identity.Role;
import tw.huixiao.platform.domain.identity.UserAccount;
import tw.huixiao.platform.domain.identity.UserAccountRepository;

/**
 * API tokens for school systems and scripts (OWASP ASVS 4.0.3 V3.5, V2.10): a staff member
 * issues one for their own account, names it, picks its scopes and lifetime, sees it once, and
 * revokes it when the system is retired. A token carries 256 random bits and its school's id
 * ({@code hx1_<school>_<secret>}); only its SHA-256 is stored, so checking one costs a hash
 * and an indexed read, not a PBKDF2 run. A call made with a token is its owner's call: same
 * roles, same school, refused once the account is disabled or has moved school.
 */
@ApplicationScoped
public class ApiTokens {

    public static final int MAX_ACTIVE_PER_USER = 10;
    public static final int DEFAULT_DAYS = 90;
    public static final int MAX_DAYS = 365;
    private static final Pattern FORMAT = Pattern.compile("hx1_([1-9][0-9]{0,17})_([A-Za-z0-9_-]{43})");
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Last use is stamped at most this often: a read stays a read. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    @Inject
    CallerProvider callers;

    @Inject
    ApiTokenRepository tokens;

    @Inject
    UserAccountRepository users;

    @Inject
    Clock clock;

    public record TokenInput(String name, List<String> scopes, Integer days) {
    }

    public record TokenView(long id, String name, List<String> scopes, Instant createdAt, Instant expiresAt,
                            Instant revokedAt, Instant lastUsedAt, boolean active) {
    }

    /** The new token in full — shown this once, never again. */
    public record IssuedToken(String token, TokenView details) {
    }

    /** Who a valid token speaks for. */
    public record TokenHolder(long tokenId, String username, Set<Role> roles, Set<ApiScope> scopes) {
    }

    @Transactional
    public IssuedToken issue(TokenInput in) {
        Caller caller = callers.get();
        long school = caller.requireSchool();
        List<FieldError> errors = new ArrayList<>();
        String name = in == null || in.name() == null ? "" : in.name().strip();
        if (name.isEmpty() || name.length() > 80 || name.chars().anyMatch(c -> c < 0x20)) {
            errors.add(new FieldError("name", "請為權杖取個名稱，最多 80 字 (a name of 1–80 characters)"));
        }
        Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
        List<String> requested = in == null || in.scopes() == null ? List.of() : in.scopes();
        for (String code : requested) {
            ApiScope.ofCode(code).ifPresentOrElse(scopes::add, () -> errors.add(new FieldError("scopes",
                    "不明的權限範圍 (unknown scope): " + abbreviate(code))));
        }
        if (requested.isEmpty()) {
            errors.add(new FieldError("scopes", "至少選一項權限範圍 (choose at least one scope)"));
        }
        int days = in == null || in.days() == null ? DEFAULT_DAYS : in.days();
        if (days < 1 || days > MAX_DAYS) {
            errors.add(new FieldError("days", "有效期間為 1 至 " + MAX_DAYS + " 天 (1 to " + MAX_DAYS + " days)"));
        }
        Instant now = clock.instant();
        if (tokens.findByUser(school, caller.userId()).stream().filter(t -> t.isActiveAt(now)).count()
                >= MAX_ACTIVE_PER_USER) {
            errors.add(new FieldError("name", "有效權杖已達 " + MAX_ACTIVE_PER_USER + " 個，請先撤銷不用的 (at most "
                    + MAX_ACTIVE_PER_USER + " active tokens; revoke one first)"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = "hx1_" + school + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiToken stored = tokens.add(school, caller.userId(), name, sha256(token), scopes, now,
                now.plus(Duration.ofDays(days)));
        return new IssuedToken(token, view(stored, now));
    }

    @Transactional
    public List<TokenView> mine() {
        Caller caller = callers.get();
        if (caller.school().isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        return tokens.findByUser(caller.schoolId(), caller.userId()).stream().map(t -> view(t, now)).toList();
    }

    @Transactional
    public void revoke(long tokenId) {
        Caller caller = callers.get();
        if (!tokens.revoke(caller.requireSchool(), caller.userId(), tokenId, clock.instant())) {
            throw new RecordNotFoundException("api token", tokenId);
        }
    }

    /** The holder of a valid token; empty for anything else, without saying why (ASVS 3.5.2). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<TokenHolder> authenticate(String token) {
        Matcher m = token == null ? null : FORMAT.matcher(token);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        long school = Long.parseLong(m.group(1));
        Instant now = clock.instant();
        Optional<ApiToken> found = tokens.findByHash(school, sha256(token)).filter(t -> t.isActiveAt(now));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ApiToken t = found.get();
        Optional<UserAccount> owner = users.find(t.userId()).filter(UserAccount::isEnabled)
                .filter(u -> u.getSchool().map(s -> s.getId() == school).orElse(false));
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        if (t.lastUsedAt() == null || t.lastUsedAt().isBefore(now.minus(TOUCH_EVERY))) {
            tokens.touch(school, t.id(), now);
        }
        return Optional.of(new TokenHolder(t.id(), owner.get().getUsername(), owner.get().getRoles(), t.scopes()));
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TokenView view(ApiToken t, Instant now) {
        return new TokenView(t.id(), t.name(), t.scopes().stream().sorted().map(ApiScope::code).toList(), t.createdAt(),
                t.expiresAt(), t.revokedAt(), t.lastUsedAt(), t.isActiveAt(now));
    }

    private static String abbreviate(String s) {
        return s == null ? "null" : s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
