package tw.huixiao.platform.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * {@code /health/live} (issue 22 §4): the JVM is not wedged — no threads deadlocked, and the
 * heap still has room after the last collection (a heap that stays over 95 % full after GC
 * only thrashes until OutOfMemoryError). DOWN makes the orchestrator restart the server; the
 * database or the modules being unavailable is readiness, not liveness (a restart would not help).
 */
@Liveness
@ApplicationScoped
public class JvmLivenessCheck implements HealthCheck {

    /** The share of the heap in use after the last collection above which the JVM is taken as wedged. */
    static final double HEAP_LIMIT = 0.95;

    @Override
    public HealthCheckResponse call() {
        long[] deadlocked = ManagementFactory.getThreadMXBean().findDeadlockedThreads();
        int deadlocks = deadlocked == null ? 0 : deadlocked.length;
        long used = 0;
        long max = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage afterGc = pool.getCollectionUsage();
            if (pool.getType() == MemoryType.HEAP && afterGc != null && afterGc.getMax() > 0) {
                used += afterGc.getUsed();
                max += afterGc.getMax();
            }
        }
        double share = max == 0 ? 0 : (double) used / max;
        return HealthCheckResponse.named("jvm").withData("deadlockedThreads", deadlocks)
                .withData("heapUsedAfterGcPercent", Math.round(share * 100))
                .status(deadlocks == 0 && share < HEAP_LIMIT).build();
    }
}
