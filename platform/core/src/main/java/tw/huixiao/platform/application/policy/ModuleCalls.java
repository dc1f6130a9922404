package tw.huixiao.platform.application.policy;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tw.huixiao.platform.application.policy.ModuleCallFailedException.Kind;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.PolicyIdentity;

/**
 * Runs the engine's calls into county module code under a time budget (issue 21 §5).
 *
 * <p>{@link #guard} wraps a module in a proxy: each call of a {@link CountyPolicy} method runs on
 * a thread of that module version's own pool and the caller waits at most
 * {@code huixiao.modules.call-budget-ms}; a call that throws or overruns becomes a
 * {@link ModuleCallFailedException} naming the module, so the school's work fails (its
 * transaction rolls back) while the caller's thread — and the database connection and locks it
 * holds — is free at once. Everything a module returns is SPI records, sealed interfaces and
 * collections; collections are copied on the module's thread, so no module class runs on the
 * caller's thread afterwards.
 *
 * <p>A thread that loops cannot be killed in Java: an overrunning call is interrupted and
 * abandoned. Containment: each module version has its own bounded pool
 * ({@code huixiao.modules.call-threads} threads, a short queue), so stuck threads of one county's
 * module take at most that many threads and never a thread of the engine, another module or the
 * server's default executor. Once every thread of a module is stuck past its budget, further calls
 * to it fail at once ({@link Kind#OVERLOADED}) instead of waiting, so the rest of that county's
 * schools are reported failed quickly and the run's time stays bounded.
 *
 * <p>No-argument results (categories, timeline…) are remembered for the life of one guard (one
 * school's run): the SPI requires modules to be immutable, and a school's run asks for them often.
 */
@ApplicationScoped
public class ModuleCalls {

    private static final Logger LOG = Logger.getLogger(ModuleCalls.class.getName());
    private static final int QUEUE = 16;

    @Resource
    ManagedThreadFactory threadFactory;

    /** The allowance of a loaded module's first call (class loading on a cold or busy server). */
    static final long FIRST_CALL_MILLIS = 10_000;

    /** How long one call into a module may take. */
    @Inject
    @ConfigProperty(name = "huixiao.modules.call-budget-ms", defaultValue = "5000")
    long budgetMillis;

    /** Threads per module version; the most that a looping module can hold. */
    @Inject
    @ConfigProperty(name = "huixiao.modules.call-threads", defaultValue = "4")
    int threadsPerModule;

    private final Map<String, Pool> pools = new ConcurrentHashMap<>();

    /** Set while start-up work runs on this thread (see {@link #onTheCallersThread}). */
    private static final ThreadLocal<Boolean> STARTING_UP = ThreadLocal.withInitial(() -> false);

    /**
     * Runs the application's start-up work (demo data) with its module calls on the caller's own
     * thread, outside the budget: Open Liberty starts no thread of a ManagedThreadFactory until the
     * application has started, so a call handed to a module's pool from start-up work waits for the
     * start-up itself and runs out its budget. Start-up runs only the modules already in the store.
     */
    public void onTheCallersThread(Runnable startupWork) {
        STARTING_UP.set(true);
        try {
            startupWork.run();
        } finally {
            STARTING_UP.remove();
        }
    }

    /**
     * The module, its every call run under the time budget. Asks the module its identity at once
     * (under the budget; once per loaded module, then remembered), so that any later failure names
     * the module's id and version.
     *
     * @throws ModuleCallFailedException if even that call fails
     */
    public CountyPolicy guard(CountyPolicy module) {
        if (module == null || Proxy.isProxyClass(module.getClass())) {
            return module;
        }
        // One pool per loaded module (its class in its own class loader), so even identity() is budgeted.
        Class<?> type = module.getClass();
        String key = type.getName() + "#" + Integer.toHexString(System.identityHashCode(type.getClassLoader()));
        Pool pool = pools.computeIfAbsent(key, Pool::new);
        Guard guard = new Guard(module, pool);
        CountyPolicy guarded = (CountyPolicy) Proxy.newProxyInstance(CountyPolicy.class.getClassLoader(),
                new Class<?>[] {CountyPolicy.class}, guard);
        guarded.identity(); // budgeted too; from here on failures name the module's id and version
        return guarded;
    }

    @PreDestroy
    void stop() {
        pools.values().forEach(p -> p.executor.shutdownNow());
    }

    private final class Pool {
        final String key;
        final ThreadPoolExecutor executor;
        /** Calls that ran past their budget and have not returned yet. */
        final AtomicInteger overdue = new AtomicInteger();
        /**
         * The module's identity once it answered (immutable by the SPI's contract): later guards of the
         * same loaded module name it at once, without a call that would queue behind its stuck threads.
         */
        volatile PolicyIdentity identity;

