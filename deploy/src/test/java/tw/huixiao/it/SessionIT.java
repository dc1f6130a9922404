package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Form login (over HTTPS, as every request): no session fixation, and a failed login keeps no identity. */
class SessionIT {

    private static final HttpClient HTTP = TestTls.client(HttpClient.Redirect.NEVER);

    @Test
    void loginIssuesANewSessionId() throws Exception {
        String before = sessionCookie(HTTP.send(HttpRequest.newBuilder(URI.create(Api.BASE + "/login")).GET().build(),
                HttpResponse.BodyHandlers.discarding())).orElseThrow();

        HttpResponse<Void> login = postLogin(before, "ty-principal", Api.DEMO_PASSWORD);
        assertEquals(302, login.statusCode());
        assertTrue(login.headers().firstValue("Location").orElse("").endsWith("/"), "to the home page");
        String after = sessionCookie(login).orElseThrow(() -> new AssertionError("no new session cookie"));
        assertNotEquals(before, after, "the session id must change at login");
    }

    @Test
    void failedLoginGoesBackToTheLoginPageWithAnError() throws Exception {
        HttpResponse<Void> login = postLogin(null, "ty-principal", "wrong-password");
        assertEquals(302, login.statusCode());
        assertTrue(login.headers().firstValue("Location").orElse("").endsWith("/login?error"));
    }

    private static HttpResponse<Void> postLogin(String session, String username, String password) throws Exception {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Api.BASE + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", origin())
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (session != null) {
            request.header("Cookie", Api.SESSION_COOKIE + "=" + session);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding());
    }

    /** The application's own origin, as the browser names it on the login form's POST. */
    private static String origin() {
        URI base = URI.create(Api.BASE);
        return base.getScheme() + "://" + base.getAuthority();
    }

    private static Optional<String> sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(Api.SESSION_COOKIE + "="))
                .map(c -> c.substring((Api.SESSION_COOKIE + "=").length(), c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .findFirst();
    }
}
