package tw.huixiao.platform.infrastructure.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import tw.huixiao.platform.application.audit.RequestOrigin;

/**
 * Where the current access comes from, for the access log: the API (paths under /api/ with
 * credentials on the request), the UI (every other request of the web application, and the
 * UI's own links into /api/ — a printed PDF opened from a view — which carry only the login
 * session) or the system (no request: scheduled work). An export sets its channel itself.
 */
@ApplicationScoped
public class HttpRequestOrigin implements RequestOrigin {

    @Inject
    HttpServletRequest request;

    @Override
    public String channel() {
        try {
            String path = request.getRequestURI();
            return path != null && path.contains("/api/") && request.getHeader("Authorization") != null ? "API" : "UI";
        } catch (ContextNotActiveException | IllegalStateException e) {
            return "SYSTEM";
        }
    }

    @Override
    public String clientAddress() {
        try {
            return request.getRemoteAddr();
        } catch (ContextNotActiveException | IllegalStateException e) {
            return null;
        }
    }
}
