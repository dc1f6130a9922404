package tw.huixiao.platform.application.policy;

import java.util.List;
import java.util.Optional;
import tw.huixiao.policy.spi.CountyCode;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.ModuleVersion;

/**
 * The county policy modules the host serves: the application's port to the module registry
 * (implemented in infrastructure by {@code PolicyRegistry}, which loads the jars).
 */
public interface Policies {

    /** Loads modules that are new or changed since the last scan; returns what this scan loaded. */
    List<LoadedModule> rescan();

    /** Every module found, active or refused, for review. */
    List<LoadedModule> modules();

    /** The newest active module that serves the county: what new cases use. */
    Optional<CountyPolicy> forCounty(CountyCode county);

    /** A given version of a module (cases keep following the version they were opened under). */
    Optional<CountyPolicy> find(String id, ModuleVersion version);

    /** The newest active version of a module. */
    Optional<CountyPolicy> newest(String id);

    /**
     * A stored module by its store row, whatever its state — an uploaded (VERIFIED or APPROVED)
     * version is loaded in its own class loader for a dry-run (issue 21 §3), never to serve cases.
     * Empty when the row does not exist or its jar does not load.
     */
    Optional<CountyPolicy> stored(long moduleRowId);
}
