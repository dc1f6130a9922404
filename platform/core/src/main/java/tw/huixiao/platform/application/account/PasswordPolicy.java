package tw.huixiao.platform.application.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password must be (OWASP ASVS 4.0.3 V2.1): at least {@value #MIN_LENGTH} characters
 * (2.1.1), up to {@value #MAX_LENGTH} (2.1.2), any characters including spaces and emoji, no
 * composition rules (2.1.9), and not one of the 30,000 most common leaked passwords shipped with
 * the app (2.1.7), nor one of them padded with digits and symbols or repeated, nor containing
 * the username. Shared by every place a password is set: the user's own change, onboarding and
 * reset links.
 */
@ApplicationScoped
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** ASVS 2.1.2 asks that at least 64 be allowed; PBKDF2 hashes any length in the same time. */
    public static final int MAX_LENGTH = 128;
    static final String COMMON_PASSWORDS = "/security/common-passwords.txt";

    private final Set<String> common;

    public PasswordPolicy() {
        this.common = load();
    }

    /** Why the password may not be used, in zh-TW with English after it; empty when it may. */
    public Optional<String> refusal(String username, String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of("請輸入新密碼 (enter a new password)");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("密碼至少 " + MIN_LENGTH + " 個字元 (at least " + MIN_LENGTH + " characters)");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("密碼最多 " + MAX_LENGTH + " 個字元 (at most " + MAX_LENGTH + " characters)");
        }
        if (password.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return Optional.of("密碼不可含控制字元 (no control characters)");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (isCommon(lower)) {
            return Optional.of("這個密碼太常見，已出現在外洩密碼清單中，請換一個 (a commonly used, leaked password)");
        }
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("密碼不可包含帳號名稱 (must not contain the username)");
        }
        if (lower.codePoints().distinct().count() < 4) {
            return Optional.of("密碼重複的字元太多 (too few different characters)");
        }
        return Optional.empty();
    }

    /** The list's own entries, and them with digits/symbols around them or said twice. */
    private boolean isCommon(String lower) {
        if (common.contains(lower)) {
            return true;
        }
        String core = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        if (core.length() >= 4 && common.contains(core)) {
            return true;
        }
        for (String piece : repeatedUnits(lower)) {
            if (common.contains(piece) || piece.codePoints().distinct().count() == 1) {
                return true;
            }
        }
        return false;
    }

    /** "abcabcabcabc" → ["abc"]: the units a string repeats whole. */
    private static List<String> repeatedUnits(String s) {
        List<String> units = new ArrayList<>();
        for (int unit = 1; unit <= s.length() / 2; unit++) {
            if (s.length() % unit == 0 && s.substring(0, unit).repeat(s.length() / unit).equals(s)) {
                units.add(s.substring(0, unit));
            }
        }
        return units;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>(40_000);
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + COMMON_PASSWORDS);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    words.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
