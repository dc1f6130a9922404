import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * Issue 23's load benchmark (deploy/bench/load/README.md): homeroom teachers' morning at 100, 200
 * and 400 concurrent users against one running server, with API tokens and with login sessions.
 * Not a test: it prints and writes a results table. Run by deploy/bench/load/run, which starts the
 * server and passes its process id for the CPU and heap figures.
 *
 * <pre>java -cp parsson.jar:jakarta.json-api.jar LoadBench.java setup|mix|ui-heap …</pre>
 */
public class LoadBench {

    static final String PASSWORD = "bench-load-password";
    static final String ADMIN = "platform-admin:huixiao-demo";
    static final int CLASSES_PER_SCHOOL = 20;
    static final int STUDENTS_PER_CLASS = 25;
    static final String DAY = "2026-12-09";
    static final List<String> STREAK_DAYS = List.of("2026-12-03", "2026-12-04", "2026-12-07", "2026-12-08");

    static String base;
    static HttpClient http;

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: LoadBench <base-url> <work-dir> setup <teachers> | mix <token|session> <users> <seconds> <pid>"
                    + " | ui-heap <sessions> <pid>");
            System.exit(2);
        }
        base = args[0];
        Path work = Path.of(args[1]);
        http = client();
        switch (args[2]) {
            case "setup" -> Setup.run(work, Integer.parseInt(args[3]));
            case "mix" -> Mix.run(work, args[3], Integer.parseInt(args[4]), Integer.parseInt(args[5]),
                    Long.parseLong(args[6]));
            case "ui-heap" -> UiHeap.run(work, Integer.parseInt(args[3]), Long.parseLong(args[4]));
            default -> throw new IllegalArgumentException(args[2]);
        }
        // The client's and the users' pools are not daemon threads.
        System.exit(0);
    }

    // ------------------------------------------------------------------ HTTP

    /** HTTP/1.1 like a browser's own connections; the local self-signed key is accepted (loopback only). */
    static HttpClient client() throws Exception {
        if (!URI.create(base).getHost().matches("localhost|127\\.0\\.0\\.1")) {
            throw new IllegalArgumentException("the load benchmark sends traffic to localhost only: " + base);
        }
        System.setProperty("jdk.internal.httpclient.disableHostnameVerification", "true");
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[] {new X509TrustManager() {
            public void checkClientTrusted(X509Certificate[] chain, String type) { }
            public void checkServerTrusted(X509Certificate[] chain, String type) { }
            public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
        }}, new SecureRandom());
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(tls)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newFixedThreadPool(8)).build();
    }

    record Reply(int status, String body, HttpResponse<String> raw) {
        JsonObject json() {
            return (JsonObject) parse(body);
        }

        JsonArray array() {
            return (JsonArray) parse(body);
        }

        Reply expect(int... statuses) {
            for (int s : statuses) {
                if (s == status) {
                    return this;
                }
            }
            throw new IllegalStateException("HTTP " + status + " " + raw.request().method() + " " + raw.request().uri()
                    + ": " + body.substring(0, Math.min(600, body.length())));
        }
    }

    static JsonValue parse(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readValue();
        }
    }

    static Reply send(String method, String path, String auth, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (auth != null) {
            request.header(auth.startsWith("__Host-") || auth.startsWith("JSESSIONID") ? "Cookie" : "Authorization", auth);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static Reply json(String method, String path, String auth, String body) {
        return send(method, path, auth, body == null ? null : "application/json", body);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The login form as the browser posts it; the session cookie it sets. */
    static String login(String username) {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
        Reply reply = send("POST", "/login", null, "application/x-www-form-urlencoded", form);
        if (reply.status() / 100 != 3) {
            throw new IllegalStateException("login of " + username + ": HTTP " + reply.status());
        }
        // The last one: the login ends the session it was posted in and sets the new one after it.
        return reply.raw().headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0])
                .filter(c -> c.startsWith("__Host-") || c.startsWith("JSESSIONID")).reduce((first, second) -> second)
                .orElseThrow(() -> new IllegalStateException("no session cookie for " + username));
    }

    static void log(String message) {
        System.err.printf("[load %tT] %s%n", System.currentTimeMillis(), message);
    }

    // ------------------------------------------------------------------ the teachers

    /** A homeroom teacher of the set-up: their class, its students, an API token and their open cases' ids. */
    record Teacher(String username, long classId, List<Long> students, String token) {
        static String line(Teacher t) {
            return t.username + "\t" + t.classId + "\t" + t.students.stream().map(String::valueOf)
                    .reduce((a, b) -> a + "," + b).orElse("") + "\t" + t.token;
        }

        static Teacher of(String line) {
            String[] f = line.split("\t");
            return new Teacher(f[0], Long.parseLong(f[1]),
                    java.util.Arrays.stream(f[2].split(",")).map(Long::parseLong).toList(), f[3]);
        }
    }

    static List<Teacher> teachers(Path work) throws IOException {
        return Files.readAllLines(work.resolve("teachers.tsv")).stream().filter(l -> !l.isBlank()).map(Teacher::of).toList();
    }

    /**
     * Not measured: schools of the Taoyuan module with 20 classes of 25 students each, one 導師 account
     * per class with an API token, two students per class away without leave for the four school
     * days before (their cases open and the ladder gives the 導師 duties), the platform clock on a
     * school day at 07:40.
     */
    static final class Setup {
        static void run(Path work, int teachers) throws Exception {
            Files.createDirectories(work);
            String admin = basic(ADMIN.split(":")[0], ADMIN.split(":")[1]);
            json("PUT", "/api/v1/admin/clock", admin, "{\"instant\":\"" + DAY + "T07:40:00+08:00\"}").expect(200);
            int schools = (teachers + CLASSES_PER_SCHOOL - 1) / CLASSES_PER_SCHOOL;
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<List<Teacher>>> made = new ArrayList<>();
            for (int s = 1; s <= schools; s++) {
                int number = s;
                made.add(pool.submit(() -> school(admin, number)));
            }
            List<Teacher> all = new ArrayList<>();
            for (Future<List<Teacher>> f : made) {
                all.addAll(f.get());
            }
            pool.shutdown();
            Files.write(work.resolve("teachers.tsv"), all.stream().map(Teacher::line).toList());
            log("set up " + schools + " schools, " + all.size() + " homeroom teachers, "
                    + all.stream().mapToInt(t -> t.students().size()).sum() + " students");
        }

        static List<Teacher> school(String admin, int number) {
            String moeCode = String.valueOf(700000 + number);
            long schoolId = json("POST", "/api/v1/admin/schools", admin, """
                    {"moeCode":"%s","name":"壓測第%d國民中學","county":"TAOYUAN","level":"JUNIOR_HIGH","district":"測試區",
                     "remoteArea":false,"address":"測試路 %d 號","phone":"03-0000000"}""".formatted(moeCode, number, number))
                    .expect(201).json().getJsonNumber("id").longValue();
            String schoolAdmin = account(admin, schoolId, "load-admin-" + moeCode, "SCHOOL_ADMIN");
            List<String> usernames = new ArrayList<>();
            StringBuilder csv = new StringBuilder("學號,班級,座號,姓名,性別,出生日期,身分證統一編號,原住民身分,監護人,電話,地址\n");
            List<Long> classIds = new ArrayList<>();
            for (int c = 1; c <= CLASSES_PER_SCHOOL; c++) {
                int grade = 7 + (c - 1) * 3 / CLASSES_PER_SCHOOL;
                String className = grade + String.format("%02d", c);
                String username = "load-t-" + moeCode + "-" + className;
                long teacherId = json("POST", "/api/v1/admin/schools/" + schoolId + "/accounts", admin, """
                        {"username":"%s","displayName":"壓○測 導師","password":"%s","roles":["HOMEROOM_TEACHER"]}"""
                        .formatted(username, PASSWORD)).expect(201).json().getJsonNumber("id").longValue();
                classIds.add(json("POST", "/api/v1/admin/schools/" + schoolId + "/classes", admin, """
                        {"schoolYear":115,"grade":%d,"name":"%s","homeroomTeacherId":%d}"""
                        .formatted(grade, className, teacherId)).expect(201).json().getJsonNumber("id").longValue());
                usernames.add(username);
                for (int seat = 1; seat <= STUDENTS_PER_CLASS; seat++) {
                    int serial = (number * CLASSES_PER_SCHOOL + c) * 100 + seat;
                    String nationalId = nationalId(seat % 2 == 0 ? 2 : 1, serial);
                    csv.append("%s%02d%02d,%s,%d,王○%d,%s,%d/%02d/%02d,%s,否,王○華,03-%07d,測試路 %d 號\n".formatted(
                            moeCode, c, seat, className, seat, serial, seat % 2 == 0 ? "女" : "男", 101 - (grade - 7),
                            1 + seat % 12, 1 + seat % 28, nationalId, serial, serial));
                }
            }
            send("POST", "/api/v1/school/students/import?apply=true&fileName=" + moeCode + ".csv", schoolAdmin,
                    "text/csv; charset=UTF-8", csv.toString()).expect(200);
            List<Teacher> made = new ArrayList<>();
            for (int c = 0; c < CLASSES_PER_SCHOOL; c++) {
                String username = usernames.get(c);
                String token = token(basic(username, PASSWORD), "attendance:read\",\"attendance:write\",\"cases:read\",\"cases:write");
                List<Long> students = json("GET", "/api/v1/attendance/classes/" + classIds.get(c) + "?date=" + DAY, token, null)
                        .expect(200).array().stream().map(v -> v.asJsonObject().getJsonNumber("studentId").longValue()).toList();
                // Two students away without leave the four school days before: the county's ladder
                // opens their cases and gives the 導師 the duties of each streak day.
                for (String day : STREAK_DAYS) {
                    json("POST", "/api/v1/attendance/roll", token, """
                            {"classId":%d,"date":"%s","entries":[{"studentId":%d,"status":"曠課"},{"studentId":%d,"status":"曠課"}]}"""
                            .formatted(classIds.get(c), day, students.get(0), students.get(1))).expect(200);
                }
                made.add(new Teacher(username, classIds.get(c), students, token));
            }
            log("school " + moeCode + ": " + made.size() + " classes");
            return made;
        }

        static String account(String admin, long schoolId, String username, String roles) {
            json("POST", "/api/v1/admin/schools/" + schoolId + "/accounts", admin, """
                    {"username":"%s","displayName":"壓○測","password":"%s","roles":["%s"]}"""
                    .formatted(username, PASSWORD, roles)).expect(201);
            return basic(username, PASSWORD);
        }

        static String token(String auth, String scopes) {
            return "Bearer " + json("POST", "/api/v1/me/tokens", auth, """
                    {"name":"deploy/bench/load","scopes":["%s"],"days":1}""".formatted(scopes))
                    .expect(201, 200).json().getString("token");
        }

        /** A synthetic 身分證統一編號 with a valid check digit (letter A). */
        static String nationalId(int sex, int serial) {
            String body = sex + String.format("%07d", serial % 10_000_000);
            int area = 10;
            int sum = area / 10 + (area % 10) * 9;
            for (int i = 0; i < 8; i++) {
                sum += (body.charAt(i) - '0') * (8 - i);
            }
            int check = (10 - sum % 10) % 10;
            return "A" + body + check;
        }
    }

    // ------------------------------------------------------------------ the morning mix

    /** Latencies per operation, in microseconds, and the failures with their first answers. */
    static final class Recorder {
        final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
        final Map<String, Integer> errors = new ConcurrentHashMap<>();
        final Map<String, String> firstError = new ConcurrentHashMap<>();
        volatile boolean measuring;

        <T> T time(String op, java.util.function.Supplier<T> call) {
            long start = System.nanoTime();
            try {
                T result = call.get();
                if (measuring) {
                    latencies.computeIfAbsent(op, k -> Collections.synchronizedList(new ArrayList<>()))
                            .add((System.nanoTime() - start) / 1000);
                }
                return result;
            } catch (RuntimeException e) {
                if (measuring) {
                    errors.merge(op, 1, Integer::sum);
                    firstError.putIfAbsent(op, String.valueOf(e.getMessage()));
                }
                return null;
            }
        }
    }

    static final class Mix {
        static void run(Path work, String mode, int users, int seconds, long pid) throws Exception {
            List<Teacher> teachers = teachers(work);
            if (teachers.size() < users) {
                throw new IllegalStateException(users + " users need as many teachers; set up " + teachers.size());
            }
            Recorder recorder = new Recorder();
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService pool = Executors.newFixedThreadPool(users);
            int rampMillis = 10_000;
            long thinkMillis = Long.parseLong(System.getenv().getOrDefault("THINK_MS", "1000"));
            CountDownLatch done = new CountDownLatch(users);
            int[] mornings = new int[users];
            int[] duties = new int[users];
            for (int u = 0; u < users; u++) {
                Teacher teacher = teachers.get(u);
                int index = u;
                long delay = (long) rampMillis * u / users;
                pool.submit(() -> {
                    try {
                        Thread.sleep(delay);
                        Morning morning = "token".equals(mode) ? new TokenMorning(teacher, recorder, thinkMillis)
                                : new SessionMorning(teacher, recorder, thinkMillis);
                        while (running.get()) {
                            boolean measured = recorder.measuring;
                            int completed = morning.once();
                            if (measured && recorder.measuring) {
                                mornings[index]++;
                                duties[index] += completed;
                            }
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (RuntimeException e) {
                        recorder.errors.merge("user", 1, Integer::sum);
                        recorder.firstError.putIfAbsent("user", String.valueOf(e));
                    } finally {
                        done.countDown();
                    }
                });
            }
            Thread.sleep(rampMillis + 5_000);
            Cpu before = Cpu.of(pid);
            recorder.measuring = true;
            Thread.sleep(seconds * 1000L);
            recorder.measuring = false;
            Cpu after = Cpu.of(pid);
            running.set(false);
            done.await();
            pool.shutdown();
            report(work, mode, users, seconds, recorder, before, after, pid,
                    java.util.Arrays.stream(mornings).sum(), java.util.Arrays.stream(duties).sum());
        }

        static void report(Path work, String mode, int users, int seconds, Recorder recorder, Cpu before, Cpu after, long pid,
                           int mornings, int duties) throws IOException {
            List<Long> all = new ArrayList<>();
            recorder.latencies.values().forEach(all::addAll);
            int errors = recorder.errors.values().stream().mapToInt(Integer::intValue).sum();
            double wall = (after.nanos - before.nanos) / 1e9;
            double server = (after.cpuSeconds - before.cpuSeconds) / wall;
            double harness = (after.harnessSeconds - before.harnessSeconds) / wall;
            double rest = (after.machineSeconds - before.machineSeconds) / wall - server - harness;
            String heap = Heap.used(pid);
            String row = "| %s | %d | %.1f | %s | %s | %s | %d | %.2f / %.2f / %.2f | %s | %d / %d |".formatted(mode, users,
                    all.size() / (double) seconds, ms(all, 50), ms(all, 95), ms(all, 99), errors, server, rest, harness, heap,
                    mornings, duties);
            StringBuilder perOp = new StringBuilder();
            new TreeMap<>(recorder.latencies).forEach((op, list) -> perOp.append("|   %s | %d | %s | %s | %s | %d |%n"
                    .formatted(op, list.size(), ms(list, 50), ms(list, 95), ms(list, 99), recorder.errors.getOrDefault(op, 0))));
            recorder.errors.forEach((op, n) -> {
                if (!recorder.latencies.containsKey(op)) {
                    perOp.append("|   %s | 0 | | | | %d |%n".formatted(op, n));
                }
            });
            Files.writeString(work.resolve("mix-" + mode + "-" + users + ".md"), row + "\n" + perOp,
                    StandardCharsets.UTF_8);
            recorder.firstError.forEach((op, e) -> log("first error of " + op + ": " + e));
            System.out.println(row);
            System.out.print(perOp);
        }

        static String ms(List<Long> micros, int percentile) {
            if (micros.isEmpty()) {
                return "–";
            }
            List<Long> sorted;
            synchronized (micros) {
                sorted = new ArrayList<>(micros);
            }
            Collections.sort(sorted);
            long value = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
            return String.format(Locale.ROOT, "%.0f ms", value / 1000.0);
        }
    }

    /** One teacher's morning; returns the duties completed. */
    abstract static class Morning {
        final Teacher teacher;
        final Recorder recorder;
        final long thinkMillis;

        Morning(Teacher teacher, Recorder recorder, long thinkMillis) {
            this.teacher = teacher;
            this.recorder = recorder;
            this.thinkMillis = thinkMillis;
        }

        abstract int once() throws InterruptedException;

        /** A person reading the page: 0.5–1.5 × THINK_MS. */
        void think() throws InterruptedException {
            if (thinkMillis > 0) {
                Thread.sleep(thinkMillis / 2 + ThreadLocalRandom.current().nextLong(thinkMillis + 1));
            }
        }

        /** The roll as a teacher sends it: one or two students absent, the rest present. */
        String roll() {
            List<Long> students = teacher.students();
            ThreadLocalRandom random = ThreadLocalRandom.current();
            long absent = students.get(2 + random.nextInt(students.size() - 2));
            String status = random.nextBoolean() ? "病假" : "事假";
            return """
                    {"classId":%d,"date":"%s","entries":[{"studentId":%d,"status":"%s"}]}"""
                    .formatted(teacher.classId(), DAY, absent, status);
        }
    }

    /**
     * The morning through the API with the teacher's token: who am I, Today, the class roll, save it,
     * the case list, one case, and one duty done (while the ladder still has one for them).
     */
    static final class TokenMorning extends Morning {
        TokenMorning(Teacher teacher, Recorder recorder, long thinkMillis) {
            super(teacher, recorder, thinkMillis);
        }

        @Override
        int once() throws InterruptedException {
            String auth = teacher.token();
            recorder.time("1 log in (GET /me)", () -> json("GET", "/api/v1/me", auth, null).expect(200));
            think();
            Reply today = recorder.time("2 Today (GET /tasks)", () -> json("GET", "/api/v1/tasks?due=open", auth, null).expect(200));
            think();
            recorder.time("3 open the roll", () ->
                    json("GET", "/api/v1/attendance/classes/" + teacher.classId() + "?date=" + DAY, auth, null).expect(200));
            think();
            recorder.time("4 save the roll", () -> json("POST", "/api/v1/attendance/roll", auth, roll()).expect(200));
            think();
            Reply cases = recorder.time("5 case list", () -> json("GET", "/api/v1/cases?size=20", auth, null).expect(200));
            think();
            Optional<JsonObject> first = cases == null ? Optional.empty()
                    : cases.json().getJsonArray("items").stream().map(JsonValue::asJsonObject).findFirst();
            first.ifPresent(c -> recorder.time("6 open a case", () ->
                    json("GET", "/api/v1/cases/" + c.getJsonNumber("id"), auth, null).expect(200)));
            think();
            Optional<JsonObject> duty = today == null ? Optional.empty()
                    : today.array().stream().map(JsonValue::asJsonObject).findFirst();
            if (duty.isPresent()) {
                JsonObject task = duty.get();
                Reply done = recorder.time("7 complete a duty", () -> json("POST", "/api/v1/tasks/" + task.getJsonNumber("id")
                        + "/complete", auth, "{\"notApplicable\":true,\"note\":\"壓測：本日不適用\",\"version\":"
                        + task.getJsonNumber("version") + "}").expect(200));
                think();
                return done == null ? 0 : 1;
            }
            return 0;
        }
    }

    /**
     * The morning in the browser's UI with a login session: the login form, the Today page (a new
     * Vaadin UI, its view rendered on the server), then the roll, the case list and one case by the
     * UI's own navigation requests, and the page closed (the unload beacon a browser sends).
     */
    static final class SessionMorning extends Morning {
        private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");
        private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");
        private static final Pattern SYNC_ID = Pattern.compile("\"syncId\"\\s*:\\s*(\\d+)");
        private static final Pattern CLIENT_ID = Pattern.compile("\"clientId\"\\s*:\\s*(\\d+)");
        private final Long caseId;
        private String cookie;

        SessionMorning(Teacher teacher, Recorder recorder, long thinkMillis) {
            super(teacher, recorder, thinkMillis);
            caseId = Optional.ofNullable(json("GET", "/api/v1/cases?size=1", teacher.token(), null).expect(200).json()
                    .getJsonArray("items")).filter(a -> !a.isEmpty()).map(a -> a.getJsonObject(0).getJsonNumber("id").longValue())
                    .orElse(null);
        }

        @Override
        int once() throws InterruptedException {
            if (cookie == null) {
                cookie = recorder.time("1 log in (POST /login)", () -> login(teacher.username()));
                if (cookie == null) {
                    think();
                    return 0;
                }
                think();
            }
            Ui ui = recorder.time("2 Today (page load)", () -> Ui.open(cookie, "today"));
            if (ui == null) {
                cookie = null;
                think();
                return 0;
            }
            think();
            recorder.time("3 open the roll (navigate)", () -> ui.navigate(cookie, "attendance"));
            think();
            recorder.time("5 case list (navigate)", () -> ui.navigate(cookie, "cases"));
            think();
            if (caseId != null) {
                recorder.time("6 open a case (navigate)", () -> ui.navigate(cookie, "case/" + caseId));
                think();
            }
            ui.unload(cookie);
            return 0;
        }

        /** What the page's client keeps of its UI: its id, the CSRF key and the message counters. */
        static final class Ui {
            final int uiId;
            final String securityKey;
            int syncId;
            int clientId;

            Ui(int uiId, String securityKey, int syncId) {
                this.uiId = uiId;
                this.securityKey = securityKey;
                this.syncId = syncId;
            }

            /**
             * A page load as the browser does it: the page (index.html), the UI's initial state
             * ({@code v-r=init}, which creates the UI on the server), then the navigation to the
             * page's route, which renders the view.
             */
            static Ui open(String cookie, String location) {
                send("GET", "/" + location, cookie, null, null).expect(200);
                String init = send("GET", "/?v-r=init&location=" + location + "&query=", cookie, null, null).expect(200).body();
                Ui ui = new Ui(Integer.parseInt(group(UI_ID, init)), group(SECURITY_KEY, init),
                        Integer.parseInt(Optional.ofNullable(find(SYNC_ID, init)).orElse("0")));
                ui.navigate(cookie, location);
                return ui;
            }

            Reply navigate(String cookie, String location) {
                // Flow's client router: an event "ui-navigate" on the UI's root node (node 1).
                String body = ("{\"csrfToken\":\"%s\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\","
                        + "\"data\":{\"route\":\"%s\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":%d},"
                        + "\"trigger\":\"link\"}}],\"syncId\":%d,\"clientId\":%d}")
                        .formatted(securityKey, location, clientId + 1, syncId, clientId);
                Reply reply = send("POST", "/?v-r=uidl&v-uiId=" + uiId, cookie, "application/json; charset=UTF-8", body).expect(200);
                String answer = reply.body();
                if (answer.contains("\"meta\":{\"async\"") || !answer.contains("\"syncId\"")) {
                    throw new IllegalStateException("no UI change for " + location + ": " + answer.substring(0, Math.min(300, answer.length())));
                }
                syncId = Integer.parseInt(group(SYNC_ID, answer));
                clientId = Integer.parseInt(Optional.ofNullable(find(CLIENT_ID, answer)).orElse(String.valueOf(clientId + 1)));
                return reply;
            }

            void unload(String cookie) {
                send("POST", "/?v-r=uidl&v-uiId=" + uiId, cookie, "application/json; charset=UTF-8",
                        "{\"csrfToken\":\"%s\",\"rpc\":[],\"syncId\":%d,\"clientId\":%d,\"UNLOAD\":true}"
                                .formatted(securityKey, syncId, clientId));
            }
        }
    }

    static String find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    static String group(Pattern pattern, String text) {
        String found = find(pattern, text);
        if (found == null) {
            throw new IllegalStateException(pattern + " not in " + text.substring(0, Math.min(400, text.length())));
        }
        return found;
    }

    // ------------------------------------------------------------------ the server's CPU and heap

    /**
     * CPU seconds used so far by the server, by this harness and by the whole machine (so that
     * PostgreSQL and the rest are the machine's less the two), with the moment they were read.
     */
    record Cpu(double cpuSeconds, double harnessSeconds, double machineSeconds, long nanos) {
        static Cpu of(long pid) throws IOException {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < cpu.length; i++) {
                if (i != 4 && i != 5) {    // idle and iowait
                    busy += Long.parseLong(cpu[i]);
                }
            }
            long harness = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean()).getProcessCpuTime();
            return new Cpu(processTicks(pid) / 100.0, harness / 1e9, busy / 100.0, System.nanoTime());
        }

        static long processTicks(long pid) throws IOException {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        }
    }

    static final class Heap {
        /** Used heap now, from jstat (young + old), in MB. */
        static String used(long pid) {
            try {
                Process jstat = new ProcessBuilder("jstat", "-gc", String.valueOf(pid)).redirectErrorStream(true).start();
                List<String> lines = new String(jstat.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
                jstat.waitFor();
                String[] names = lines.get(0).trim().split("\\s+");
                String[] values = lines.get(1).trim().split("\\s+");
                double kb = 0;
                for (int i = 0; i < names.length; i++) {
                    if (List.of("S0U", "S1U", "EU", "OU").contains(names[i])) {
                        kb += Double.parseDouble(values[i]);
                    }
                }
                return String.format(Locale.ROOT, "%.0f MB", kb / 1024);
            } catch (IOException | RuntimeException e) {
                return "n/a (" + e.getMessage() + ")";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "n/a";
            }
        }

        /** Used heap after a full collection, in bytes (jcmd GC.run, then GC.heap_info's used figure). */
        static long liveBytes(long pid) throws IOException, InterruptedException {
            new ProcessBuilder("jcmd", String.valueOf(pid), "GC.run").redirectErrorStream(true).start().waitFor();
            Thread.sleep(1000);
            new ProcessBuilder("jcmd", String.valueOf(pid), "GC.run").redirectErrorStream(true).start().waitFor();
            Process info = new ProcessBuilder("jcmd", String.valueOf(pid), "GC.heap_info").redirectErrorStream(true).start();
            String text = new String(info.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            info.waitFor();
            Matcher used = Pattern.compile("used (\\d+)K").matcher(text);
            if (!used.find()) {
                throw new IllegalStateException("no heap figure in: " + text);
            }
            return Long.parseLong(used.group(1)) * 1024;
        }
    }

    // ------------------------------------------------------------------ live heap per UI session

    /**
     * Opens {@code sessions} login sessions, each with the Today page open (one Vaadin UI), and
     * measures the live heap (after full collections) before and after; the difference over the
     * sessions is what one open UI session keeps.
     */
    static final class UiHeap {
        static void run(Path work, int sessions, long pid) throws Exception {
            List<Teacher> teachers = teachers(work);
            long before = Heap.liveBytes(pid);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<String>> opened = new ArrayList<>();
            for (int i = 0; i < sessions; i++) {
                Teacher teacher = teachers.get(i % teachers.size());
                opened.add(pool.submit(() -> {
                    String cookie = login(teacher.username());
                    SessionMorning.Ui.open(cookie, "today");
                    return cookie;
                }));
            }
            for (Future<String> f : opened) {
                f.get();
            }
            pool.shutdown();
            long after = Heap.liveBytes(pid);
            Process histogram = new ProcessBuilder("jcmd", String.valueOf(pid), "GC.class_histogram").redirectErrorStream(true)
                    .redirectOutput(work.resolve("ui-heap-histogram.txt").toFile()).start();
            histogram.waitFor();
            String row = "| %d UI sessions open | %.1f MB | %.1f MB | **%.0f KB** |".formatted(sessions, before / 1048576.0,
                    after / 1048576.0, (after - before) / 1024.0 / sessions);
            Files.writeString(work.resolve("ui-heap.md"), row + "\n", StandardCharsets.UTF_8);
            System.out.println(row);
        }
    }
}
