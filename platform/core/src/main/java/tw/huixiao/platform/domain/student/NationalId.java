package tw.huixiao.platform.domain.student;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A Taiwanese national ID (身分證統一編號) or resident certificate number (統一證號, new
 * format with 8/9 as the second character), checked with the official checksum.
 */
public final class NationalId {

    private static final Pattern FORMAT = Pattern.compile("[A-Z][1289][0-9]{8}");
    /** Area letter codes, A=10 … Z=33, in the official (non-alphabetical) order. */
    private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVXYWZIO";

    private NationalId() {
    }

    /** Upper-cases and trims; throws if the format or checksum is wrong (message names which). */
    public static String normalize(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new IllegalArgumentException("身分證統一編號必填 (national ID is required)");
        }
        String id = raw.trim().toUpperCase(Locale.ROOT);
        if (!FORMAT.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    "身分證統一編號格式錯誤：應為 1 個英文字母加 9 位數字 (national ID must be a letter and 9 digits)");
        }
        if (!checksumMatches(id)) {
            throw new IllegalArgumentException("身分證統一編號檢查碼錯誤 (national ID checksum does not match)");
        }
        return id;
    }

    static boolean checksumMatches(String id) {
        int area = LETTERS.indexOf(id.charAt(0)) + 10;
        int sum = area / 10 + (area % 10) * 9;
        for (int i = 1; i < 9; i++) {
            sum += (id.charAt(i) - '0') * (9 - i);
        }
        sum += id.charAt(9) - '0';
        return sum % 10 == 0;
    }

    /** Shown to roles that may not see the full number, e.g. {@code A1******89}. */
    public static String mask(String id) {
        if (id.length() < 10) {
            return id; // anonymised past its retention (issue 22 §7): nothing left to mask
        }
        return id.substring(0, 2) + "******" + id.substring(8);
    }

    /** Completes the first nine characters with the check digit (demo and test data). */
    public static String withCheckDigit(String firstNine) {
        for (char d = '0'; d <= '9'; d++) {
            String candidate = firstNine + d;
            if (checksumMatches(candidate)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("no check digit for " + firstNine);
    }
}
