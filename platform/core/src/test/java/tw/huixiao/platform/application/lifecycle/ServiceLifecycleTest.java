package tw.huixiao.platform.application.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Issue 22 §4: a stopping server begins no work, waits for the work in flight, and says what it left. */
class ServiceLifecycleTest {

    @Test
    void workBegunBeforeTheStopIsWaitedFor() throws Exception {
        ServiceLifecycle lifecycle = new ServiceLifecycle();
        ServiceLifecycle.Work run = lifecycle.begin("daily escalation run 2026-12-07").orElseThrow();
        CountDownLatch told = new CountDownLatch(1);
        // The run's worker: sees the stop, finishes its school, hands back.
        CompletableFuture<Void> worker = CompletableFuture.runAsync(() -> {
            while (!lifecycle.stopping()) {
                Thread.onSpinWait();
            }
            told.countDown();
            run.close();
        });
        List<String> left = lifecycle.stop(Duration.ofSeconds(30));
        assertTrue(told.await(1, TimeUnit.SECONDS));
        worker.get(5, TimeUnit.SECONDS);
        assertEquals(List.of(), left, "nothing was left in flight");
        assertTrue(lifecycle.stopping());
    }

    @Test
    void noWorkBeginsOnceStopping() {
        ServiceLifecycle lifecycle = new ServiceLifecycle();
        assertFalse(lifecycle.stopping());
        assertTrue(lifecycle.begin("county attendance import").isPresent());
        lifecycle.stop(Duration.ZERO);
        assertTrue(lifecycle.begin("daily escalation run 2026-12-08").isEmpty());
        assertEquals(List.of("county attendance import"), lifecycle.inFlight());
    }

    @Test
    void workStillRunningWhenTheGraceEndsIsNamed() {
        ServiceLifecycle lifecycle = new ServiceLifecycle();
        ServiceLifecycle.Work stuck = lifecycle.begin("county attendance import of 9000 rows").orElseThrow();
        ServiceLifecycle.Work done = lifecycle.begin("daily escalation run 2026-12-07").orElseThrow();
        done.close();
        long begin = System.nanoTime();
        List<String> left = lifecycle.stop(Duration.ofMillis(200));
        long waited = (System.nanoTime() - begin) / 1_000_000;
        assertEquals(List.of("county attendance import of 9000 rows"), left);
        assertTrue(waited >= 150 && waited < 5_000, "waited the grace, not more: " + waited + " ms");
        stuck.close();
        assertEquals(List.of(), lifecycle.inFlight());
    }
}
