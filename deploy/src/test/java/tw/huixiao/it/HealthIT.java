package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Issue 22 §4: health the orchestrator can trust. The IT server answers its three endpoints with
 * the application's named checks UP; a server of the same build whose application fails to start
 * (a wrong database password: the schema migration cannot connect) answers DOWN on
 * {@code /health/started} and {@code /health/ready}, never UP with no checks.
 */
class HealthIT {

    private static final HttpClient HTTP = TestTls.client(HttpClient.Redirect.NEVER);

    @Test
    void startedNamesTheMigrationAndTheModuleRegistry() {
        JsonObject started = health(Api.BASE, "/health/started", 200);
        JsonObject check = check(started, "started");
        assertEquals("UP", check.getString("status"), check.toString());
        assertTrue(check.getJsonObject("data").getBoolean("migrated"), check.toString());
        assertTrue(check.getJsonObject("data").getBoolean("modulesLoaded"), check.toString());
        assertEquals(Set.of("started"), names(started), "startup checks only");
    }

    @Test
    void liveNamesTheJvm() {
        JsonObject live = health(Api.BASE, "/health/live", 200);
        JsonObject jvm = check(live, "jvm");
        assertEquals("UP", jvm.getString("status"), jvm.toString());
        assertEquals(0, jvm.getJsonObject("data").getJsonNumber("deadlockedThreads").intValue(), jvm.toString());
        assertEquals(Set.of("jvm"), names(live), "liveness checks only: the database is readiness");
    }

    @Test
    void readyNamesTheDatabaseTheModulesAndThatTheServerAcceptsWork() {
        JsonObject ready = health(Api.BASE, "/health/ready", 200);
        assertEquals(Set.of("database", "modules", "accepting-work"), names(ready));
        for (JsonValue c : ready.getJsonArray("checks")) {
            assertEquals("UP", c.asJsonObject().getString("status"), c.toString());
        }
        assertTrue(check(ready, "database").getJsonObject("data").getJsonNumber("schools").longValue() > 0);
        assertTrue(check(ready, "modules").getJsonObject("data").getJsonNumber("active").longValue() >= 4,
                "the four bundled county modules: " + ready);
        assertEquals(false, check(ready, "accepting-work").getJsonObject("data").getBoolean("stopping"));
    }

    @Test
    void aServerWhoseApplicationFailedToStartIsNeitherStartedNorReady() {
        try (SecondServer broken = SecondServer.startFailing(Map.of(
                "HUIXIAO_DB_OWNER_PASSWORD", "not-the-password", "HUIXIAO_DB_APP_PASSWORD", "not-the-password"))) {
            // Asked after Liberty reported the application not started (SecondServer.startFailing).
            String log = broken.log();
            for (String path : new String[] {"/health/started", "/health/ready"}) {
                JsonObject down = health(broken.base(), path, 503);
                assertEquals("DOWN", down.getString("status"), path + " " + down + "\n" + log);
                assertEquals(Set.of(), names(down), "no application, no checks: " + path + " " + down);
            }
            // Liveness has nothing to say about an application that never started: the startup
            // probe decides (the orchestrator restarts the container when it stays DOWN).
            health(broken.base(), "/health/live", 200);
        }
    }

    private static JsonObject health(String base, String path, int status) {
        try {
            HttpResponse<String> reply = HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(status, reply.statusCode(), path + ": " + reply.body());
            try (var reader = Json.createReader(new StringReader(reply.body()))) {
                return reader.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject check(JsonObject health, String name) {
        JsonObject found = health.getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("name").equals(name)).findFirst().orElse(null);
        assertNotNull(found, name + " in " + health);
        return found;
    }

    private static Set<String> names(JsonObject health) {
        Set<String> names = new TreeSet<>();
        health.getJsonArray("checks").forEach(c -> names.add(c.asJsonObject().getString("name")));
        return names;
    }
}
