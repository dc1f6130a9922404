package tw.huixiao.platform.application.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The server's stop, as the service's background work sees it (issue 22 §4). When the
 * application stops (Liberty's {@code server stop}, a Kubernetes pod's SIGTERM), this bean is
 * told first ({@code @BeforeDestroyed(ApplicationScoped)}): from that moment readiness answers
 * DOWN ({@code accepting-work}), no new background work begins ({@link #begin} answers empty),
 * work in flight is told to stop ({@link #stopping()}: the daily run finishes the schools it
 * has started and hands the date back), and the stop waits up to
 * {@code huixiao.shutdown.grace-seconds} for what is in flight to finish (an import in flight
 * finishes) before the container goes on tearing the application down.
 */
@ApplicationScoped
public class ServiceLifecycle {

    private static final Logger LOG = Logger.getLogger(ServiceLifecycle.class.getName());

    /** How long the stop waits for work in flight; below Liberty's 30 s quiesce and Kubernetes' 30 s grace. */
    @Inject
    @ConfigProperty(name = "huixiao.shutdown.grace-seconds", defaultValue = "20")
    long graceSeconds = 20;

    private volatile boolean stopping;
    private final Set<Work> inFlight = ConcurrentHashMap.newKeySet();

    /** Background work in flight; closing it says it is over (finished or handed back). */
    public final class Work implements AutoCloseable {

        private final String what;

        private Work(String what) {
            this.what = what;
        }

        @Override
        public void close() {
            synchronized (ServiceLifecycle.this) {
                inFlight.remove(this);
                ServiceLifecycle.this.notifyAll();
            }
        }

        @Override
        public String toString() {
            return what;
        }
    }

    /** Whether the server is stopping: readiness is DOWN and work in flight should finish or hand back. */
    public boolean stopping() {
        return stopping;
    }

    /** Registers background work about to begin; empty when the server is stopping (it must not begin). */
    public synchronized Optional<Work> begin(String what) {
        if (stopping) {
            LOG.info(() -> "the server is stopping: " + what + " is not started");
            return Optional.empty();
        }
        Work work = new Work(what);
        inFlight.add(work);
        return Optional.of(work);
    }

    /** What is in flight now. */
    public List<String> inFlight() {
        return inFlight.stream().map(Work::toString).sorted().toList();
    }

    void onStop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object event) {
        stop(Duration.ofSeconds(Math.max(0, graceSeconds)));
    }

    /**
     * Readiness DOWN from now on, no new work; waits up to {@code grace} for the work in flight
     * to finish or hand back. Returns what was still in flight when the grace ran out.
     */
    public List<String> stop(Duration grace) {
        long begin = System.nanoTime();
        long until = begin + grace.toNanos();
        synchronized (this) {
            stopping = true;
            LOG.info(() -> "the server is stopping: readiness DOWN, no new background work; in flight: " + inFlight());
            while (!inFlight.isEmpty()) {
                long left = until - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                try {
                    wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        List<String> left = inFlight();
        long waited = (System.nanoTime() - begin) / 1_000_000;
        if (left.isEmpty()) {
            LOG.info(() -> "the server is stopping: no work in flight (waited " + waited + " ms)");
        } else {
            LOG.warning(() -> "the server is stopping: still in flight after " + waited + " ms, left to the container: "
                    + left);
        }
        return left;
    }
}