        Pool(String key) {
            this.key = key;
            int size = Math.max(1, threadsPerModule);
            this.executor = new ThreadPoolExecutor(size, size, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE),
                    threadFactory);
            executor.allowCoreThreadTimeOut(true);
        }
    }

    private final class Guard implements InvocationHandler {
        private final CountyPolicy module;
        private final Pool pool;
        private final Map<String, Object> remembered = new ConcurrentHashMap<>();
        /** The module's name until its identity is known: its class. */
        private volatile String id;
        private volatile String version = "";

        Guard(CountyPolicy module, Pool pool) {
            this.module = module;
            this.pool = pool;
            this.id = module.getClass().getName();
            PolicyIdentity known = pool.identity;
            if (known != null) {
                remember(known);
                remembered.put("identity", known);
            }
        }

        private void remember(PolicyIdentity identity) {
            id = identity.id();
            version = identity.version().toString();
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> "guarded " + id + " " + version;
                };
            }
            if (method.getParameterCount() == 0) {
                Object known = remembered.get(method.getName());
                if (known != null) {
                    return known;
                }
                Object result = call(method, args);
                if (result instanceof PolicyIdentity identity) {
                    remember(identity);
                    pool.identity = identity;
                }
                if (result != null) {
                    remembered.put(method.getName(), result);
                }
                return result;
            }
            return call(method, args);
        }

        private Object call(Method method, Object[] args) {
            if (STARTING_UP.get()) {
                try {
                    return detached(method.invoke(module, args));
                } catch (InvocationTargetException e) {
                    LOG.log(Level.WARNING, e.getCause(), () -> "module " + name() + " threw in " + method.getName());
                    throw failed(method, Kind.THREW, "模組 " + name() + " 的 " + method.getName() + " 發生錯誤："
                            + e.getCause().getClass().getSimpleName() + " (the module's code threw)", e.getCause());
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
            if (pool.overdue.get() >= Math.max(1, threadsPerModule)) {
                throw failed(method, Kind.OVERLOADED, "模組 " + name() + " 的 " + pool.overdue.get()
                        + " 個呼叫逾時仍未結束，暫停呼叫 (every thread of the module is stuck in an earlier call)", null);
            }
            // A loaded module's first call (its identity, asked by guard()) loads its classes, maybe while
            // the server is still starting: it gets the first-call allowance; every later call the budget.
            long budget = pool.identity == null ? Math.max(budgetMillis, FIRST_CALL_MILLIS) : budgetMillis;
            AtomicInteger state = new AtomicInteger(); // 0 running, 1 returned, 2 abandoned
            Future<Object> future;
            try {
                future = pool.executor.submit(() -> {
                    try {
                        return detached(method.invoke(module, args));
                    } finally {
                        if (!state.compareAndSet(0, 1)) {
                            pool.overdue.decrementAndGet();
                            LOG.warning(() -> "module " + name() + " returned from " + method.getName()
                                    + " after its budget");
                        }
                    }
                });
            } catch (RejectedExecutionException e) {
                throw failed(method, Kind.OVERLOADED, "模組 " + name()
                        + " 的呼叫佇列已滿 (the module's call queue is full)", e);
            }
            try {
                return future.get(budget, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (state.compareAndSet(0, 2)) {
                    pool.overdue.incrementAndGet();
                }
                future.cancel(true);
                LOG.severe(() -> "module " + name() + " did not return from " + method.getName()
                        + " within " + budget + " ms; the call is abandoned");
                throw failed(method, Kind.TIMED_OUT, "模組 " + name() + " 的 " + method.getName()
                        + " 未在 " + budget + " 毫秒內完成 (the module's call ran past its time budget)", null);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() instanceof InvocationTargetException ite ? ite.getCause() : e.getCause();
                LOG.log(Level.WARNING, cause, () -> "module " + name() + " threw in " + method.getName());
                throw failed(method, Kind.THREW, "模組 " + name() + " 的 " + method.getName() + " 發生錯誤："
                        + cause.getClass().getSimpleName() + " (the module's code threw)", cause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                future.cancel(true);
                throw failed(method, Kind.TIMED_OUT, "呼叫模組時被中斷 (interrupted while calling the module)", e);
            }
        }

        private String name() {
            return version.isEmpty() ? id : id + " " + version;
        }

        private ModuleCallFailedException failed(Method method, Kind kind, String message, Throwable cause) {
            return new ModuleCallFailedException(id, version, method.getName(), kind, message, cause);
        }
    }

    /** Collections copied on the module's thread, so that no module class runs on the caller's. */
    private static Object detached(Object result) {
        if (result instanceof List<?> list) {
            return java.util.Collections.unmodifiableList(new java.util.ArrayList<>(list));
        }
        if (result instanceof Set<?> set) {
            return java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(set));
        }
        return result;
    }
}
