package tw.huixiao.policy.spi;

/**
 * The entry point of a county policy module, found with {@link java.util.ServiceLoader}
 * (a module lists its implementation in
 * {@code META-INF/services/tw.huixiao.policy.spi.CountyPolicy}).
 *
 * <p>Everything a county decides comes from here. Every capability beyond identity is a
 * {@code default} method, so that a later SPI addition never breaks a module built against
 * an earlier version. Implementations must be immutable and thread-safe: the host calls
 * them concurrently for many schools.
 */
public interface CountyPolicy {

    /** The module's id, version, counties, name and the documents it encodes. */
    PolicyIdentity identity();
}
