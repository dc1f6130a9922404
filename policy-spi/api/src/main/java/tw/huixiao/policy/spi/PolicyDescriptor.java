package tw.huixiao.policy.spi;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * A module jar's descriptor, {@code META-INF/huixiao-policy.properties}, read strictly:
 * <pre>
 * id=taoyuan
 * version=1.0.0
 * spi=[1.0,2.0)
 * # optional: wins over another jar with the same id and version
 * precedence=10
 * </pre>
 * Missing or unknown keys are errors, so that a typo never passes silently.
 */
public record PolicyDescriptor(String id, ModuleVersion version, VersionRange spi, int precedence) {

    public static final String LOCATION = "META-INF/huixiao-policy.properties";
    private static final Set<String> KEYS = Set.of("id", "version", "spi", "precedence");

    public PolicyDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(spi, "spi");
    }

    /** Reads and checks a descriptor; the exception message names every problem. */
    public static PolicyDescriptor read(InputStream in) throws IOException {
        Properties p = new Properties();
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<String> problems = new ArrayList<>();
        Set<String> unknown = new TreeSet<>(p.stringPropertyNames());
        unknown.removeAll(KEYS);
        if (!unknown.isEmpty()) {
            problems.add("unknown keys " + unknown + " (allowed: id, version, spi, precedence)");
        }
        for (String required : List.of("id", "version", "spi")) {
            if (p.getProperty(required, "").isBlank()) {
                problems.add("missing key '" + required + "'");
            }
        }
        ModuleVersion version = null;
        VersionRange spi = null;
        int precedence = 0;
        try {
            version = p.getProperty("version", "").isBlank() ? null : ModuleVersion.parse(p.getProperty("version"));
        } catch (IllegalArgumentException e) {
            problems.add("version: " + e.getMessage());
        }
        try {
            spi = p.getProperty("spi", "").isBlank() ? null : VersionRange.parse(p.getProperty("spi"));
        } catch (IllegalArgumentException e) {
            problems.add("spi: " + e.getMessage());
        }
        try {
            precedence = Integer.parseInt(p.getProperty("precedence", "0").trim());
        } catch (NumberFormatException e) {
            problems.add("precedence must be a whole number");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(LOCATION + ": " + String.join("; ", problems));
        }
        return new PolicyDescriptor(p.getProperty("id").trim(), version, spi, precedence);
    }
}
