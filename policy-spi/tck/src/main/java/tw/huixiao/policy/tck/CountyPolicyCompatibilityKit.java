package tw.huixiao.policy.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.PolicyIdentity;

/**
 * The compatibility kit every county module passes. A module author extends it in one line:
 *
 * <pre>{@code class KinmenPolicyTckTest extends CountyPolicyCompatibilityKit<KinmenPolicy> {
 *     KinmenPolicyTckTest() { super(KinmenPolicy.class); } }}</pre>
 *
 * @param <P> the module's entry class
 */
public abstract class CountyPolicyCompatibilityKit<P extends CountyPolicy> {

    private final Class<P> entryClass;

    protected CountyPolicyCompatibilityKit(Class<P> entryClass) {
        this.entryClass = entryClass;
    }

    /** The instance under test, found the way the host finds it. */
    protected final P policy() {
        return entryClass.cast(discovered().get(0));
    }

    private List<CountyPolicy> discovered() {
        return ServiceLoader.load(CountyPolicy.class, entryClass.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get)
                .filter(p -> p.getClass().getProtectionDomain().getCodeSource().getLocation()
                        .equals(entryClass.getProtectionDomain().getCodeSource().getLocation()))
                .toList();
    }

    @Test
    void moduleJarDeclaresExactlyOneServiceEntry() {
        List<CountyPolicy> mine = discovered();
        assertEquals(1, mine.size(), "a module jar must list exactly one CountyPolicy in META-INF/services");
        assertSame(entryClass, mine.get(0).getClass());
    }

    @Test
    void identityIsCompleteAndStable() {
        PolicyIdentity identity = policy().identity();
        assertNotNull(identity);
        assertFalse(identity.counties().isEmpty(), "a module serves at least one county");
        assertFalse(identity.documents().isEmpty(), "a module names the documents it encodes");
        assertEquals(identity, policy().identity(), "identity must not change between calls");
    }
}
