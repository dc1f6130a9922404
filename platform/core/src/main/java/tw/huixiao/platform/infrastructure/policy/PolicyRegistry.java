package tw.huixiao.platform.infrastructure.policy;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tw.huixiao.platform.domain.modules.ModuleOrigin;
import tw.huixiao.platform.domain.modules.ModuleSelection;
import tw.huixiao.platform.domain.modules.ModuleState;
import tw.huixiao.platform.domain.modules.ModulesChanged;
import tw.huixiao.platform.domain.modules.StoredModule;
import tw.huixiao.platform.infrastructure.modules.JdbcModuleStore;
import tw.huixiao.platform.infrastructure.persistence.Sql;
import tw.huixiao.platform.infrastructure.persistence.SchemaMigrator;
import tw.huixiao.policy.spi.CountyCode;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.ModuleVersion;
import tw.huixiao.platform.application.policy.LoadedModule;
import tw.huixiao.platform.application.policy.Policies;
import tw.huixiao.policy.spi.PolicyDescriptor;

/**
 * All policy modules, as the module store in the database holds them (issue 21 §1, V58): every
 * server loads the same set and follows the store's changes within seconds — it polls the
 * store's revision every {@code huixiao.modules.poll-seconds}, and at once after a change made
 * on this server. The modules bundled on the class path are seeded into the store at start
 * (their classes still come from the class path); jars an operator drops into the policy
 * directory ({@code huixiao.policy.dir}, re-scanned every {@code huixiao.policy.scan-seconds}
 * and on an admin's reload) are imported into the same store. Uploaded modules reach the store
 * through the bureaus' upload, approval and activation ({@code ModuleService}).
 * <p>
 * Every active and retired version stays loaded (cases keep the version they were opened
 * under); new work uses, per county, the highest active version whose effective date has come
 * ({@link ModuleSelection}). A refused module is listed with its reasons and breaks nothing else.
 */
@ApplicationScoped
public class PolicyRegistry implements Policies {

    private static final Logger LOG = Logger.getLogger(PolicyRegistry.class.getName());
    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
    /** Bundled and imported modules serve from the start, whatever day the service's clock shows. */
    private static final LocalDate ALWAYS = LocalDate.EPOCH;
    private static final String BUNDLED_BY = "平台內建 (bundled with the platform)";
    private static final String DIRECTORY_BY = "主機管理者匯入 (operator's policy directory)";

    @Inject
    @ConfigProperty(name = "huixiao.policy.dir", defaultValue = "")
    String policyDirectory;

    @Inject
    @ConfigProperty(name = "huixiao.policy.scan-seconds", defaultValue = "10")
    long scanSeconds;

    @Inject
    @ConfigProperty(name = "huixiao.modules.poll-seconds", defaultValue = "3")
    long pollSeconds;

    @Inject
    Clock clock;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource(lookup = "jdbc/huixiao")
    DataSource dataSource;

    /** The class path's modules by id@version (their classes serve the store's BUNDLED rows). */
    private final Map<String, LoadedModule> bundled = new LinkedHashMap<>();
    /** Modules refused before they reached the store: bundled ones, and directory jars by file. */
    private final Map<String, LoadedModule> refused = new LinkedHashMap<>();
    /** The store's loadable rows (ACTIVE, RETIRED) and what each loaded as. */
    private final Map<Long, StoredModule> rows = new LinkedHashMap<>();
    private final Map<Long, LoadedModule> loaded = new HashMap<>();
    /** Modules just loaded from the directory, by digest, so the store's copy is not loaded twice. */
    private final Map<String, LoadedModule> importedByDigest = new HashMap<>();
    private final Map<String, Long> scannedFiles = new LinkedHashMap<>();
    private volatile boolean synced;
    private volatile boolean seeded;
    private long seenRevision = -1;
    private final List<ScheduledFuture<?>> schedules = new ArrayList<>();

    @PostConstruct
    void start() {
        PolicyModuleLoader loader = new PolicyModuleLoader(clock);
        List<LoadedModule> classPath = loader.fromClassPath(PolicyRegistry.class.getClassLoader());
        synchronized (this) {
            for (LoadedModule module : classPath) {
                if (module.status() == LoadedModule.Status.ACTIVE) {
                    bundled.put(module.key(), module);
                } else {
                    refused.put(module.source(), module);
                    logRefused(module);
                }
            }
        }
        seedBundled();
        rescan();
        sync();
        if (scheduler != null) {
            if (pollSeconds > 0) {
                schedules.add(scheduler.scheduleWithFixedDelay(this::syncQuietly, pollSeconds, pollSeconds,
                        TimeUnit.SECONDS));
            }
            if (!policyDirectory.isBlank() && scanSeconds > 0) {
                schedules.add(scheduler.scheduleWithFixedDelay(this::rescanQuietly, scanSeconds, scanSeconds,
                        TimeUnit.SECONDS));
            }
        }
    }

