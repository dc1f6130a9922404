package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the served OpenAPI document, walked with malformed input (issue 18 §4,
 * ASVS V5.1.3/V5.1.4, V7.4.1): unknown and malformed query parameters, malformed path ids, bodies
 * that are not JSON, JSON with NUL characters, unpaired surrogates, absurd dates, numbers of the
 * wrong type and a field of 50 000 characters, and the wrong content types. No answer may be a
 * 5xx, and no error may echo more than a short excerpt of what was sent. Logged in as a Taoyuan
 * principal (a platform administrator for {@code /admin} operations).
 */
class ApiFuzzIT {

    /** A sent value far longer than any excerpt an error may quote. */
    private static final String HUGE = "Z".repeat(50_000);
    /** The longest run of the huge value an answer may contain. */
    private static final String ECHO = "Z".repeat(500);

    /** JSON where the operation answers JSON, else what it answers (a PDF). */
    private static final String PROBE_ACCEPT = "application/json, */*;q=0.1";

    private static final Api PRINCIPAL = Api.as("ty-principal");
    private static final Api ADMIN = Api.as("platform-admin");

    /*
     * Every request authenticates with Basic (PBKDF2, ~50 ms of CPU each), so the walk sends a few
     * well-chosen values per place rather than many: a word where a number goes, an overflowing
     * number, a NUL, an absurd date, an overlong value.
     */
    private static final List<String> BAD_IDS = List.of("abc", "99999999999999999999999", "%00");
    private static final List<String> BAD_VALUES = List.of("abc%00", "-999999999-01-01", "Z".repeat(5000));

    private final List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    private final java.util.concurrent.atomic.AtomicInteger requests = new java.util.concurrent.atomic.AtomicInteger();
    /** The requests, sent four at a time to keep the walk short. */
    private final List<java.util.concurrent.Callable<Object>> queued = new ArrayList<>();

    @AfterAll
    static void systemClock() {
        ADMIN.delete("/api/v1/admin/clock");
    }

    @Test
    void noOperationAnswers5xxOrEchoesItsInputWhole() throws InterruptedException {
        Api.Reply document = Api.anonymous("/openapi?format=JSON");
        assertEquals(200, document.status(), document.toString());
        JsonObject paths = document.json().getJsonObject("paths");
        assertTrue(paths.size() > 50, "the document lists the API's paths");
        long started = System.nanoTime();
        for (Map.Entry<String, JsonValue> path : paths.entrySet()) {
            for (Map.Entry<String, JsonValue> operation : path.getValue().asJsonObject().entrySet()) {
                String method = operation.getKey().toUpperCase();
                if (!List.of("GET", "POST", "PUT", "DELETE").contains(method)) {
                    continue;
                }
                walk(path.getKey(), method, operation.getValue().asJsonObject());
            }
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            for (var done : pool.invokeAll(queued)) {
                try {
                    done.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    failures.add("request failed: " + e.getCause());
                }
            }
        } finally {
            pool.shutdown();
        }
        System.out.printf("ApiFuzzIT: %d requests over %d paths in %d s%n", requests.get(), paths.size(),
                (System.nanoTime() - started) / 1_000_000_000);
        assertTrue(failures.isEmpty(), failures.size() + " failures:\n" + String.join("\n", failures));
    }

