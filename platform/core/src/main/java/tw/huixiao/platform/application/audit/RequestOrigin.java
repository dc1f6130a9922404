package tw.huixiao.platform.application.audit;


/**
 * Where the current access comes from, for the access log: the API (paths under /api/ with
 * credentials on the request), the UI (every other request of the web application, and the
 * UI's own links into /api/ — a printed PDF opened from a view — which carry only the login
 * session) or the system (no request: scheduled work). An export sets its channel itself.
 */
public interface RequestOrigin {

    String channel();

    String clientAddress();
}
