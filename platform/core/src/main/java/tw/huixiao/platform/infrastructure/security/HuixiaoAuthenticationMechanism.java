package tw.huixiao.platform.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import tw.huixiao.platform.application.account.ApiTokens;
import tw.huixiao.platform.domain.identity.ApiScope;
import tw.huixiao.platform.domain.identity.Role;
import tw.huixiao.platform.domain.identity.UserAccountRepository;
import tw.huixiao.platform.application.account.LoginContinuation;

/**
 * One mechanism for both doors (Jakarta EE 10 allows one per application):
 * <ul>
 *   <li>API ({@code /api/…}): an API token ({@code Authorization: Bearer hx1_…}, see
 *       {@link ApiTokens}; its scopes must cover the operation) or HTTP Basic, on every
 *       request, no session;</li>
 *   <li>UI: the login page posts {@code username}/{@code password} to {@code /login}; on
 *       success the session id is changed (no fixation) and the identity kept in the session
 *       until logout or the idle timeout.</li>
 * </ul>
 * The UI's session also opens the API's prints and exports (GET: links the UI shows), but never
 * changes state through the API (ASVS V4.2.2, V13.2.3): a page of another origin could make the
 * browser send that cookie with a write, never an {@code Authorization} header.
 *
 * Every password check passes {@link LoginThrottle} first: a client that guessed wrong too
 * often waits (HTTP 429 with Retry-After on the API), without a password check and without
 * locking the account for anyone else.
 */
