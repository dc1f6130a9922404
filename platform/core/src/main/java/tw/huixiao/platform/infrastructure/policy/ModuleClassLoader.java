package tw.huixiao.platform.infrastructure.policy;

import java.net.URL;
import java.net.URLClassLoader;
import tw.huixiao.policy.spi.CountyPolicy;

/**
 * The class loader of one plugin jar: it sees the JDK, the policy SPI (shared with the host,
 * so the host can call the module) and its own jar — nothing of the platform, and nothing of
 * other modules.
 */
final class ModuleClassLoader extends URLClassLoader {

    private static final String SPI_PACKAGE = "tw.huixiao.policy.spi.";
    private static final ClassLoader SPI_LOADER = CountyPolicy.class.getClassLoader();

    ModuleClassLoader(URL jar, String name) {
        super(name, new URL[] {jar}, ClassLoader.getPlatformClassLoader());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith(SPI_PACKAGE)) {
            return SPI_LOADER.loadClass(name);
        }
        return super.loadClass(name, resolve);
    }
}
