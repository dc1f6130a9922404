package tw.huixiao.policy.tck;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.jar.JarFile;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.PolicyContext;
import tw.huixiao.policy.spi.PolicyDescriptor;
import tw.huixiao.policy.spi.SchoolLevel;
import tw.huixiao.policy.spi.SchoolProfile;
import tw.huixiao.policy.spi.loading.ModuleClassLoader;

/**
 * The module's packaged jar, loaded as the host loads a jar from its policy directory: in the
 * host's own {@link ModuleClassLoader}, which shares only the SPI. Every capability is called
 * once, so a class the jar lacks (the national rules not shaded in, a library not bundled) fails
 * here with its name — not at deploy with "could not be instantiated".
 *
 * <p>The kit finds the jar through the system property {@value #JAR_PROPERTY} (the build sets it
 * to {@code target/<finalName>.jar} and runs the kit after packaging); jars that ship beside the
 * module in the same application bundle (the repository's county modules beside {@code national}
 * in the WAR) are listed in {@value #BUNDLED_PROPERTY}, separated by the path separator. A jar
 * for the policy directory lists none.
 */
public final class PackagedJar {

    public static final String JAR_PROPERTY = "huixiao.kit.jar";
    public static final String BUNDLED_PROPERTY = "huixiao.kit.bundled";

    private PackagedJar() {
    }

    /** The jar the build packaged, as the build names it; fails the kit when there is none. */
    public static Path fromBuild() {
        String configured = System.getProperty(JAR_PROPERTY);
        if (configured == null || configured.isBlank()) {
            throw new AssertionError("the kit tests the packaged jar: run it after `package` with -D" + JAR_PROPERTY
                    + "=target/<finalName>.jar (the template's pom.xml shows how)");
        }
        Path jar = Path.of(configured);
        if (!Files.isRegularFile(jar)) {
            throw new AssertionError("no packaged jar at " + jar.toAbsolutePath()
                    + ": the kit runs after `package` (mvn verify or mvn package)");
        }
        return jar;
    }

    /** The jars that ship beside the module in the build's bundle (none for a policy-directory jar). */
    public static List<Path> bundledFromBuild() {
        String configured = System.getProperty(BUNDLED_PROPERTY, "");
        List<Path> bundled = new ArrayList<>();
        for (String part : configured.split(File.pathSeparator)) {
            if (part.isBlank()) {
                continue;
            }
            Path jar = Path.of(part.strip());
            if (!Files.isRegularFile(jar)) {
                throw new AssertionError(BUNDLED_PROPERTY + " names " + jar.toAbsolutePath() + ", which does not exist: "
                        + "build it first");
            }
            bundled.add(jar);
        }
        return bundled;
    }

    /**
     * Loads the jar in a host module class loader (with the bundled jars), checks that it declares
     * exactly one entry, of class {@code entryClassName}, and calls every capability and the
     * self-check. Returns the problems found (empty: the host will load it).
     */
    public static List<String> problems(Path jar, List<Path> bundled, String entryClassName) {
        List<String> problems = new ArrayList<>();
        String id;
        try (JarFile file = new JarFile(jar.toFile())) {
            var entry = file.getJarEntry(PolicyDescriptor.LOCATION);
            if (entry == null) {
                return List.of(jar.getFileName() + ": no " + PolicyDescriptor.LOCATION + " in the jar");
            }
            try (InputStream in = file.getInputStream(entry)) {
                id = PolicyDescriptor.read(in).id();
            }
        } catch (IOException | RuntimeException e) {
            return List.of(jar.getFileName() + ": " + describe(e));
        }
        URL[] beside;
        try {
            beside = new URL[bundled.size()];
            for (int i = 0; i < bundled.size(); i++) {
                beside[i] = bundled.get(i).toUri().toURL();
            }
            try (ModuleClassLoader loader = ModuleClassLoader.of(id, jar.toUri().toURL(), beside)) {
                List<CountyPolicy> entries = new ArrayList<>();
                ServiceLoader.load(CountyPolicy.class, loader).stream()
                        .filter(p -> p.type().getClassLoader() == loader)
                        .forEach(p -> entries.add(p.get()));
                if (entries.size() != 1) {
                    return List.of(jar.getFileName() + ": the host finds " + entries.size()
                            + " CountyPolicy entries in META-INF/services, expected exactly 1");
                }
                CountyPolicy policy = entries.get(0);
                if (!policy.getClass().getName().equals(entryClassName)) {
                    problems.add(jar.getFileName() + ": the entry is " + policy.getClass().getName() + ", not " + entryClassName);
                }
                exercise(policy);
                PolicyContext context = PolicyContext.of(Clock.fixed(Instant.parse("2026-03-02T00:00:00Z"),
                        ZoneId.of("Asia/Taipei")), Locale.TAIWAN, new SchoolProfile("000000",
                        policy.identity().counties().iterator().next(), "", SchoolLevel.JUNIOR_HIGH, false));
                policy.selfCheck(context).forEach(m -> problems.add(jar.getFileName() + ": self-check: " + m));
            }
        } catch (ServiceConfigurationError | LinkageError | IOException | RuntimeException e) {
            problems.add(jar.getFileName() + " cannot be loaded as the host loads it (only the SPI and "
                    + (bundled.isEmpty() ? "the jar" : "the jar and " + Arrays.toString(bundled.stream()
                    .map(p -> p.getFileName().toString()).toArray())) + " visible): " + describe(rootCause(e))
                    + " — a module that reuses the national rules or a library must carry them in its jar (shade them, "
                    + "see the template's README)");
        }
        return problems;
    }

    /** Calls every capability so that every class they need is loaded. */
    private static void exercise(CountyPolicy p) {
        p.identity();
        p.encodedRules();
        p.categories();
        p.timeline();
        p.forms();
        p.formPrefills();
        p.choicePrefills();
        p.documentKinds();
        p.documents();
        p.funding();
        p.placement();
        p.agencies();
        p.bureauFilings();
        p.closure();
        p.forbiddenTransitions();
        p.smallNumbers();
        p.screening();
        p.planCap();
        p.planFiling();
        p.planRequirements();
        p.placement().ifPresent(r -> r.supplementarySchoolRule());
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static String describe(Throwable e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