@ApplicationScoped
public class HuixiaoAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String LOGIN_PATH = LoginContinuation.LOGIN_PATH;
    /** The query parameter naming where the login page returns to. */
    public static final String CONTINUE = LoginContinuation.PARAMETER;
    private static final String SESSION_IDENTITY = HuixiaoAuthenticationMechanism.class.getName() + ".identity";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    LoginThrottle throttle;

    @Inject
    ApiTokens tokens;

    @Inject
    UserAccountRepository users;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        try {
            String authorization = request.getHeader("Authorization");
            if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
                return basic(authorization, request, response, context);
            }
            if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                return bearer(authorization.substring(7).trim(), path, request, response, context);
            }
            if (LOGIN_PATH.equals(path) && "POST".equals(request.getMethod())) {
                if (RequestOrigin.crossOrigin(request)) {
                    // Login CSRF: another site logging the browser in as its own account.
                    response.sendError(HttpServletResponse.SC_FORBIDDEN);
                    return AuthenticationStatus.SEND_FAILURE;
                }
                return formLogin(request, response, context);
            }
            if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential() != null) {
                return programmatic(context.getAuthParameters().getCredential(), request, context);
            }
            boolean apiWrite = path.startsWith("/api/") && RequestOrigin.unsafe(request);
            HttpSession session = request.getSession(false);
            if (session != null && session.getAttribute(SESSION_IDENTITY) instanceof SessionIdentity identity
                    && !endedByPasswordChange(session, identity)) {
                if (!apiWrite) {
                    return context.notifyContainerAboutLogin(identity.username(), identity.groups());
                }
                return unauthorized(response, context, "API 的寫入須附 API 帳號密碼或權杖，不接受瀏覽器登入的工作階段 "
                        + "(API writes need the API's own credentials, not the browser's session)");
            }
            if (context.isProtected()) {
                return challenge(path, request, response, context);
            }
            return context.doNothing();
        } catch (IOException e) {
            return context.responseUnauthorized();
        }
    }

    private AuthenticationStatus basic(String authorization, HttpServletRequest request, HttpServletResponse response,
                                       HttpMessageContext context) throws IOException {
        UsernamePasswordCredential credential = decodeBasic(authorization.substring(6).trim());
        if (credential == null) {
            return unauthorized(response, context);
        }
        Optional<Duration> wait = throttle.waitBefore(request.getRemoteAddr(), credential.getCaller());
        if (wait.isPresent()) {
            return tooManyAttempts(wait.get(), response);
        }
        CredentialValidationResult result = throttled(credential, request);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            return context.notifyContainerAboutLogin(result);
        }
        return unauthorized(response, context);
    }

    /** Checks a password and tells the throttle how it went. */
    private CredentialValidationResult throttled(UsernamePasswordCredential credential, HttpServletRequest request) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            throttle.succeeded(request.getRemoteAddr(), credential.getCaller());
        } else {
            throttle.failed(request.getRemoteAddr(), credential.getCaller());
        }
        return result;
    }

    private AuthenticationStatus bearer(String token, String path, HttpServletRequest request,
                                        HttpServletResponse response, HttpMessageContext context) throws IOException {
        Optional<ApiTokens.TokenHolder> holder = path.startsWith("/api/") ? tokens.authenticate(token)
                : Optional.empty();
        if (holder.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"huixiao\", error=\"invalid_token\"");
            return problem(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                    "權杖無效、已過期或已撤銷 (invalid, expired or revoked token)");
        }
        String operation = path.startsWith("/api/v1/") ? path.substring("/api/v1".length()) : "";
        String method = request.getMethod();
        if (!ApiScope.isWhoAmI(method, operation)) {
            Optional<ApiScope> needed = ApiScope.requiredFor(method, operation);
            if (needed.isEmpty() || !holder.get().scopes().contains(needed.get())) {
                response.setHeader("WWW-Authenticate", "Bearer realm=\"huixiao\", error=\"insufficient_scope\""
                        + needed.map(n -> ", scope=\"" + n.code() + "\"").orElse(""));
                return problem(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", needed.isEmpty()
                        ? "API 權杖不能用於這項操作 (no token may do this; log in instead)"
                        : "權杖未授權此操作，需要權限範圍 " + needed.get().code() + " (token lacks scope "
                                + needed.get().code() + ")");
            }
        }
        return context.notifyContainerAboutLogin(holder.get().username(),
                holder.get().roles().stream().map(Role::name).collect(Collectors.toSet()));
    }

    private AuthenticationStatus formLogin(HttpServletRequest request, HttpServletResponse response,
                                           HttpMessageContext context) throws IOException {
        // The page is UTF-8, so is its form; the container would otherwise read ISO-8859-1 and a
        // password with Chinese characters (a sentence, as the set-password page suggests) never matches.
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String username = request.getParameter("username");
        String password = request.getParameter("password");
        Optional<String> back = continueTo(request.getParameter(CONTINUE));
        String failed = request.getContextPath() + LOGIN_PATH + "?error"
                + back.map(b -> "&" + CONTINUE + "=" + URLEncoder.encode(b, StandardCharsets.UTF_8)).orElse("");
        if (username == null || password == null) {
            response.sendRedirect(failed);
            return AuthenticationStatus.SEND_CONTINUE;
        }
        if (throttle.waitBefore(request.getRemoteAddr(), username.trim()).isPresent()) {
            response.sendRedirect(failed + "&wait");
            return AuthenticationStatus.SEND_CONTINUE;
        }
        AuthenticationStatus status = programmatic(
                new UsernamePasswordCredential(username.trim(), password), request, context);
        if (status == AuthenticationStatus.SUCCESS) {
            response.sendRedirect(request.getContextPath() + back.orElse("/"));
        } else {
            response.sendRedirect(failed);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private AuthenticationStatus programmatic(Credential credential, HttpServletRequest request,
                                              HttpMessageContext context) {
        CredentialValidationResult result;
        if (credential instanceof UsernamePasswordCredential login) {
            if (throttle.waitBefore(request.getRemoteAddr(), login.getCaller()).isPresent()) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            result = throttled(login, request);
        } else {
            result = identityStores.validate(credential);
        }
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        request.getSession(true);
        request.changeSessionId();
        String username = result.getCallerPrincipal().getName();
        request.getSession().setAttribute(SESSION_IDENTITY, new SessionIdentity(username,
                Set.copyOf(result.getCallerGroups()), passwordChangedAt(username).orElse(null)));
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus challenge(String path, HttpServletRequest request, HttpServletResponse response,
                                           HttpMessageContext context) throws IOException {
        if (path.startsWith("/api/") && !browserNavigation(request)) {
            return unauthorized(response, context);
        }
        // A page, print link or export opened in the browser after the session ended: the login
        // page, and back to it afterwards (not the browser's HTTP Basic prompt).
        String target = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        response.sendRedirect(request.getContextPath() + LOGIN_PATH + "?" + CONTINUE + "="
                + URLEncoder.encode(target, StandardCharsets.UTF_8));
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /** A link followed in the browser (it asks for a page), not an API client (which asks for JSON or a file). */
    private static boolean browserNavigation(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return "GET".equals(request.getMethod()) && accept != null && accept.contains("text/html");
    }

    /** Where to go after logging in (see {@link LoginContinuation#continueTo}). */
    public static Optional<String> continueTo(String requested) {
        return LoginContinuation.continueTo(requested);
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, HttpMessageContext context)
            throws IOException {
        return unauthorized(response, context, "需要登入：請提供有效的帳號與密碼 (valid credentials required)");
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, HttpMessageContext context,
                                                     String detail) throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"huixiao\", charset=\"UTF-8\"");
        return problem(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", detail);
    }

    private static AuthenticationStatus tooManyAttempts(Duration wait, HttpServletResponse response) throws IOException {
        long seconds = Math.max(1, wait.toSeconds() + (wait.toMillisPart() > 0 ? 1 : 0));
        response.setHeader("Retry-After", String.valueOf(seconds));
        return problem(response, 429, "Too Many Requests",
                "密碼錯誤次數過多，請 " + seconds + " 秒後再試 (too many wrong passwords; retry in " + seconds + " s)");
    }

    private static AuthenticationStatus problem(HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Disposition", "attachment; filename=\"problem.json\"");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}");
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static UsernamePasswordCredential decodeBasic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? null
                    : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    /**
     * ASVS 3.3.3: a session opened under a password that has since changed (by its owner elsewhere,
     * or by a reset link) is over; the account's row is read on every request of the session, so
     * this holds on every server at once. A disabled account is refused by the caller's lookup.
     */
    private boolean endedByPasswordChange(HttpSession session, SessionIdentity identity) {
        if (Objects.equals(passwordChangedAt(identity.username()).orElse(null), identity.passwordChangedAt())) {
            return false;
        }
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalid) {
            // ended meanwhile by a concurrent request of the same session
        }
        return true;
    }

    private Optional<Instant> passwordChangedAt(String username) {
        return users.passwordChangedAt(username);
    }

    /** The session a password was changed in stays open under the new password (see {@link HttpCurrentSession}). */
    static void keepSession(HttpSession session, Instant passwordChangedAt) {
        if (session != null && session.getAttribute(SESSION_IDENTITY) instanceof SessionIdentity identity) {
            session.setAttribute(SESSION_IDENTITY,
                    new SessionIdentity(identity.username(), identity.groups(), passwordChangedAt));
        }
    }

    /**
     * What the session remembers of a login: the name and roles, never the password, and when
     * the password it was opened under was set (null: never changed since the account was made).
     */
    record SessionIdentity(String username, Set<String> groups, Instant passwordChangedAt) implements Serializable {
    }
}
