package tw.huixiao.platform.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import tw.huixiao.platform.application.policy.LoadedModule;
import tw.huixiao.platform.infrastructure.policy.PolicyRegistry;

/**
 * Ready to serve counties' work: the module registry has read the module store and at least one
 * county module is active (new cases need one). Refused modules are counted, not fatal: they
 * break nothing else (issue 21).
 */
@Readiness
@ApplicationScoped
public class ModulesReadinessCheck implements HealthCheck {

    @Inject
    PolicyRegistry modules;

    @Override
    public HealthCheckResponse call() {
        boolean loaded = modules.loaded();
        List<LoadedModule> all = modules.modules();
        long active = all.stream().filter(m -> m.status() == LoadedModule.Status.ACTIVE).count();
        return HealthCheckResponse.named("modules").withData("loaded", loaded).withData("active", active)
                .withData("refused", all.size() - active).status(loaded && active > 0).build();
    }
}
