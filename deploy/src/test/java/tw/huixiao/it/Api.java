package tw.huixiao.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A client of the running service's API, logged in as one demo account (deploy/demo/users.csv). */
final class Api {

    /** The test server over HTTPS (its self-signed certificate trusted through {@link TestTls}). */
    static final String BASE = System.getProperty("huixiao.it.url", "https://localhost:9480");
    static final String DEMO_PASSWORD = "huixiao-demo";
    /** The UI session's cookie (server.xml httpSession: __Host- prefix, ASVS V3.4.4). */
    static final String SESSION_COOKIE = "__Host-huixiao";
    private static final HttpClient HTTP = TestTls.client(HttpClient.Redirect.NEVER);

    private final String authorization;
    private final String username;
    private final String base;

    private Api(String username, String password) {
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.username = username;
        this.base = BASE;
    }

    private Api(String authorization) {
        this(authorization, null, BASE);
    }

    private Api(String authorization, String username, String base) {
        this.authorization = authorization;
        this.username = username;
        this.base = base;
    }

    /** The same account on another server of the same service (ClusterIT's second server). */
    Api at(String otherBase) {
        return new Api(authorization, username, otherBase);
    }

    /** The account this client logs in as (null for a token client). */
    String username() {
        return username;
    }

    /** A client that sends an API token ({@code Authorization: Bearer …}) instead of a password. */
    static Api bearer(String token) {
        return new Api("Bearer " + token);
    }

    static Api as(String username) {
        return new Api(username, DEMO_PASSWORD);
    }

    static Api as(String username, String password) {
        return new Api(username, password);
    }

    Reply get(String path) {
        return send(request(path).GET());
    }

    Reply post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    Reply postCsv(String path, String csv) {
        return send(request(path).header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)));
    }

    /** A file as its bytes (a Big5 CSV, a workbook) with the given content type. */
    Reply postBytes(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    Reply put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    Reply delete(String path) {
        return send(request(path).DELETE());
    }

    /** Any method, content type and body, as a client that does not follow the API would send them. */
    Reply raw(String method, String path, String contentType, byte[] body) {
        return raw(method, path, contentType, "application/json", body);
    }

    /** {@link #raw(String, String, String, byte[])} accepting the given media type (a PDF, a CSV). */
    Reply raw(String method, String path, String contentType, String accept, byte[] body) {
        // HTTP/1.1: the JDK client's default h2c upgrade of a request with a large body leaves
        // Liberty waiting on the write of its answer (H2WriteQEntry), so each such request hangs.
        HttpRequest.Builder request = request(path).version(HttpClient.Version.HTTP_1_1).setHeader("Accept", accept);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", authorization).header("Accept", "application/json");
    }

    static Reply anonymous(String path) {
        return send(HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(60)).GET());
    }

    /** A JSON POST without logging in (a password link is its own credential). */
    static Reply anonymousPost(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Reply(int status, String contentType, String body) {

        JsonObject json() {
            return (JsonObject) structure();
        }

        JsonStructure structure() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }
}