    @PreDestroy
    void stop() {
        schedules.forEach(s -> s.cancel(false));
    }

    /** A change made on this server: follow it now, not at the next poll. */
    void onChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ModulesChanged changed) {
        syncQuietly();
    }

    /** The bundled modules enter the store as ACTIVE (once per id and version). */
    private void seedBundled() {
        List<LoadedModule> modules;
        synchronized (this) {
            modules = List.copyOf(bundled.values());
        }
        try (Connection c = connection()) {
            for (LoadedModule module : modules) {
                Bundle bundle = bundleOf(module);
                boolean stored = JdbcModuleStore.importActive(c, ModuleOrigin.BUNDLED, module.id(),
                        module.version().toString(), counties(module.policy()), bundle.jar(),
                        ModuleJarFiles.sha256(bundle.jar() == null ? bundle.descriptor().getBytes(StandardCharsets.UTF_8)
                                : bundle.jar()), bundle.jar() == null ? 0 : bundle.jar().length, bundle.descriptor(),
                        BUNDLED_BY, clock.instant(), ALWAYS);
                if (stored) {
                    LOG.info(() -> "policy module " + module.key() + " (bundled) entered the module store");
                }
            }
            c.commit();
            seeded = true;
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "the module store is unavailable; the bundled modules serve until it answers", e);
        }
    }

    /** Imports new or changed jars of the policy directory into the store; returns what this scan loaded. */
    public List<LoadedModule> rescan() {
        List<LoadedModule> result = new ArrayList<>();
        if (!policyDirectory.isBlank() && Files.isDirectory(Path.of(policyDirectory))) {
            Path directory = Path.of(policyDirectory);
            PolicyModuleLoader loader = new PolicyModuleLoader(clock);
            try (Stream<Path> jars = Files.list(directory)) {
                for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                    long stamp = Files.getLastModifiedTime(jar).toMillis() ^ Files.size(jar);
                    Long seen;
                    synchronized (this) {
                        seen = scannedFiles.put(jar.toString(), stamp);
                    }
                    if (seen == null || seen != stamp) {
                        result.add(importJar(jar, loader.fromJar(jar)));
                    }
                }
            } catch (IOException e) {
                LOG.log(Level.WARNING, "cannot read the policy directory " + directory, e);
            }
        }
        sync();
        return result;
    }

    private LoadedModule importJar(Path jar, LoadedModule module) {
        String source = jar.toAbsolutePath().toString();
        LoadedModule result = module;
        if (module.status() == LoadedModule.Status.ACTIVE) {
            try (Connection c = connection()) {
                byte[] bytes = Files.readAllBytes(jar);
                String sha = ModuleJarFiles.sha256(bytes);
                Optional<String> stored = JdbcModuleStore.storedDigest(c, module.id(), module.version().toString());
                if (stored.isEmpty()) {
                    synchronized (this) {
                        importedByDigest.put(sha, module);
                    }
                    JdbcModuleStore.importActive(c, ModuleOrigin.DIRECTORY, module.id(), module.version().toString(),
                            counties(module.policy()), bytes, sha, bytes.length, descriptorText(jar), DIRECTORY_BY,
                            clock.instant(), ALWAYS);
                    LOG.info(() -> "policy module " + module.key() + " imported from " + source);
                } else if (!stored.get().equals(sha)) {
                    result = LoadedModule.failed(module.id(), module.version(), source, List.of("duplicate: "
                            + module.key() + " is already in the module store with other content (SHA-256 "
                            + stored.get() + "); give this jar a new version"), clock.instant());
                }
                c.commit();
            } catch (IOException | SQLException | RuntimeException e) {
                LOG.log(Level.WARNING, "cannot import " + source + " into the module store", e);
                result = LoadedModule.failed(module.id(), module.version(), source,
                        List.of("the module store did not take the jar: " + e.getClass().getSimpleName()),
                        clock.instant());
            }
        }
        synchronized (this) {
            if (result.status() == LoadedModule.Status.ACTIVE) {
                refused.remove(source);
            } else {
                refused.put(source, result);
                logRefused(result);
            }
        }
        return result;
    }

    /** Follows the store: loads what became loadable, keeps every loaded version, notes each row's state. */
    void sync() {
        if (!seeded) {
            seedBundled();
        }
        List<StoredModule> current;
        Map<Long, byte[]> jars = new HashMap<>();
        try (Connection c = connection()) {
            long revision = JdbcModuleStore.revision(c);
            synchronized (this) {
                if (revision == seenRevision) {
                    c.commit();
                    return;
                }
            }
            current = JdbcModuleStore.loadable(c);
            for (StoredModule row : current) {
                boolean known;
                synchronized (this) {
                    known = loaded.containsKey(row.id()) || importedByDigest.containsKey(row.sha256());
                }
                if (!known && row.origin() != ModuleOrigin.BUNDLED) {
                    jars.put(row.id(), JdbcModuleStore.jar(c, row.id()));
                }
            }
            c.commit();
            synchronized (this) {
                apply(current, jars);
                seenRevision = revision;
                synced = true;
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "cannot read the module store; modules stay as loaded", e);
        }
    }

    private void apply(List<StoredModule> current, Map<Long, byte[]> jars) {
        rows.clear();
        for (StoredModule row : current) {
            rows.put(row.id(), row);
            if (!loaded.containsKey(row.id())) {
                LoadedModule module = load(row, jars.get(row.id()));
                loaded.put(row.id(), module);
                if (module.status() == LoadedModule.Status.ACTIVE) {
                    LOG.info(() -> "policy module " + module.key() + " serves " + module.policy().identity().counties()
                            + " from " + row.effectiveFrom() + " (" + module.source() + ")");
                } else {
                    logRefused(module);
                }
            }
        }
    }

    private LoadedModule load(StoredModule row, byte[] jar) {
        String source = "store#" + row.id() + " " + row.origin().name().toLowerCase(Locale.ROOT) + " sha256:"
                + row.sha256().substring(0, 12);
        ModuleVersion version = ModuleVersion.parse(row.version());
        LoadedModule module;
        if (row.origin() == ModuleOrigin.BUNDLED) {
            module = bundled.get(row.moduleId() + "@" + version);
            if (module == null) {
                return LoadedModule.failed(row.moduleId(), version, source,
                        List.of("bundled module no longer on this server's class path"), clock.instant());
            }
            source = module.source();
        } else if (importedByDigest.containsKey(row.sha256())) {
            module = importedByDigest.remove(row.sha256());
        } else if (jar == null || !ModuleJarFiles.sha256(jar).equals(row.sha256())) {
            return LoadedModule.failed(row.moduleId(), version, source,
                    List.of("the stored jar does not match its SHA-256 " + row.sha256()), clock.instant());
        } else {
            module = new PolicyModuleLoader(clock).fromJar(ModuleJarFiles.materialize(jar));
        }
        if (module.status() != LoadedModule.Status.ACTIVE) {
            return LoadedModule.failed(row.moduleId(), version, source, module.errors(), clock.instant());
        }
        if (!module.id().equals(row.moduleId()) || !module.version().equals(version)) {
            return LoadedModule.failed(row.moduleId(), version, source, List.of("the stored jar holds " + module.key()),
                    clock.instant());
        }
        return new LoadedModule(module.id(), module.version(), source, LoadedModule.Status.ACTIVE, List.of(),
                module.policy(), module.precedence(), module.loadedAt());
    }

    private void syncQuietly() {
        try {
            sync();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "module store sync failed", e);
        }
    }

    private void rescanQuietly() {
        try {
            rescan();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "policy directory scan failed", e);
        }
    }

    /** Whether the module store has been read at least once (health: started and ready, issue 22 §4). */
    public boolean loaded() {
        return synced;
    }

    /** Every module found, active or refused, for review: refused jars, then the store's active modules. */
    public synchronized List<LoadedModule> modules() {
        List<LoadedModule> all = new ArrayList<>(refused.values());
        if (!synced) {
            all.addAll(bundled.values());
            return List.copyOf(all);
        }
        rows.values().stream().filter(r -> r.state() == ModuleState.ACTIVE).map(r -> loaded.get(r.id()))
                .forEach(all::add);
        return List.copyOf(all);
    }

    /** The module new cases of the county use today: the highest active version whose effective date has come. */
    public synchronized Optional<CountyPolicy> forCounty(CountyCode county) {
        if (!synced) {
            return bundled.values().stream().filter(m -> m.policy().identity().counties().contains(county))
                    .max(Comparator.comparing(LoadedModule::version)).map(LoadedModule::policy);
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), TAIPEI);
        return ModuleSelection.serving(servable().toList(), county.value(), today)
                .map(r -> loaded.get(r.id()).policy());
    }

    /** A given version of a module, active or retired (cases keep following the version they were opened under). */
    public synchronized Optional<CountyPolicy> find(String id, ModuleVersion version) {
        if (!synced) {
            return Optional.ofNullable(bundled.get(id + "@" + version)).map(LoadedModule::policy);
        }
        return rows.values().stream().filter(r -> r.moduleId().equals(id) && r.version().equals(version.toString()))
                .map(r -> loaded.get(r.id())).filter(m -> m != null && m.status() == LoadedModule.Status.ACTIVE)
                .findFirst().map(LoadedModule::policy);
    }

    /** Uploaded versions loaded for dry-runs, by store row (never used for cases). */
    private final Map<Long, LoadedModule> candidates = new HashMap<>();

    /** A stored module by row: the served one if loaded, else an uploaded version loaded for a dry-run. */
    @Override
    public Optional<CountyPolicy> stored(long moduleRowId) {
        synchronized (this) {
            LoadedModule served = loaded.get(moduleRowId);
            if (served == null) {
                served = candidates.get(moduleRowId);
            }
            if (served != null) {
                return served.status() == LoadedModule.Status.ACTIVE ? Optional.of(served.policy()) : Optional.empty();
            }
        }
        StoredModule row;
        byte[] jar;
        try (Connection c = connection()) {
            row = JdbcModuleStore.all(c).stream().filter(r -> r.id() == moduleRowId).findFirst().orElse(null);
            jar = row == null || row.origin() == ModuleOrigin.BUNDLED ? null : JdbcModuleStore.jar(c, moduleRowId);
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the module store", e);
        }
        if (row == null) {
            return Optional.empty();
        }
        LoadedModule module;
        synchronized (this) {
            module = load(row, jar);
            candidates.put(moduleRowId, module);
        }
        return module.status() == LoadedModule.Status.ACTIVE ? Optional.of(module.policy()) : Optional.empty();
    }

    /** The newest active version of a module. */
    public synchronized Optional<CountyPolicy> newest(String id) {
        if (!synced) {
            return bundled.values().stream().filter(m -> m.id().equals(id))
                    .max(Comparator.comparing(LoadedModule::version)).map(LoadedModule::policy);
        }
        return servable().filter(r -> r.moduleId().equals(id))
                .max(Comparator.comparing((StoredModule r) -> ModuleVersion.parse(r.version())))
                .map(r -> loaded.get(r.id()).policy());
    }

    /** Active rows whose module loaded on this server. */
    private Stream<StoredModule> servable() {
        return rows.values().stream().filter(r -> r.state() == ModuleState.ACTIVE).filter(r -> {
            LoadedModule m = loaded.get(r.id());
            return m != null && m.status() == LoadedModule.Status.ACTIVE;
        });
    }

    private Connection connection() throws SQLException {
        Connection c = dataSource.getConnection();
        try {
            c.setAutoCommit(false);
            Sql.run(c, "SELECT set_config('search_path', ?, true)", SchemaMigrator.SCHEMA);
            return c;
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    private record Bundle(byte[] jar, String descriptor) {
    }

    /** A bundled module's jar (when it is one) and descriptor text, from its classes' location. */
    private static Bundle bundleOf(LoadedModule module) {
        try {
            Path home = Path.of(module.policy().getClass().getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(home)) {
                return new Bundle(Files.readAllBytes(home), descriptorText(home));
            }
            Path descriptor = home.resolve(PolicyDescriptor.LOCATION);
            return new Bundle(null, Files.readString(descriptor));
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
            return new Bundle(null, "id=" + module.id() + "\nversion=" + module.version() + "\n");
        }
    }

    private static String descriptorText(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile()); InputStream in = file.getInputStream(
                file.getJarEntry(PolicyDescriptor.LOCATION))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> counties(CountyPolicy policy) {
        return policy.identity().counties().stream().map(Object::toString).sorted().toList();
    }

    private static void logRefused(LoadedModule module) {
        LOG.severe(() -> "policy module " + module.id() + " from " + module.source() + " refused: "
                + String.join("; ", module.errors()));
    }
}
