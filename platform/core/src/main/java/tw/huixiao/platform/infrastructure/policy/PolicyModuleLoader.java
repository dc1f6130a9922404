package tw.huixiao.platform.infrastructure.policy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.jar.JarFile;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.PolicyContext;
import tw.huixiao.policy.spi.PolicyDescriptor;
import tw.huixiao.policy.spi.PolicyIdentity;
import tw.huixiao.policy.spi.SchoolLevel;
import tw.huixiao.policy.spi.SchoolProfile;
import tw.huixiao.policy.spi.SpiVersion;
import tw.huixiao.platform.application.policy.LoadedModule;
import tw.huixiao.policy.spi.loading.ModuleClassLoader;

/**
 * Loads modules and checks them before they may serve: strict descriptor, SPI range,
 * exactly one entry class per jar, descriptor = identity, and the module's own self-check.
 * Every refusal names its reasons; nothing here throws for a bad module.
 */
final class PolicyModuleLoader {

    private final Clock clock;

    PolicyModuleLoader(Clock clock) {
        this.clock = clock;
    }

    /** Modules bundled with the application (on its class path). */
    List<LoadedModule> fromClassPath(ClassLoader applicationLoader) {
        List<LoadedModule> loaded = new ArrayList<>();
        ServiceLoader.load(CountyPolicy.class, applicationLoader).stream().forEach(provider -> {
            String source = "classpath:" + provider.type().getName();
            try {
                PolicyDescriptor descriptor;
                try (InputStream in = descriptorOf(provider.type(), applicationLoader)) {
                    descriptor = PolicyDescriptor.read(in);
                }
                loaded.add(check(descriptor, List.of(provider.get()), source));
            } catch (IOException | RuntimeException | ServiceConfigurationError e) {
                loaded.add(LoadedModule.failed(provider.type().getName(), null, source,
                        List.of(describe(e)), clock.instant()));
            }
        });
        return loaded;
    }

    /** A plugin jar from the policy directory, in its own class loader. */
    LoadedModule fromJar(Path jar) {
        String source = jar.toAbsolutePath().toString();
        PolicyDescriptor descriptor;
        try (JarFile file = new JarFile(jar.toFile())) {
            var entry = file.getJarEntry(PolicyDescriptor.LOCATION);
            if (entry == null) {
                return failed(jar, "no " + PolicyDescriptor.LOCATION + " in the jar");
            }
            try (InputStream in = file.getInputStream(entry)) {
                descriptor = PolicyDescriptor.read(in);
            }
        } catch (IOException | RuntimeException e) {
            return failed(jar, describe(e));
        }
        try {
            ModuleClassLoader loader = ModuleClassLoader.of(descriptor.id(), jar.toUri().toURL());
            List<CountyPolicy> entries = new ArrayList<>();
            ServiceLoader.load(CountyPolicy.class, loader).stream()
                    .filter(p -> p.type().getClassLoader() == loader)
                    .forEach(p -> entries.add(p.get()));
            return check(descriptor, entries, source);
        } catch (IOException | RuntimeException | ServiceConfigurationError | LinkageError e) {
            return LoadedModule.failed(descriptor.id(), descriptor.version(), source, List.of(describe(e)),
                    clock.instant());
        }
    }

    private LoadedModule check(PolicyDescriptor descriptor, List<CountyPolicy> entries, String source) {
        List<String> errors = new ArrayList<>();
        if (!descriptor.spi().contains(SpiVersion.current())) {
            errors.add("needs policy SPI " + descriptor.spi() + " but this platform provides " + SpiVersion.current());
        }
        if (entries.size() != 1) {
            errors.add("the jar must declare exactly one CountyPolicy in META-INF/services, found " + entries.size());
        }
        if (errors.isEmpty()) {
            CountyPolicy policy = entries.get(0);
            PolicyIdentity identity = policy.identity();
            if (!identity.id().equals(descriptor.id()) || !identity.version().equals(descriptor.version())) {
                errors.add("descriptor says " + descriptor.id() + " " + descriptor.version() + " but the module says "
                        + identity.id() + " " + identity.version());
            } else {
                errors.addAll(policy.selfCheck(contextFor(identity)));
            }
            if (errors.isEmpty()) {
                return LoadedModule.active(policy, source, descriptor.precedence(), clock.instant());
            }
        }
        return LoadedModule.failed(descriptor.id(), descriptor.version(), source, errors, clock.instant());
    }

    private PolicyContext contextFor(PolicyIdentity identity) {
        return PolicyContext.of(clock, Locale.TAIWAN, new SchoolProfile("000000", identity.counties().iterator().next(),
                "", SchoolLevel.JUNIOR_HIGH, false));
    }

    private LoadedModule failed(Path jar, String error) {
        return LoadedModule.failed(jar.getFileName().toString(), null, jar.toAbsolutePath().toString(),
                List.of(error), clock.instant());
    }

    /** The descriptor in the same jar (or classes directory) as the module's entry class. */
    private static InputStream descriptorOf(Class<?> type, ClassLoader loader) throws IOException {
        String home = type.getProtectionDomain().getCodeSource().getLocation().getPath();
        for (URL candidate : Collections.list(loader.getResources(PolicyDescriptor.LOCATION))) {
            if (candidate.toString().contains(home)) {
                return candidate.openStream();
            }
        }
        throw new IOException("no " + PolicyDescriptor.LOCATION + " next to " + type.getName());
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
