package tw.huixiao.policy.spi;

import java.util.Objects;
import java.util.regex.Pattern;

/** A rule id of policy-reference.md, e.g. {@code TY-D4-REPORT}, {@code TN-F-CAP}. */
public record RuleId(String value) implements Comparable<RuleId> {

    private static final Pattern FORMAT = Pattern.compile("[A-Z]{2,3}(-[A-Z0-9]+)+");

    public RuleId {
        Objects.requireNonNull(value, "rule id");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("rule id must look like TY-D4-REPORT: " + value);
        }
    }

    public static RuleId of(String value) {
        return new RuleId(value);
    }

    /** The county or national prefix, e.g. {@code TY}, {@code TW}. */
    public String prefix() {
        return value.substring(0, value.indexOf('-'));
    }

    @Override
    public int compareTo(RuleId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
