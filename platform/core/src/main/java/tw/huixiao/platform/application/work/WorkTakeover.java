package tw.huixiao.platform.application.work;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every server looks every {@code huixiao.leases.takeover-seconds} (30 s) for leased work whose
 * holder stopped renewing its lease (a server killed mid-run, a lost network) and takes it over:
 * the first server to acquire the expired lease finishes the work where it stopped (the daily
 * run skips the schools done). Independent of the daily schedule's switch: a server whose own
 * schedule is off still finishes a dead server's work.
 */
@ApplicationScoped
public class WorkTakeover {

    private static final Logger LOG = Logger.getLogger(WorkTakeover.class.getName());

    @Inject
    WorkLeases leases;

    @Inject
    Instance<LeasedWork> works;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "huixiao.leases.takeover.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "huixiao.leases.takeover-seconds", defaultValue = "30")
    int every;

    void schedule(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (enabled) {
            scheduler.scheduleWithFixedDelay(this::sweepQuietly, every, every, TimeUnit.SECONDS);
            LOG.info(() -> "leased work taken over when expired: looked for every " + every + " s");
        }
    }

    private void sweepQuietly() {
        try {
            sweep();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "looking for expired leases failed");
        }
    }

    /** Takes over every expired, unfinished leased work this server knows. */
    public void sweep() {
        for (WorkLeases.Expired expired : leases.expired()) {
            for (LeasedWork work : works) {
                if (work.kind().equals(expired.kind())) {
                    LOG.warning(() -> "taking over " + expired.kind() + "/" + expired.businessDate() + " from "
                            + expired.holder() + ", whose lease expired");
                    try {
                        work.takeOver(expired.businessDate());
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, e, () -> "taking over " + expired.kind() + "/" + expired.businessDate()
                                + " failed; it is tried again");
                    }
                }
            }
        }
    }
}
