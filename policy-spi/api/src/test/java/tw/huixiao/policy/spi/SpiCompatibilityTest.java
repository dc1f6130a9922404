package tw.huixiao.policy.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Backward compatibility of the SPI: every public signature recorded in
 * {@code spi-signatures.txt} (the last released SPI's, plus the additions of this one) must still
 * exist, unless {@code spi-allowances.txt} records why it may go (a breaking change needs a new SPI
 * major version). Methods of interfaces carry {@code abstract}, {@code default} or
 * {@code static}: turning a default into an abstract method is a removal, and a new abstract
 * method on an interface that modules implement (not sealed, already released) breaks every
 * module built before it, so it fails here too. Other additions are fine; record them by
 * regenerating the snapshot (the failure message prints the current list).
 */
class SpiCompatibilityTest {

    private static final Path CLASSES = Path.of("target/classes");
    private static final Path SNAPSHOT = Path.of("src/test/resources/spi-signatures.txt");
    private static final Path ALLOWANCES = Path.of("src/test/resources/spi-allowances.txt");

    @Test
    void noRecordedSignatureWasRemovedOrChanged() throws Exception {
        Set<String> current = currentSignatures();
        if (Boolean.getBoolean("spi.signatures.regenerate")) {
            // mvn -o verify -pl policy-spi/api -Dspi.signatures.regenerate=true: keeps the header comments.
            List<String> header = Files.readAllLines(SNAPSHOT).stream().filter(l -> l.startsWith("#")).toList();
            Files.write(SNAPSHOT, Stream.concat(header.stream(), current.stream()).toList());
        }
        Set<String> recorded = lines(SNAPSHOT);
        Set<String> allowed = lines(ALLOWANCES);
        Set<String> missing = new TreeSet<>(recorded);
        missing.removeAll(current);
        missing.removeAll(allowed);
        assertEquals(Set.of(), missing, "SPI signatures removed or changed without an allowance");
        Set<String> added = new TreeSet<>(current);
        added.removeAll(recorded);
        assertEquals(Set.of(), newAbstractMethodsOnReleasedInterfaces(added, recorded),
                "new abstract methods on interfaces modules implement break modules built against an earlier "
                        + "SPI: make them default methods");
        assertEquals(Set.of(), added, "new SPI signatures: add them to " + SNAPSHOT + " (current list:\n"
                + String.join("\n", current) + "\n)");
    }

    @Test
    void aNewAbstractMethodOnAnImplementableInterfaceIsBreaking() {
        Set<String> recorded = Set.of("tw.huixiao.policy.spi.CountyPolicy interface",
                "tw.huixiao.policy.spi.CountyPolicy#identity() tw.huixiao.policy.spi.PolicyIdentity abstract");
        Set<String> added = Set.of(
                "tw.huixiao.policy.spi.CountyPolicy#screening() java.util.Optional<java.lang.Object> abstract",
                "tw.huixiao.policy.spi.CountyPolicy#planCap() java.util.Optional<java.lang.Object> default",
                "tw.huixiao.policy.spi.Brand interface",
                "tw.huixiao.policy.spi.Brand#name() java.lang.String abstract");
        assertEquals(Set.of("tw.huixiao.policy.spi.CountyPolicy#screening() java.util.Optional<java.lang.Object> abstract"),
                newAbstractMethodsOnReleasedInterfaces(added, recorded));
    }

    @Test
    void interfaceMethodsRecordWhetherTheyAreAbstractOrDefault() throws Exception {
        Set<String> current = currentSignatures();
        assertEquals(true, current.contains(
                "tw.huixiao.policy.spi.CountyPolicy#identity() tw.huixiao.policy.spi.PolicyIdentity abstract"));
        assertEquals(true, current.contains(
                "tw.huixiao.policy.spi.CountyPolicy#forms() java.util.List<tw.huixiao.policy.spi.form.FormDefinition> default"));
    }

    /** Added abstract methods of interfaces that were released (recorded) and are not sealed. */
    static Set<String> newAbstractMethodsOnReleasedInterfaces(Set<String> added, Set<String> recorded) {
        Set<String> breaking = new TreeSet<>();
        for (String signature : added) {
            int hash = signature.indexOf('#');
            if (hash < 0 || !signature.endsWith(" abstract")) {
                continue;
            }
            String type = signature.substring(0, hash);
            if (recorded.contains(type + " interface")) {
                breaking.add(signature);
            }
        }
        return breaking;
    }

    private static Set<String> lines(Path file) throws IOException {
        if (!Files.exists(file)) {
            return Set.of();
        }
        return Files.readAllLines(file).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toCollection(TreeSet::new));
    }

    static Set<String> currentSignatures() throws Exception {
        Set<String> signatures = new TreeSet<>();
        List<String> classNames;
        try (Stream<Path> files = Files.walk(CLASSES.resolve("tw/huixiao/policy/spi"))) {
            classNames = files.map(p -> CLASSES.relativize(p).toString())
                    .filter(p -> p.endsWith(".class"))
                    .map(p -> p.substring(0, p.length() - ".class".length()).replace('/', '.'))
                    .toList();
        }
        for (String name : classNames) {
            Class<?> type = Class.forName(name);
            if (!Modifier.isPublic(type.getModifiers()) || type.isAnonymousClass() || type.isSynthetic()) {
                continue;
            }
            String kind = type.isRecord() ? "record" : type.isEnum() ? "enum"
                    : type.isInterface() ? (type.isSealed() ? "sealed interface" : "interface") : "class";
            signatures.add(type.getName() + " " + kind);
            for (Method m : type.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic()) {
                    signatures.add(type.getName() + "#" + m.getName() + "(" + params(m.getGenericParameterTypes())
                            + ") " + m.getGenericReturnType().getTypeName()
                            + (Modifier.isStatic(m.getModifiers()) ? " static"
                            : type.isInterface() ? (m.isDefault() ? " default" : " abstract") : ""));
                }
            }
            for (Constructor<?> c : type.getDeclaredConstructors()) {
                if (Modifier.isPublic(c.getModifiers())) {
                    signatures.add(type.getName() + "#<init>(" + params(c.getGenericParameterTypes()) + ")");
                }
            }
            for (Field f : type.getDeclaredFields()) {
                if (Modifier.isPublic(f.getModifiers())) {
                    signatures.add(type.getName() + "." + f.getName() + " " + f.getGenericType().getTypeName());
                }
            }
        }
        return signatures;
    }

    private static String params(java.lang.reflect.Type[] types) {
        return Arrays.stream(types).map(java.lang.reflect.Type::getTypeName).collect(Collectors.joining(","));
    }
}
