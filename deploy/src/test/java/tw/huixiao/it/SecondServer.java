package tw.huixiao.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A second Open Liberty server of the same build on the same database as the IT server
 * (issue 21's "two servers on one database", issue 22's cluster): a server directory beside
 * huixiao-it in the same Liberty installation, with the same server.xml, WAR, JDBC driver,
 * HTTPS key (so {@link TestTls} trusts it), module trust anchor and settings, on ports
 * it.http.port + 201 and it.https.port + 201 (9381/9681 by default; override with
 * huixiao.it.second.http.port / huixiao.it.second.https.port). The database settings come from
 * the environment the build runs in (HUIXIAO_DB_*), as for the IT server.
 * {@link #close()} stops it; a JVM shutdown hook stops it too if a test run is cut short.
 * {@link #kill()} ends its JVM with SIGKILL (kill -9), as a server dying would (issue 22 §3);
 * {@link #startFailing} starts one whose application fails to start (HealthIT).
 */
final class SecondServer implements AutoCloseable {

    static final String NAME = "huixiao-it-b";
    private static final Duration READY_WITHIN = Duration.ofSeconds(480);

    private final Path wlp;
    private final Path dir;
    private final Map<String, String> settings;
    private final Map<String, String> environment;
    final int httpPort;
    final int httpsPort;
    private final Thread hook;
    private boolean stopped;

    private SecondServer(Path wlp, int httpPort, int httpsPort, Map<String, String> settings,
                         Map<String, String> environment) {
        this.wlp = wlp;
        this.settings = Map.copyOf(settings);
        this.environment = Map.copyOf(environment);
        this.dir = wlp.resolve("usr/servers").resolve(NAME);
        this.httpPort = httpPort;
        this.httpsPort = httpsPort;
        this.hook = new Thread(this::stopQuietly, "stop " + NAME);
    }

    /** The second server's HTTPS address. */
    String base() {
        return "https://localhost:" + httpsPort;
    }

    /** Creates, starts and waits for the second server to be ready (its own readiness checks UP). */
    static SecondServer start() {
        return start(Map.of());
    }

    /**
     * {@link #start()} with settings of this server only, added to the IT server's (test-only
     * settings such as a pause between schools of the daily run).
     */
    static SecondServer start(Map<String, String> settings) {
        SecondServer server = create(settings, Map.of());
        try {
            server.launch();
            server.awaitReady();
        } catch (RuntimeException | Error e) {
            server.close();
            throw e;
        }
        return server;
    }

    /**
     * Creates and starts the second server with these environment variables over the build's
     * (e.g. a wrong database password), and waits until Liberty reports that its application
     * was not started.
     */
    static SecondServer startFailing(Map<String, String> environment) {
        SecondServer server = create(Map.of(), environment);
        try {
            server.launch();
            server.awaitApplicationFailed();
        } catch (RuntimeException | Error e) {
            server.close();
            throw e;
        }
        return server;
    }

    private static SecondServer create(Map<String, String> settings, Map<String, String> environment) {
        Path it = TestTls.SERVER.toAbsolutePath();
        Path wlp = it.getParent().getParent().getParent();
        int http = Integer.getInteger("huixiao.it.second.http.port", Integer.getInteger("it.http.port", 9180) + 201);
        int https = Integer.getInteger("huixiao.it.second.https.port",
                Integer.getInteger("it.https.port", 9480) + 201);
        SecondServer server = new SecondServer(wlp, http, https, settings, environment);
        server.create(it);
        Runtime.getRuntime().addShutdownHook(server.hook);
        return server;
    }

    private void create(Path it) {
        // A server left by a run that was killed: stop it and start from a clean directory.
        if (Files.isDirectory(dir)) {
            stopQuietly();
            deleteTree(dir);
            stopped = false;
        }
        for (int port : new int[] {httpPort, httpsPort}) {
            if (listening(port)) {
                throw new IllegalStateException("port " + port + " is in use: the second server needs it");
            }
        }
        try {
            Files.createDirectories(dir.resolve("apps"));
            Files.createDirectories(dir.resolve("resources/security"));
            for (String file : List.of("server.xml", "jvm.options", "server.env", "module-trust-anchors.pem",
                    "resources/security/key.p12", "resources/security/ltpa.keys", "apps/huixiao.war")) {
                if (Files.exists(it.resolve(file))) {
                    Files.copy(it.resolve(file), dir.resolve(file), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            copyTree(it.resolve("jdbc"), dir.resolve("jdbc"));
            // The IT server's settings with this server's ports; no Arquillian connector.
            String bootstrap;
            try (Stream<String> lines = Files.lines(it.resolve("bootstrap.properties"))) {
                bootstrap = lines.filter(l -> !l.startsWith("http.port=") && !l.startsWith("https.port=")
                                && !l.startsWith("huixiao.base-url=") && !l.startsWith("huixiao.test.config="))
                        .collect(Collectors.joining("\n", "", "\n"));
            }
            bootstrap += "http.port=" + httpPort + "\nhttps.port=" + httpsPort + "\nhuixiao.base-url=" + base() + "\n";
            for (Map.Entry<String, String> setting : settings.entrySet()) {
                bootstrap += setting.getKey() + "=" + setting.getValue() + "\n";
            }
            Files.writeString(dir.resolve("bootstrap.properties"), bootstrap);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code server start} returns once the server reports started, or with an error when that
     * takes longer than its own timeout (a loaded machine): readiness decides either way.
     */
    private void launch() {
        int exit = server("start", Duration.ofSeconds(300));
        if (exit != 0) {
            System.err.println("server start " + NAME + " exited " + exit + "; waiting for its readiness");
        }
    }

    private void awaitReady() {
        HttpClient http = TestTls.client(HttpClient.Redirect.NEVER);
        long until = System.nanoTime() + READY_WITHIN.toNanos();
        String last = "no answer";
        while (System.nanoTime() < until) {
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create(base() + "/health/ready"))
                        .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
                // 200 only when the application started and every one of its readiness checks is UP
                // (one that has not started, or failed to, answers 503: HealthIT).
                if (ready.statusCode() == 200) {
                    return;
                }
                last = ready.statusCode() + " " + ready.body();
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(1000);
        }
        throw new IllegalStateException(NAME + " not ready within " + READY_WITHIN.toSeconds() + " s (last answer "
                + last + "):\n" + log());
    }

    /** Waits for Liberty's word that the application was not started (CWWKZ0012I) or failed (CWWKZ0002E). */
    private void awaitApplicationFailed() {
        Path messages = dir.resolve("logs/messages.log");
        long until = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < until) {
            try {
                if (Files.exists(messages)) {
                    String log = Files.readString(messages);
                    if (log.contains("CWWKZ0012I") || log.contains("CWWKZ0002E")) {
                        return;
                    }
                    if (log.contains("CWWKZ0001I")) {
                        throw new IllegalStateException(NAME + "'s application started, it was to fail:\n" + log());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            sleep(1000);
        }
        throw new IllegalStateException(NAME + "'s application neither started nor failed within "
                + READY_WITHIN.toSeconds() + " s:\n" + log());
    }

    /** The server's JVM's process id, from the pid file the {@code server} script writes. */
    long pid() {
        Path file = wlp.resolve("usr/servers/.pid").resolve(NAME + ".pid");
        try {
            return Long.parseLong(Files.readString(file).trim());
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("no pid file " + file + ": " + e, e);
        }
    }

    /** Kills the server's JVM at once (SIGKILL, kill -9): no shutdown hook, no stop, connections cut. */
    synchronized void kill() {
        long pid = pid();
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException(NAME + " (pid "
                + pid + ") is not running"));
        process.destroyForcibly();
        try {
            process.onExit().get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(NAME + " (pid " + pid + ") did not die: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        stopped = true;
        try {
            Files.deleteIfExists(wlp.resolve("usr/servers/.pid").resolve(NAME + ".pid"));
        } catch (IOException e) {
            // the next start's create() stops what is left
        }
    }

    @Override
    public synchronized void close() {
        stopQuietly();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run
        }
    }

    private synchronized void stopQuietly() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            if (server("stop", Duration.ofSeconds(90)) != 0) {
                server("stop", Duration.ofSeconds(30), "--force");
            }
        } catch (RuntimeException e) {
            System.err.println("could not stop " + NAME + ": " + e);
        }
    }

    private int server(String action, Duration timeout, String... more) {
        List<String> command = new java.util.ArrayList<>(List.of(wlp.resolve("bin/server").toString(), action, NAME));
        command.addAll(List.of(more));
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(wlp.getParent().resolve(NAME + ".log").toFile()));
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The end of the second server's messages.log, for a failure's message. */
    String log() {
        Path messages = dir.resolve("logs/messages.log");
        try {
            if (!Files.exists(messages)) {
                return "(no messages.log)";
            }
            List<String> lines = Files.readAllLines(messages);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(messages.log unreadable: " + e + ")";
        }
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
