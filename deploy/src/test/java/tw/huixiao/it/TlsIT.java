package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;

/**
 * HTTPS by default (issue 18): the server speaks TLS 1.2/1.3 only (ASVS V9.1.2, V9.1.3), plain
 * HTTP only redirects to HTTPS — the API too — (V9.1.1, V9.2.x), HSTS is sent over HTTPS
 * (V14.4.5), and forwarded headers are believed from trusted proxies only (a client cannot claim
 * "https" or another address itself; SECURITY.md, reverse-proxy mode).
 */
class TlsIT {

    private static final String HTTP_BASE = System.getProperty("huixiao.it.http.url", "http://localhost:9180");
    private static final HttpClient PLAIN = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void plainHttp_onlyRedirectsToHttps() throws Exception {
        URI https = URI.create(Api.BASE);
        for (String path : new String[] {"/", "/login", "/api/v1/me"}) {
            HttpResponse<String> answer = PLAIN.send(HttpRequest.newBuilder(URI.create(HTTP_BASE + path)).GET()
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(answer.statusCode() == 301 || answer.statusCode() == 302 || answer.statusCode() == 307
                    || answer.statusCode() == 308, path + ": " + answer.statusCode());
            URI location = URI.create(answer.headers().firstValue("Location").orElseThrow());
            assertEquals("https", location.getScheme(), path + " → " + location);
            assertEquals(https.getPort(), location.getPort(), path + " → " + location);
        }
        // An API call over plain HTTP is not answered with data, credentials or not.
        HttpResponse<String> api = PLAIN.send(HttpRequest.newBuilder(URI.create(HTTP_BASE + "/api/v1/me"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("ty-principal:" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertFalse(api.statusCode() == 200, api.body());
        assertFalse(api.body().contains("ty-principal"), api.body());
    }

    @Test
    void onlyTls12And13_areSpoken() throws Exception {
        URI https = URI.create(Api.BASE);
        try (SSLSocket socket = (SSLSocket) TestTls.CONTEXT.getSocketFactory().createSocket(https.getHost(), https.getPort())) {
            socket.startHandshake();
            assertEquals("TLSv1.3", socket.getSession().getProtocol());
        }
        // Offer TLS 1.2 only: accepted. (TLS 1.0/1.1 are refused by the server's sslProtocol and the JDK alike.)
        try (SSLSocket socket = (SSLSocket) TestTls.CONTEXT.getSocketFactory().createSocket(https.getHost(), https.getPort())) {
            socket.setEnabledProtocols(new String[] {"TLSv1.2"});
            socket.startHandshake();
            assertEquals("TLSv1.2", socket.getSession().getProtocol());
        }
    }

    @Test
    void hsts_overHttps() throws Exception {
        // Not for "localhost" (a developer's browser would force HTTPS on every local port): ask by address.
        URI https = URI.create(Api.BASE);
        HttpsURLConnection connection = (HttpsURLConnection) new URL("https://127.0.0.1:" + https.getPort() + "/login")
                .openConnection();
        connection.setSSLSocketFactory(TestTls.CONTEXT.getSocketFactory());
        // The address is not in the test certificate's names; the certificate itself is the one trusted.
        connection.setHostnameVerifier((host, session) -> {
            try {
                return session.getPeerCertificates()[0].equals(TestTls.CERTIFICATE);
            } catch (javax.net.ssl.SSLPeerUnverifiedException e) {
                return false;
            }
        });
        connection.setInstanceFollowRedirects(false);
        String hsts = connection.getHeaderField("Strict-Transport-Security");
        connection.disconnect();
        assertTrue(hsts != null && hsts.contains("max-age=31536000") && hsts.contains("includeSubDomains"), hsts);
    }

    @Test
    void forwardedHeadersFromAnUntrustedClient_areIgnored() throws Exception {
        // Reverse-proxy mode is off by default (huixiao.proxy.trusted matches no address): a client
        // claiming to have come through HTTPS is still redirected.
        HttpResponse<String> answer = PLAIN.send(HttpRequest.newBuilder(URI.create(HTTP_BASE + "/login"))
                .header("X-Forwarded-Proto", "https").header("Forwarded", "for=203.0.113.9;proto=https")
                .header("X-Forwarded-For", "203.0.113.9").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(answer.statusCode() >= 300 && answer.statusCode() < 400, "still redirected: " + answer.statusCode());
        assertTrue(answer.headers().firstValue("Location").orElse("").startsWith("https://"));
    }
}
