package tw.huixiao.platform.application.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where links in e-mail point: the address people open the service at. */
@ApplicationScoped
public class MailSettings {

    /** The service's public address, e.g. https://huixiao.example.tw (HUIXIAO_BASE_URL). */
    @Inject
    @ConfigProperty(name = "huixiao.base-url", defaultValue = "http://localhost:9080")
    String baseUrl;

    public String link(String path) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + (path.startsWith("/") ? path : "/" + path);
    }
}
