package tw.huixiao.platform.interfaces.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import tw.huixiao.platform.infrastructure.security.RequestOrigin;

/**
 * The HTTP rules every page, API answer and file of the application follows (SECURITY.md):
 * <ul>
 *   <li>headers: a Content-Security-Policy Vaadin Flow works with (its client runs server-sent
 *       scripts, hence {@code 'unsafe-eval'}; Lumo and components set inline styles), never framed
 *       ({@code frame-ancestors 'none'}), nosniff, no referrer to other sites, HSTS over HTTPS,
 *       and {@code no-store} on everything but Vaadin's static bundle (its downloads too) (API answers, prints and UI
 *       pages carry children's personal data);</li>
 *   <li>no state change from a page of another origin (Origin / Sec-Fetch-Site);</li>
 *   <li>no API write in a content type an HTML form can send across sites (form-urlencoded,
 *       multipart, text/plain): 415 problem+json.</li>
 * </ul>
 * Runs after authentication (the container authenticates first): the mechanism itself refuses
 * cross-origin logins and API writes that carry only the UI's session.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityFilter extends HttpFilter {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** Content types a cross-site HTML form can send without asking the server first (CORS "simple"). */
    private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data",
            "text/plain");

    /** One year; not for "localhost", where a browser would then force HTTPS on every local port. */
    private static final String HSTS = "max-age=31536000; includeSubDomains";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean api = path.startsWith("/api/");
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (request.isSecure() && !"localhost".equalsIgnoreCase(request.getServerName())) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        if (!path.startsWith("/VAADIN/") || path.startsWith("/VAADIN/dynamic/")) {
            response.setHeader("Cache-Control", "no-store");
        }
        if (path.startsWith("/VAADIN/dynamic/")) {
            // Vaadin's downloads (an issued PDF) would set "no-cache", which lets a browser store them.
            response = new NoStore(response);
        }
        if (request.getDispatcherType() != DispatcherType.REQUEST) {
            chain.doFilter(request, response); // an error page: headers only
            return;
        }
        if ("TRACE".equals(request.getMethod())) {
            // The container's own TRACE refusal is a page with its own wording: answer it here.
            refuse(request, response, api, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "Method Not Allowed", ErrorPage.text(405));
            return;
        }
        if (RequestOrigin.unsafe(request)) {
            if (RequestOrigin.crossOrigin(request)) {
                refuse(request, response, api, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
                        "不接受來自其他網站的變更要求 (a change requested by a page of another origin is refused)");
                return;
            }
            if (api && formType(request.getContentType())) {
                refuse(request, response, true, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "Unsupported Media Type",
                        "不支援此內容類型：請以 application/json 或 text/csv 傳送 "
                                + "(unsupported content type: send application/json or text/csv)");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** Keeps {@code Cache-Control: no-store} whatever the servlet behind sets. */
    private static final class NoStore extends HttpServletResponseWrapper {

        NoStore(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!"Cache-Control".equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!"Cache-Control".equalsIgnoreCase(name)) {
                super.addHeader(name, value);
            }
        }
    }

    private static boolean formType(String contentType) {
        if (contentType == null) {
            return false;
        }
        int parameters = contentType.indexOf(';');
        String mediaType = (parameters < 0 ? contentType : contentType.substring(0, parameters)).trim();
        return FORM_TYPES.contains(mediaType.toLowerCase(Locale.ROOT));
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, boolean api, int status,
                               String title, String detail) throws IOException {
        if (!api) {
            // Written here, not through sendError: the container answers a TRACE error dispatch itself.
            ErrorPage.write(request, response, status, false);
            return;
        }
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"problem.json\"");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}");
    }
}
