package tw.huixiao.platform.infrastructure.policy;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tw.huixiao.policy.spi.CountyCode;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.ModuleVersion;
import tw.huixiao.platform.application.policy.LoadedModule;
import tw.huixiao.platform.application.policy.Policies;

/**
 * All policy modules: those bundled on the class path and the jars a bureau drops into the
 * policy directory ({@code huixiao.policy.dir}), which is re-scanned every
 * {@code huixiao.policy.scan-seconds} and on an admin's reload. Every version stays
 * available (cases keep the version they were opened under); new work uses the newest
 * active version serving the county. A refused module is listed with its reasons and
 * breaks nothing else.
 */
@ApplicationScoped
public class PolicyRegistry implements Policies {

    private static final Logger LOG = Logger.getLogger(PolicyRegistry.class.getName());

    @Inject
    @ConfigProperty(name = "huixiao.policy.dir", defaultValue = "")
    String policyDirectory;

    @Inject
    @ConfigProperty(name = "huixiao.policy.scan-seconds", defaultValue = "10")
    long scanSeconds;

    @Inject
    Clock clock;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final Map<String, LoadedModule> modulesBySource = new LinkedHashMap<>();
    private final Map<String, Long> scannedFiles = new LinkedHashMap<>();
    private ScheduledFuture<?> scan;

    @PostConstruct
    void start() {
        PolicyModuleLoader loader = new PolicyModuleLoader(clock);
        loader.fromClassPath(PolicyRegistry.class.getClassLoader()).forEach(this::register);
        rescan();
        if (!policyDirectory.isBlank() && scanSeconds > 0 && scheduler != null) {
            scan = scheduler.scheduleWithFixedDelay(this::rescanQuietly, scanSeconds, scanSeconds, TimeUnit.SECONDS);
        }
    }

    @PreDestroy
    void stop() {
        if (scan != null) {
            scan.cancel(false);
        }
    }

    /** Loads jars that are new or changed in the policy directory; returns what this scan loaded. */
    public synchronized List<LoadedModule> rescan() {
        if (policyDirectory.isBlank()) {
            return List.of();
        }
        Path directory = Path.of(policyDirectory);
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<LoadedModule> loaded = new ArrayList<>();
        PolicyModuleLoader loader = new PolicyModuleLoader(clock);
        try (Stream<Path> jars = Files.list(directory)) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                long stamp = Files.getLastModifiedTime(jar).toMillis() ^ Files.size(jar);
                Long seen = scannedFiles.put(jar.toString(), stamp);
                if (seen == null || seen != stamp) {
                    LoadedModule module = loader.fromJar(jar);
                    loaded.add(register(module));
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot read the policy directory " + directory, e);
        }
        return loaded;
    }

    private void rescanQuietly() {
        try {
            rescan();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "policy directory scan failed", e);
        }
    }

    private synchronized LoadedModule register(LoadedModule module) {
        LoadedModule result = module;
        if (module.status() == LoadedModule.Status.ACTIVE) {
            // The same file loaded again (rewritten in place) replaces its own earlier entry.
            Optional<LoadedModule> same = modulesBySource.values().stream()
                    .filter(m -> m.status() == LoadedModule.Status.ACTIVE && m.key().equals(module.key())
                            && !m.source().equals(module.source()))
                    .findFirst();
            if (same.isPresent() && module.precedence() <= same.get().precedence()) {
                result = LoadedModule.failed(module.id(), module.version(), module.source(), List.of(
                        "duplicate: " + module.key() + " is already loaded from " + same.get().source()
                                + "; give this jar a higher 'precedence' in its descriptor to replace it"),
                        clock.instant());
            } else if (same.isPresent()) {
                LoadedModule replaced = same.get();
                modulesBySource.put(entryKey(replaced), LoadedModule.failed(replaced.id(), replaced.version(),
                        replaced.source(), List.of("replaced by " + module.source() + " (higher precedence)"),
                        clock.instant()));
            }
        }
        modulesBySource.put(entryKey(result), result);
        LoadedModule logged = result;
        if (logged.status() == LoadedModule.Status.ACTIVE) {
            LOG.info(() -> "policy module " + logged.key() + " serves " + logged.policy().identity().counties()
                    + " (" + logged.source() + ")");
        } else {
            LOG.severe(() -> "policy module " + logged.id() + " from " + logged.source() + " refused: "
                    + String.join("; ", logged.errors()));
        }
        return result;
    }

    /** One entry per file and module version: a file rewritten with a new version keeps the old one loaded. */
    private static String entryKey(LoadedModule module) {
        return module.source() + "|" + (module.version() == null ? "" : module.key());
    }

    /** Every module found, active or refused, for review. */
    public synchronized List<LoadedModule> modules() {
        return List.copyOf(modulesBySource.values());
    }

    /** The newest active module that serves the county: what new cases use. */
    public synchronized Optional<CountyPolicy> forCounty(CountyCode county) {
        return active().filter(m -> m.policy().identity().counties().contains(county))
                .max(Comparator.comparing(LoadedModule::version))
                .map(LoadedModule::policy);
    }

    /** A given version of a module (cases keep following the version they were opened under). */
    public synchronized Optional<CountyPolicy> find(String id, ModuleVersion version) {
        return active().filter(m -> m.id().equals(id) && m.version().equals(version)).findFirst()
                .map(LoadedModule::policy);
    }

    /** The newest active version of a module. */
    public synchronized Optional<CountyPolicy> newest(String id) {
        return active().filter(m -> m.id().equals(id)).max(Comparator.comparing(LoadedModule::version))
                .map(LoadedModule::policy);
    }

    private Stream<LoadedModule> active() {
        return modulesBySource.values().stream().filter(m -> m.status() == LoadedModule.Status.ACTIVE);
    }
}
