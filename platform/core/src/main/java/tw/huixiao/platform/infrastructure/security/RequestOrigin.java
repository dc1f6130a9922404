package tw.huixiao.platform.infrastructure.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where a state-changing request comes from (ASVS V4.2.2, V13.2.3): a browser names the page's
 * origin in {@code Origin} (and {@code Sec-Fetch-Site}) on every POST/PUT/PATCH/DELETE. A write
 * is refused when that origin is another site — or another origin of the same site, e.g. another
 * port or sub-domain. Scripts send no {@code Origin} and are judged by their credentials alone.
 * Behind a reverse proxy the public origin may differ from the address the server sees: list it in
 * {@code huixiao.security.allowed-origins} (comma-separated, e.g. {@code https://huixiao.example.tw}).
 */
public final class RequestOrigin {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private RequestOrigin() {
    }

    /** A method that may change state (everything but GET, HEAD, OPTIONS). */
    public static boolean unsafe(HttpServletRequest request) {
        return !SAFE_METHODS.contains(request.getMethod());
    }

    /** Whether a browser sent this request from a page of another origin. */
    public static boolean crossOrigin(HttpServletRequest request) {
        if ("cross-site".equals(request.getHeader("Sec-Fetch-Site"))) {
            return true;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        if (allowedOrigins().contains(origin.toLowerCase(Locale.ROOT))) {
            return false;
        }
        String authority = authority(origin);
        if (authority == null) {
            return true; // "null" (sandboxed frame, data: page) or garbage: not this application
        }
        String host = request.getHeader("Host");
        return !(authority.equalsIgnoreCase(host == null ? "" : host)
                || authority.equalsIgnoreCase(withPort(request.getServerName(), request.getServerPort(), request.getScheme())));
    }

    /** host[:port] of an origin, without a default port; null if it is not an http(s) origin. */
    private static String authority(String origin) {
        try {
            URI uri = URI.create(origin.trim());
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                return null;
            }
            return withPort(uri.getHost(), uri.getPort(), uri.getScheme());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String withPort(String host, int port, String scheme) {
        boolean defaultPort = port < 0 || ("https".equals(scheme) && port == 443) || ("http".equals(scheme) && port == 80);
        return defaultPort ? host : host + ":" + port;
    }

    private static Set<String> allowedOrigins() {
        return ConfigProvider.getConfig().getOptionalValue("huixiao.security.allowed-origins", String.class)
                .map(list -> Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                        .map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toSet()))
                .orElse(Set.of());
    }
}
