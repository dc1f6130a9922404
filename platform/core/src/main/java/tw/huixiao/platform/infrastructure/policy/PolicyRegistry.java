package tw.huixiao.platform.infrastructure.policy;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.logging.Level;
import java.util.logging.Logger;
import tw.huixiao.policy.spi.CountyCode;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.PolicyIdentity;

/**
 * The county policy modules found on the application class path with ServiceLoader. For
 * each county the newest version serves new work.
 */
@ApplicationScoped
public class PolicyRegistry {

    private static final Logger LOG = Logger.getLogger(PolicyRegistry.class.getName());

    private volatile List<CountyPolicy> modules = List.of();

    @PostConstruct
    void load() {
        List<CountyPolicy> found = new ArrayList<>();
        ServiceLoader.load(CountyPolicy.class, PolicyRegistry.class.getClassLoader()).stream().forEach(provider -> {
            try {
                CountyPolicy policy = provider.get();
                PolicyIdentity identity = policy.identity();
                found.add(policy);
                LOG.info(() -> "policy module " + identity.id() + " " + identity.version() + " serves "
                        + identity.counties());
            } catch (RuntimeException | ServiceConfigurationError e) {
                LOG.log(Level.SEVERE, "policy module " + provider.type().getName() + " failed to load", e);
            }
        });
        modules = Collections.unmodifiableList(found);
    }

    public List<CountyPolicy> modules() {
        return modules;
    }

    /** The newest loaded module that serves the county. */
    public Optional<CountyPolicy> forCounty(CountyCode county) {
        return modules.stream()
                .filter(m -> m.identity().counties().contains(county))
                .max(Comparator.comparing(m -> m.identity().version()));
    }
}