    private void walk(String template, String method, JsonObject operation) {
        Api caller = template.startsWith("/api/v1/admin") ? ADMIN : PRINCIPAL;
        String valid = template.replaceAll("\\{[^}]+}", "1");
        List<String> queryNames = new ArrayList<>();
        for (JsonValue p : operation.getOrDefault("parameters", JsonValue.EMPTY_JSON_ARRAY).asJsonArray()) {
            if ("query".equals(p.asJsonObject().getString("in", ""))) {
                queryNames.add(p.asJsonObject().getString("name"));
            }
        }

        // An unknown query parameter is refused before anything runs, naming it (or the caller before it).
        // The probe is otherwise a request the operation takes (its content type, a body, what it
        // answers in: JSON, else whatever it has, as a browser asks), so that the parameter is the only
        // thing wrong with it.
        String probeType = method.equals("POST") || method.equals("PUT") ? requestType(operation) : null;
        byte[] probeBody = probeType == null ? null
                : (probeType.equals("application/json") ? "{}" : "a\n").getBytes(StandardCharsets.UTF_8);
        queued.add(() -> {
            requests.incrementAndGet();
            Api.Reply unknown = caller.raw(method, valid + "?zzUnknown=1", probeType, PROBE_ACCEPT,
                    probeBody);
            boolean refusedCaller = unknown.status() == 401 || unknown.status() == 403;
            if (!refusedCaller && (unknown.status() != 400 || !unknown.body().contains("zzUnknown"))) {
                failures.add(method + " " + template + "?zzUnknown=1 → " + excerpt(unknown));
            }
            return null;
        });
        // Malformed path ids: never a 5xx (a 400 naming the parameter, or 404 for a word the path takes).
        if (template.contains("{")) {
            for (String id : BAD_IDS) {
                queue(caller, method, template.replaceFirst("\\{[^}]+}", id).replaceAll("\\{[^}]+}", "1"), null, null);
            }
        }
        // Malformed values of each declared query parameter.
        for (String name : queryNames) {
            for (String value : BAD_VALUES) {
                queue(caller, method, valid + "?" + name + "=" + value, null, null);
            }
        }
        // Bodies: not JSON, JSON with bad values in every property, and the wrong content types.
        if (operation.containsKey("requestBody") && !method.equals("GET")) {
            for (String body : List.of("{", "[]", "{\"version\":1e400}")) {
                queue(caller, method, valid, "application/json", body);
            }
            // Each bad value in every property at once: the whole record is checked and every field named.
            List<String> properties = properties(operation);
            for (String value : List.of("\"a\\u0000b\"", "\"\\ud800\"", "\"-999999999-01-01\"", "\"" + HUGE + "\"",
                    "-99999999999999999999")) {
                queue(caller, method, valid, "application/json", everyProperty(properties, value));
            }
            queue(caller, method, valid, "application/xml", "<a/>");
            queue(caller, method, valid, "text/csv; charset=" + "x".repeat(300), "a,b\n\"1,2\n");
            queue(caller, method, valid, "text/csv; charset=UTF-8", "日期,班級,座號,狀態\n\"2026-03-02,701,1,曠課\n");
        }
    }

    /** The operation's request content type, JSON where it takes JSON or declares none. */
    private static String requestType(JsonObject operation) {
        JsonObject content = operation.containsKey("requestBody")
                ? operation.getJsonObject("requestBody").getJsonObject("content") : null;
        if (content == null || content.isEmpty() || content.containsKey("application/json")) {
            return "application/json";
        }
        return content.keySet().iterator().next();
    }

    private static String everyProperty(List<String> properties, String value) {
        StringBuilder json = new StringBuilder("{");
        for (String property : properties) {
            json.append(json.length() > 1 ? "," : "").append('"').append(property).append("\":").append(value);
        }
        return json.append('}').toString();
    }

    /** The top-level properties of the operation's JSON request schema (following one $ref). */
    private List<String> properties(JsonObject operation) {
        JsonObject content = operation.getJsonObject("requestBody").getJsonObject("content");
        if (content == null || !content.containsKey("application/json")) {
            return List.of();
        }
        JsonObject schema = content.getJsonObject("application/json").getJsonObject("schema");
        if (schema == null) {
            return List.of();
        }
        if (schema.containsKey("$ref")) {
            String name = ((JsonString) schema.get("$ref")).getString().replace("#/components/schemas/", "");
            schema = COMPONENTS.getJsonObject(name);
        }
        if (schema == null || !schema.containsKey("properties")) {
            return List.of("data", "note", "date");
        }
        return new ArrayList<>(schema.getJsonObject("properties").keySet());
    }

    private static final JsonObject COMPONENTS = Api.anonymous("/openapi?format=JSON").json()
            .getJsonObject("components").getJsonObject("schemas");

    private void queue(Api caller, String method, String path, String contentType, String body) {
        queued.add(() -> send(caller, method, path, contentType, body));
    }

    private Api.Reply send(Api caller, String method, String path, String contentType, String body) {
        requests.incrementAndGet();
        Api.Reply reply = caller.raw(method, path, contentType, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
        if (reply.status() >= 500) {
            failures.add(method + " " + shorten(path) + " " + (body == null ? "" : shorten(body)) + " → " + excerpt(reply));
        } else if (reply.status() >= 400 && reply.body().contains(ECHO)) {
            failures.add(method + " " + shorten(path) + " → " + reply.status() + " echoes its input ("
                    + reply.body().length() + " characters)");
        }
        return reply;
    }

    private static String shorten(String text) {
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }

    private static String excerpt(Api.Reply reply) {
        return reply.status() + " " + shorten(reply.body());
    }
}
