package tw.huixiao.platform.application.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tw.huixiao.platform.application.policy.ModuleCallFailedException.Kind;
import tw.huixiao.policy.spi.CountyCode;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.LocalizedText;
import tw.huixiao.policy.spi.PolicyIdentity;
import tw.huixiao.policy.spi.SourceDocument;
import tw.huixiao.policy.spi.detection.CaseCategory;
import tw.huixiao.policy.spi.detection.CaseKind;
import tw.huixiao.policy.spi.detection.DetectionRule;

/** Calls into module code under a time budget (issue 21 §5), each module on its own bounded pool. */
class ModuleCallsTest {

    private static final List<CaseCategory> CATEGORIES = List.of(CaseCategory.category("TW-DROPOUT", CaseKind.DROPOUT)
            .name("中輟", "Dropout").detectedBy(new DetectionRule.ConsecutiveUnexcusedDays(3)).build());

    private final ModuleCalls calls = new ModuleCalls();
    /** Released at the end of each test so that no test thread stays stuck. */
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void pools() {
        calls.budgetMillis = 300;
        calls.threadsPerModule = 2;
        calls.threadFactory = new ManagedThreadFactory() {
            @Override
            public Thread newThread(Runnable r) {
                Thread t = new Thread(r, "module-call-test");
                t.setDaemon(true);
                return t;
            }

            @Override
            public ForkJoinWorkerThread newThread(ForkJoinPool pool) {
                throw new UnsupportedOperationException();
            }
        };
    }

    @AfterEach
    void releaseStuckCalls() {
        release.countDown();
        calls.stop();
    }

    static PolicyIdentity identityOf(String id) {
        return PolicyIdentity.builder(id, "2.0.0").serves(CountyCode.YUNLIN).displayName("測試縣", "Test County")
                .encodes(new SourceDocument(LocalizedText.of("測試縣中輟預防要點", "Test County dropout rules"), null, null))
                .build();
    }

    final class Good implements CountyPolicy {
        final AtomicInteger asked = new AtomicInteger();

        public PolicyIdentity identity() {
            return identityOf("good");
        }

        public List<CaseCategory> categories() {
            asked.incrementAndGet();
            return CATEGORIES;
        }
    }

    final class Throwing implements CountyPolicy {
        public PolicyIdentity identity() {
            return identityOf("throwing");
        }

        public List<CaseCategory> categories() {
            throw new IllegalStateException("bug");
        }
    }

    /** Loops until the test ends, ignoring interrupts as a runaway loop would. */
    final class Hanging implements CountyPolicy {
        public PolicyIdentity identity() {
            return identityOf("hanging");
        }

        public List<CaseCategory> categories() {
            boolean released = false;
            while (!released) {
                try {
                    released = release.await(50, java.util.concurrent.TimeUnit.MILLISECONDS);
                } catch (InterruptedException ignored) {
                    // a runaway module does not stop when asked
                }
            }
            return CATEGORIES;
        }
    }

    /** Slow to answer its first call (its classes loading on a busy server), then quick; slow again later. */
    final class SlowStart implements CountyPolicy {
        final AtomicInteger calls = new AtomicInteger();

        public PolicyIdentity identity() {
            pause(3 * ModuleCallsTest.this.calls.budgetMillis);
            return identityOf("slow-start");
        }

        public List<CaseCategory> categories() {
            if (calls.incrementAndGet() > 1) {
                pause(3 * ModuleCallsTest.this.calls.budgetMillis);
            }
            return CATEGORIES;
        }

        private void pause(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Test
    void aModulesFirstCallHasTheFirstCallAllowanceAndLaterCallsTheBudget() {
        SlowStart module = new SlowStart();
        CountyPolicy guarded = calls.guard(module);
        assertEquals("slow-start", guarded.identity().id(), "three budgets for the first call: within the allowance");
        assertEquals(CATEGORIES, guarded.categories());
        ModuleCallFailedException late = assertThrows(ModuleCallFailedException.class,
                () -> calls.guard(module).categories());
        assertEquals(Kind.TIMED_OUT, late.kind(), "a slow call after the first is cut off at the budget");
        assertEquals("slow-start", late.moduleId());
    }

    @Test
    void startUpWorkCallsModulesOnItsOwnThreadWhileThePoolsThreadsCannotStartYet() {
        // Open Liberty runs no ManagedThreadFactory thread before the application has started.
        calls.threadFactory = new ManagedThreadFactory() {
            @Override
            public Thread newThread(Runnable r) {
                Thread t = new Thread(() -> {
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        return;
                    }
                    r.run();
                }, "module-call-before-start");
                t.setDaemon(true);
                return t;
            }

            @Override
            public ForkJoinWorkerThread newThread(ForkJoinPool pool) {
                throw new UnsupportedOperationException();
            }
        };
        Good module = new Good();
        calls.onTheCallersThread(() -> assertEquals(CATEGORIES, calls.guard(module).categories()));
        assertEquals(1, module.asked.get());
        ModuleCallFailedException waited = assertThrows(ModuleCallFailedException.class,
                () -> calls.guard(new Good()).categories());
        assertEquals(Kind.TIMED_OUT, waited.kind(), "outside start-up work the call waits for the pool's thread");
    }

    @Test
    void aWellBehavedModuleAnswersAsItselfAndIsAskedOncePerGuard() {
        Good module = new Good();
        CountyPolicy guarded = calls.guard(module);
        assertEquals(CATEGORIES, guarded.categories());
        assertEquals(CATEGORIES, guarded.categories());
        assertEquals(1, module.asked.get(), "a school's run asks an immutable module once");
        assertEquals("good", guarded.identity().id());
        assertSame(guarded, calls.guard(guarded), "a guard is not guarded twice");
        calls.guard(module).categories();
        assertEquals(2, module.asked.get(), "each guard (each school's run) asks again");
    }

    @Test
    void aModuleThatThrowsIsReportedByNameAndMethod() {
        ModuleCallFailedException e = assertThrows(ModuleCallFailedException.class,
                () -> calls.guard(new Throwing()).categories());
        assertEquals(Kind.THREW, e.kind());
        assertEquals("categories", e.method());
        assertTrue(e.getMessage().contains("IllegalStateException"), e.getMessage());
        assertEquals(IllegalStateException.class, e.getCause().getClass());
    }

    @Test
    void aHangingModuleIsCutOffAndOnceItsThreadsAreStuckFailsAtOnceWhileOthersGoOn() {
        CountyPolicy hanging = calls.guard(new Hanging());
        for (int i = 0; i < 2; i++) {
            ModuleCallFailedException e = assertThrows(ModuleCallFailedException.class,
                    () -> calls.guard(new Hanging()).categories());
            assertEquals(Kind.TIMED_OUT, e.kind());
            assertEquals("hanging", e.moduleId());
            assertEquals("2.0.0", e.moduleVersion());
        }
        ModuleCallFailedException overloaded = assertThrows(ModuleCallFailedException.class, hanging::categories);
        assertEquals(Kind.OVERLOADED, overloaded.kind(), "both of the module's threads are stuck: no more waiting");
        assertEquals(CATEGORIES, calls.guard(new Good()).categories(), "another module has its own threads");

        release.countDown();
        long until = System.nanoTime() + 5_000_000_000L;
        List<CaseCategory> answered = null;
        while (answered == null && System.nanoTime() < until) {
            try {
                answered = calls.guard(new Hanging()).categories();
            } catch (ModuleCallFailedException stillStuck) {
                Thread.onSpinWait();
            }
        }
        assertEquals(CATEGORIES, answered, "once the stuck calls return, the module is called again");
    }
}
