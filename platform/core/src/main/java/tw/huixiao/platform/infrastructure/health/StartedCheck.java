package tw.huixiao.platform.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;
import tw.huixiao.platform.application.policy.LoadedModule;
import tw.huixiao.platform.infrastructure.persistence.ApplicationStartup;
import tw.huixiao.platform.infrastructure.policy.PolicyRegistry;

/**
 * {@code /health/started} (issue 22 §4): the application has started — the schema is migrated
 * (and the bundled calendar, filing rules and, in the demo, its data are in), and the module
 * registry has read the module store. An application that has not started, or failed to, has
 * no checks at all: Liberty answers 503 DOWN for it (server.xml; HealthIT).
 */
@Startup
@ApplicationScoped
public class StartedCheck implements HealthCheck {

    @Inject
    ApplicationStartup startup;

    @Inject
    PolicyRegistry modules;

    @Override
    public HealthCheckResponse call() {
        boolean migrated = startup.isStarted();
        boolean loaded = modules.loaded();
        long active = modules.modules().stream().filter(m -> m.status() == LoadedModule.Status.ACTIVE).count();
        return HealthCheckResponse.named("started").withData("migrated", migrated).withData("modulesLoaded", loaded)
                .withData("activeModules", active).status(migrated && loaded).build();
    }
}
