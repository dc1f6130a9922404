package tw.huixiao.policy.spi;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Maven-style version range such as {@code [1.0,2.0)}: inclusive '[' ']', exclusive '(' ')'. */
public record VersionRange(ModuleVersion lower, boolean lowerInclusive, ModuleVersion upper, boolean upperInclusive) {

    private static final Pattern FORMAT = Pattern.compile("([\\[(])\\s*([^,]*)\\s*,\\s*([^\\])]*)\\s*([\\])])");

    public VersionRange {
        Objects.requireNonNull(lower, "lower bound");
    }

    public static VersionRange parse(String text) {
        Matcher m = FORMAT.matcher(text.trim());
        if (!m.matches() || m.group(2).isBlank()) {
            throw new IllegalArgumentException("expected a range like [1.0,2.0): " + text);
        }
        ModuleVersion upper = m.group(3).isBlank() ? null : ModuleVersion.parse(m.group(3));
        return new VersionRange(ModuleVersion.parse(m.group(2)), "[".equals(m.group(1)), upper, "]".equals(m.group(4)));
    }

    public boolean contains(ModuleVersion v) {
        int low = v.compareTo(lower);
        if (low < 0 || (low == 0 && !lowerInclusive)) {
            return false;
        }
        if (upper == null) {
            return true;
        }
        int high = v.compareTo(upper);
        return high < 0 || (high == 0 && upperInclusive);
    }

    @Override
    public String toString() {
        return (lowerInclusive ? "[" : "(") + lower + "," + (upper == null ? "" : upper) + (upperInclusive ? "]" : ")");
    }
}
