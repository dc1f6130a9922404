package tw.huixiao.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Before the first integration test: the IT server's application is started (its readiness
 * answers UP with its own named checks), else every test class fails at once with the server's
 * start-up errors. Without it, an application that failed to deploy (Liberty keeps running and
 * answers "Context Root Not Found") made every test fail one by one over twenty minutes, with the
 * cause only in the server's log. Registered for every test class of this module (JUnit's
 * extension auto-detection); unit tests (not *IT) are left alone.
 */
public final class ApplicationStarted implements BeforeAllCallback {

    private static final Duration WITHIN = Duration.ofSeconds(120);
    private static volatile String verdict;

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!context.getRequiredTestClass().getSimpleName().endsWith("IT")) {
            return;
        }
        String found = verdict;
        if (found == null) {
            synchronized (ApplicationStarted.class) {
                if (verdict == null) {
                    verdict = check();
                }
                found = verdict;
            }
        }
        if (!found.isEmpty()) {
            throw new IllegalStateException(found);
        }
    }

    /** Empty when the application is ready; otherwise what went wrong. */
    private static String check() {
        HttpClient http = TestTls.client(HttpClient.Redirect.NEVER);
        long until = System.nanoTime() + WITHIN.toNanos();
        String last = "no answer";
        while (System.nanoTime() < until) {
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create(Api.BASE + "/health/ready"))
                        .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200 && ready.body().contains("\"name\"")) {
                    return "";
                }
                last = ready.statusCode() + " " + ready.body();
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted while waiting for the IT server";
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted while waiting for the IT server";
            }
        }
        return "the IT server's application is not ready after " + WITHIN.toSeconds() + " s (last answer " + last
                + "); its errors:\n" + errors();
    }

    private static String errors() {
        Path messages = TestTls.SERVER.resolve("logs/messages.log");
        try {
            List<String> lines = Files.readAllLines(messages);
            return lines.stream().filter(l -> l.contains(" E ") || l.contains("CWWKZ0002E"))
                    .limit(20).collect(Collectors.joining("\n"));
        } catch (IOException e) {
            return "(no " + messages + ": " + e + ")";
        }
    }
}
