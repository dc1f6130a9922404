package tw.huixiao.policy.spi.loading;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.Arrays;
import tw.huixiao.policy.spi.CountyPolicy;

/**
 * The class loader the host gives a module jar, and the one the compatibility kit loads the
 * packaged jar with: it sees the JDK, the policy SPI (shared with the host, so the host can call
 * the module) and the module's own jar — nothing of the platform, of the module's build-time
 * dependencies or of other modules. A module that needs the national rules carries them in its
 * jar (shaded, see the template's README), or ships in the application bundle beside them.
 *
 * @since SPI 1.6
 */
public final class ModuleClassLoader extends URLClassLoader {

    private static final String SPI_PACKAGE = "tw.huixiao.policy.spi.";
    private static final ClassLoader SPI_LOADER = CountyPolicy.class.getClassLoader();

    private ModuleClassLoader(String name, URL[] jars) {
        super(name, jars, ClassLoader.getPlatformClassLoader());
    }

    /**
     * A loader over one module jar, named after the module. {@code bundledWith} are jars that ship
     * beside it in the same application bundle (none for a jar dropped into the policy directory).
     */
    public static ModuleClassLoader of(String name, URL jar, URL... bundledWith) {
        URL[] all = new URL[bundledWith.length + 1];
        all[0] = jar;
        System.arraycopy(bundledWith, 0, all, 1, bundledWith.length);
        return new ModuleClassLoader(name, all);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith(SPI_PACKAGE)) {
            return SPI_LOADER.loadClass(name);
        }
        return super.loadClass(name, resolve);
    }

    @Override
    public String toString() {
        return "ModuleClassLoader[" + getName() + " " + Arrays.toString(getURLs()) + "]";
    }
}
