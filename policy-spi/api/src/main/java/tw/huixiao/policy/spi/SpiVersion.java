package tw.huixiao.policy.spi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of this SPI, read from {@code META-INF/huixiao-policy-spi.properties}. */
public final class SpiVersion {

    private static final ModuleVersion CURRENT = load();

    private SpiVersion() {
    }

    public static ModuleVersion current() {
        return CURRENT;
    }

    private static ModuleVersion load() {
        try (InputStream in = SpiVersion.class.getResourceAsStream("/META-INF/huixiao-policy-spi.properties")) {
            if (in == null) {
                throw new IllegalStateException("META-INF/huixiao-policy-spi.properties missing from the SPI jar");
            }
            Properties p = new Properties();
            p.load(in);
            return ModuleVersion.parse(p.getProperty("spi.version"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
