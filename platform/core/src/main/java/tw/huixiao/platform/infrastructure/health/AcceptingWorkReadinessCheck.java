package tw.huixiao.platform.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import tw.huixiao.platform.application.lifecycle.ServiceLifecycle;

/**
 * DOWN from the moment the server begins to stop (issue 22 §4, {@link ServiceLifecycle}): a
 * balancer still asking takes it out before its work in flight is done.
 */
@Readiness
@ApplicationScoped
public class AcceptingWorkReadinessCheck implements HealthCheck {

    @Inject
    ServiceLifecycle lifecycle;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("accepting-work").withData("stopping", lifecycle.stopping())
                .withData("inFlight", lifecycle.inFlight().size()).status(!lifecycle.stopping()).build();
    }
}
