package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The headers every answer carries and the errors the server shows (issue 18): a
 * Content-Security-Policy that forbids framing (ASVS V14.4.3, V14.4.7), nosniff (V14.4.4),
 * a Referrer-Policy (V14.4.6), no-store on pages, API answers and prints with personal data
 * (V8.2.1), the session cookie Secure, HttpOnly and SameSite (V3.4.1–V3.4.3), and the
 * application's own error answers, never the container's message codes (V7.4.1, V14.3.2). The UI
 * runs under that policy in the real browser without a single violation in its console.
 */
class SecurityHeadersIT {

    private static final HttpClient HTTP = TestTls.client(HttpClient.Redirect.NEVER);

    @Test
    void pagesAndApiAnswers_carryTheSecurityHeaders() throws Exception {
        for (HttpResponse<String> response : List.of(get("/login", null), get("/api/v1/me", "ty-principal"),
                get("/api/v1/cases?size=1", "ty-principal"), get("/api/v1/no-such-resource", "ty-principal"))) {
            String what = response.uri().getPath() + " " + response.statusCode();
            String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("frame-ancestors 'none'"), what + ": " + csp);
            assertTrue(csp.contains("default-src 'self'") && csp.contains("object-src 'none'"), what + ": " + csp);
            assertEquals("DENY", header(response, "X-Frame-Options"), what);
            assertEquals("nosniff", header(response, "X-Content-Type-Options"), what);
            assertEquals("same-origin", header(response, "Referrer-Policy"), what);
            assertTrue(header(response, "Cache-Control").startsWith("no-store"), what);
            // V14.3.3: no server or framework version announced.
            assertTrue(header(response, "Server").isEmpty() && header(response, "X-Powered-By").isEmpty(), what);
            if (response.uri().getPath().startsWith("/api/")) {
                apiAnswerIsAFileWithACharset(what, response);
            }
        }
        // Vaadin's static bundle may be cached: it holds no personal data.
        HttpResponse<String> page = get("/login", null);
        String script = page.body().replaceAll("(?s).*?src=\"(\\./)?(VAADIN/build/[^\"]+)\".*", "$2");
        if (script.startsWith("VAADIN/build/")) {
            assertFalse(header(get("/" + script, null), "Cache-Control").contains("no-store"), script);
        }
    }

    @Test
    void theSessionCookie_isSecureHttpOnlyAndSameSite() throws Exception {
        String cookie = get("/login", null).headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(Api.SESSION_COOKIE + "=")).findFirst().orElseThrow();
        String attributes = cookie.toLowerCase();
        assertTrue(attributes.contains("; secure"), cookie);
        assertTrue(attributes.contains("; httponly"), cookie);
        assertTrue(attributes.contains("samesite=lax"), cookie);
    }

    @Test
    void errors_areTheApplicationsOwn_withoutContainerCodes() throws Exception {
        // The API: problem+json for an unknown path, a non-numeric id, a method not allowed, a file the WAR hides.
        for (HttpResponse<String> error : List.of(get("/api/v1/no-such-resource", "ty-principal"),
                send(basic(request("/api/v1/cases/1/documents/X"), "ty-principal").DELETE()),
                send(basic(request("/api/v1/me"), "ty-principal").method("TRACE", HttpRequest.BodyPublishers.noBody())))) {
            String what = error.request().method() + " " + error.uri().getPath() + " " + error.statusCode() + " " + error.body();
            assertTrue(error.statusCode() >= 400 && error.statusCode() < 500, what);
            assertTrue(header(error, "Content-Type").startsWith("application/problem+json"), what);
            apiAnswerIsAFileWithACharset(what, error);
            noContainerText(what, error.body());
        }
        // The filter's own refusals (a form's content type on an API write) and the container's (a hidden file under /api/).
        HttpResponse<String> formPost = send(basic(request("/api/v1/attendance"), "ty-principal")
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("x")));
        assertEquals(415, formPost.statusCode(), formPost.body());
        apiAnswerIsAFileWithACharset("POST text/plain 415", formPost);
        // Pages: the application's page (Vaadin's not-found view, or ErrorPage), never Liberty's.
        for (String path : List.of("/WEB-INF/web.xml", "/META-INF/MANIFEST.MF", "/error-page", "/no-such-page")) {
            HttpResponse<String> error = get(path, null);
            noContainerText(path + " " + error.statusCode(), error.body());
            assertTrue(header(error, "Content-Security-Policy").contains("frame-ancestors 'none'"), path);
        }
        // V14.5.1: no TRACE (cross-site tracing): refused, the request not echoed, no container code.
        HttpResponse<String> trace = send(request("/login").header("X-Probe", "echo-me")
                .method("TRACE", HttpRequest.BodyPublishers.noBody()));
        assertTrue(trace.statusCode() >= 400, "no TRACE: " + trace.statusCode());
        assertFalse(trace.body().contains("echo-me"), trace.body());
        for (String code : List.of("SRVE", "CWWK", "RESTEASY", "Exception")) {
            assertFalse(trace.body().contains(code), "TRACE shows " + code + ": " + trace.body());
        }
    }

    @Test
    void theUiRunsUnderThePolicy_withoutViolations() throws Exception {
        // V14.4.3: the browser enforces the policy; Vaadin's client and Lumo must not trip it — at a
        // desk and on a phone: login, today, a case, a PDF printed from the session, a document issued.
        Api counsellor = Api.as("nt-counseling");
        long student = studentWithGuardian(Api.as("nt-registrar"));
        long caseId = Casework.openCase(counsellor, student, "TW-DROPOUT");
        for (int[] size : new int[][] {{1400, 900}, {390, 844}}) {
            String name = "secure-" + size[0];
            try (Browser browser = new Browser()) {
                browser.resize(size[0], size[1]);
                browser.open("/login");
                browser.waitFor(By.cssSelector("vaadin-login-form input[name='username']"));
                browser.screenshot(name + "-login");
                browser.login("nt-counseling", Api.DEMO_PASSWORD);
                browser.waitFor(By.id("header-user")); // on a phone too (the school's name hides there)
                assertTrue(browser.driver.getCurrentUrl().startsWith("https://"), browser.driver.getCurrentUrl());
                browser.screenshot(name + "-today");
                noViolations(browser, "today");

                browser.open("/case/" + caseId);
                browser.waitForText(By.id("print-links"), "個案關懷卡");
                browser.screenshot(name + "-case");
                noViolations(browser, "case");
                String session = browser.driver.manage().getCookies().stream()
                        .map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
                String blank = browser.waitFor(By.id("print-blank-NT-CASE-CARE-CARD")).getAttribute("href");
                assertTrue(blank.startsWith("https://"), blank);
                Pdfs.load(Pdfs.fetchWithCookies(blank, session), null).close();
                // Issuing a document: a button (a POST through the service), then the issued PDF from the session.
                List<WebElement> issue = browser.driver.findElements(By.cssSelector("[id^='print-document-']"));
                if (!issue.isEmpty()) {
                    String kind = issue.get(0).getAttribute("id").substring("print-document-".length());
                    ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block:'center'});"
                            + "arguments[0].click();", issue.get(0));
                    WebElement issued = browser.waitFor(By.id("print-issued-" + kind));
                    browser.screenshot(name + "-case-issued");
                    HttpResponse<byte[]> pdf = Pdfs.fetchWithCookies(issued.getAttribute("href"), session);
                    assertEquals(200, pdf.statusCode());
                    assertTrue(header(pdf, "Cache-Control").contains("no-store"), pdf.headers().toString());
                    noViolations(browser, "issued");
                }

                // frame-ancestors 'none' (V14.4.7): not even this application's own page renders in a frame.
                Object framed = ((JavascriptExecutor) browser.driver).executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        const f = document.createElement('iframe');
                        f.src = '/login';
                        f.onload = () => { try { done(f.contentDocument && f.contentDocument.body
                            ? f.contentDocument.body.innerText.length : -1); } catch (e) { done(-2); } };
                        document.body.appendChild(f);
                        setTimeout(() => done(-3), 5000);""");
                assertTrue(((Number) framed).longValue() <= 0, "the login page rendered inside a frame: " + framed);
                browser.consoleErrors(); // the refused frame's own report
            }
        }
    }

    /** A student whose guardian has a postal address, so the parent notice can be issued. */
    private static long studentWithGuardian(Api school) {
        String nationalId = tw.huixiao.platform.domain.student.NationalId.withCheckDigit(
                "H1" + Unique.sevenDigits());
        Api.Reply created = school.post("/api/v1/students", """
                {"nationalId":"%s","name":"林○安","gender":"M","birthDate":"2012-05-01","grade":8,"indigenous":false,
                 "guardians":[{"name":"林○華","relation":"父","phone":"0900-000-111","address":"新北市板橋區示範路 18 號"}]}"""
                .formatted(nationalId));
        assertEquals(201, created.status(), created.toString());
        return created.json().getJsonNumber("id").longValue();
    }

    private static void noViolations(Browser browser, String where) {
        // The browser's own look for /favicon.ico (the application has none) is no fault of the page.
        List<String> errors = browser.consoleErrors().stream().filter(e -> !e.contains("/favicon.ico")).toList();
        assertTrue(errors.stream().noneMatch(e -> e.contains("Content Security Policy") || e.contains("Refused to")),
                where + ": CSP violations " + errors);
        assertTrue(errors.isEmpty(), where + ": console errors " + errors);
    }

    /**
     * V14.4.1: a JSON answer names its character set; V14.4.2: every API answer says it is a file
     * (attachment with a name), so a browser that opens it saves it instead of rendering it.
     */
    private static void apiAnswerIsAFileWithACharset(String what, HttpResponse<String> response) {
        String type = header(response, "Content-Type").toLowerCase();
        if (type.contains("json")) {
            assertTrue(type.replace(" ", "").contains(";charset=utf-8"), what + ": " + type);
        }
        String disposition = header(response, "Content-Disposition");
        assertTrue(disposition.startsWith("attachment; filename=\"") || disposition.startsWith("inline; filename=\""),
                what + ": Content-Disposition " + disposition);
    }

    private static void noContainerText(String what, String body) {
        for (String leak : List.of("SRVE", "CWWK", "RESTEASY", "Exception", "Open Liberty", "Error 40", "at com.")) {
            assertFalse(body.contains(leak), what + " shows " + leak);
        }
    }

    static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    private static HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder request = request(path).GET();
        return send(user == null ? request : basic(request, user));
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(Api.BASE + path)).timeout(Duration.ofSeconds(60));
    }

    private static HttpRequest.Builder basic(HttpRequest.Builder request, String user) {
        return request.header("Accept", "application/json").header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
