package tw.huixiao.policy.spi;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A module or SPI version, {@code MAJOR.MINOR[.PATCH]}, compared numerically. */
public record ModuleVersion(int major, int minor, int patch) implements Comparable<ModuleVersion> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{1,4})\\.(\\d{1,4})(?:\\.(\\d{1,4}))?");

    public ModuleVersion {
        if (major < 0 || minor < 0 || patch < 0) {
            throw new IllegalArgumentException("version parts must not be negative");
        }
    }

    public static ModuleVersion parse(String text) {
        Objects.requireNonNull(text, "version");
        Matcher m = FORMAT.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("version must look like 1.2 or 1.2.3: " + text);
        }
        return new ModuleVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
    }

    @Override
    public int compareTo(ModuleVersion o) {
        int c = Integer.compare(major, o.major);
        if (c == 0) {
            c = Integer.compare(minor, o.minor);
        }
        return c == 0 ? Integer.compare(patch, o.patch) : c;
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }
}
