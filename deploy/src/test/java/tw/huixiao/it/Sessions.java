package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Browser sessions without a browser: the login form posted as a browser posts it, and requests on its cookie. */
final class Sessions {

    private static final HttpClient HTTP = TestTls.client(HttpClient.Redirect.NEVER);

    private Sessions() {
    }

    /** Logs in through the login form (same origin, as the login page does) and returns the session cookie's value. */
    static String login(String username, String password) {
        String fresh = cookie(send(HttpRequest.newBuilder(uri("/login")).GET()));
        HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", origin())
                .header("Cookie", Api.SESSION_COOKIE + "=" + fresh)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8))));
        assertEquals(302, login.statusCode(), "login of " + username);
        return cookie(login);
    }

    /** A GET of the API on the session alone, as a print link in the UI sends it. */
    static HttpResponse<String> get(String session, String path) {
        return send(withSession(HttpRequest.newBuilder(uri(path)), session).GET());
    }

    static HttpRequest.Builder withSession(HttpRequest.Builder request, String session) {
        return request.header("Cookie", Api.SESSION_COOKIE + "=" + session).header("Accept", "application/json");
    }

    static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String cookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(Api.SESSION_COOKIE + "="))
                .map(c -> c.substring((Api.SESSION_COOKIE + "=").length(), c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + response.headers()));
    }

    static URI uri(String path) {
        return URI.create(Api.BASE + path);
    }

    static String origin() {
        URI base = URI.create(Api.BASE);
        return base.getScheme() + "://" + base.getAuthority();
    }
}
