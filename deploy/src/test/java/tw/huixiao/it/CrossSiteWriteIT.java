package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A page of another origin must not change anything through the browser that visits it (issue 18):
 * the API takes no write on the UI's session cookie alone (ASVS V4.2.2, V13.2.3), refuses writes a
 * browser sends from another origin — another site or another port of this one — (V4.2.2), refuses
 * the content types an HTML form can send across sites (V13.2.5), and changes nothing on GET:
 * issuing a numbered document is a POST (V13.2.1). Reads through the session (the UI's print links)
 * still work, and a login cannot be posted from another site (login CSRF, V4.2.2).
 */
class CrossSiteWriteIT {

    private static final String ORIGIN = Sessions.origin();
    /** A valid header, an unknown column: a write the API itself answers 400 once it is let in. */
    private static final String CSV = "studentId,日期,假別\n0,2026-04-16,曠課\n";
    private static String session;

    @BeforeAll
    static void logIn() {
        session = Sessions.login("ty-homeroom-701", Api.DEMO_PASSWORD);
    }

    @Test
    void theSessionReadsThroughTheApi_butNeverWrites() throws Exception {
        // V13.2.3: the print links' GETs work on the session ...
        HttpResponse<String> me = send(withSession(HttpRequest.newBuilder(uri("/api/v1/me"))).GET());
        assertEquals(200, me.statusCode(), me.body());
        assertTrue(me.body().contains("ty-homeroom-701"), me.body());
        // ... a write on the session alone is not authenticated, from this origin or another.
        for (String origin : new String[] {ORIGIN, "https://evil.example", null}) {
            HttpRequest.Builder write = withSession(HttpRequest.newBuilder(uri("/api/v1/attendance")))
                    .header("Content-Type", "text/csv; charset=UTF-8").POST(body(CSV));
            if (origin != null) {
                write.header("Origin", origin);
            }
            HttpResponse<String> refused = send(write);
            assertEquals(401, refused.statusCode(), origin + ": " + refused.body());
            assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            assertTrue(refused.body().contains("API"), refused.body());
        }
        // The same write with the API's own credentials reaches the API (which judges the rows: 400).
        assertEquals(400, send(basic(HttpRequest.newBuilder(uri("/api/v1/attendance")))
                .header("Content-Type", "text/csv; charset=UTF-8").POST(body(CSV))).statusCode());
    }

    @Test
    void aWriteFromAPageOfAnotherOrigin_isRefusedEvenWithCredentials() throws Exception {
        // V4.2.2: a browser that remembers Basic credentials would send them from any page.
        for (String origin : new String[] {"https://evil.example", "https://localhost:1", "null"}) {
            HttpResponse<String> refused = send(basic(HttpRequest.newBuilder(uri("/api/v1/attendance")))
                    .header("Content-Type", "text/csv; charset=UTF-8").header("Origin", origin).POST(body(CSV)));
            assertEquals(403, refused.statusCode(), origin + ": " + refused.body());
            assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        }
        HttpResponse<String> fetchMetadata = send(basic(HttpRequest.newBuilder(uri("/api/v1/attendance")))
                .header("Content-Type", "text/csv; charset=UTF-8").header("Sec-Fetch-Site", "cross-site").POST(body(CSV)));
        assertEquals(403, fetchMetadata.statusCode(), fetchMetadata.body());
        // The application's own origin is fine.
        assertEquals(400, send(basic(HttpRequest.newBuilder(uri("/api/v1/attendance")))
                .header("Content-Type", "text/csv; charset=UTF-8").header("Origin", ORIGIN).POST(body(CSV))).statusCode());
    }

    @Test
    void contentTypesAnHtmlFormCanSend_areRefused() throws Exception {
        // V13.2.5: text/plain, form-urlencoded and multipart need no CORS preflight: 415 problem+json.
        for (String type : new String[] {"text/plain", "text/plain; charset=UTF-8", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x"}) {
            for (String path : new String[] {"/api/v1/attendance", "/api/v1/students"}) {
                HttpResponse<String> refused = send(basic(HttpRequest.newBuilder(uri(path)))
                        .header("Content-Type", type).POST(body(CSV)));
                assertEquals(415, refused.statusCode(), type + " " + path + ": " + refused.body());
                assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                        refused.headers().toString());
            }
        }
        // A type the operation does not declare: the API's own 415, problem+json too.
        HttpResponse<String> json = send(basic(HttpRequest.newBuilder(uri("/api/v1/attendance")))
                .header("Content-Type", "application/xml").POST(body("<x/>")));
        assertEquals(415, json.statusCode(), json.body());
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    @Test
    void issuingADocumentIsAPost_aGetChangesNothing() throws Exception {
        // V13.2.1: GET (a link, a prefetch, an <img>) does not take the school's next 發文字號.
        HttpResponse<String> get = send(basic(HttpRequest.newBuilder(
                uri("/api/v1/cases/1/documents/PARENT_NOTICE_REGISTERED_MAIL"))).GET());
        assertEquals(405, get.statusCode(), get.body());
        assertTrue(get.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    @Test
    void noCorsIsGranted() throws Exception {
        // V14.5.3: no origin is allowed to read or write cross-origin; a preflight gets no grant.
        HttpResponse<String> preflight = send(HttpRequest.newBuilder(uri("/api/v1/attendance"))
                .header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), preflight.headers().toString());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());
    }

    @Test
    void aLoginPostedFromAnotherSite_isRefused() throws Exception {
        // Login CSRF (V4.2.2): another site logging the visitor in as its own account.
        HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "https://evil.example")
                .POST(body("username=ty-homeroom-701&password=" + Api.DEMO_PASSWORD)));
        assertEquals(403, login.statusCode());
        assertTrue(login.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith(Api.SESSION_COOKIE + "=")),
                "no session for a cross-site login");
    }

    // ------------------------------------------------------------------ helpers

    private static HttpRequest.Builder withSession(HttpRequest.Builder request) {
        return Sessions.withSession(request, session);
    }

    private static HttpRequest.Builder basic(HttpRequest.Builder request) {
        return request.header("Accept", "application/json").header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString(("ty-homeroom-701:" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    private static HttpRequest.BodyPublisher body(String text) {
        return HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8);
    }

    private static URI uri(String path) {
        return Sessions.uri(path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        return Sessions.send(request);
    }
}
