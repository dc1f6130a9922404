package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Issue 24 §1, §6: one language per screen. Every route of the navigation, the profile, an unknown
 * address, a case and a student are rendered for every role of the demo schools, in zh-TW and in
 * English, and judged by {@link LanguageScan} (which says what counts as the other language and why).
 *
 * <p>Each browser scans account after account (signed out between them: a new session, so zh-TW again),
 * and waits for conditions, never for a fixed time.
 */
class LanguageScanIT {

    /**
     * Every role of every demo school (Taoyuan, New Taipei, Yunlin, both Tainan schools: one 導師 each,
     * as every homeroom account sees the same routes), each county's bureau and the administrator.
     * {@code -Dhuixiao.scan.users=a,b} scans only those accounts.
     */
    private static final List<String> ROLES = List.of("principal", "student-affairs", "academic-affairs", "registrar",
            "counseling", "general-affairs", "mentor", "school-admin");
    private static final List<String> USERS = System.getProperty("huixiao.scan.users") != null
            ? List.of(System.getProperty("huixiao.scan.users").split(","))
            : everyRole();

    private static List<String> everyRole() {
        List<String> users = new ArrayList<>();
        for (String school : List.of("ty", "nt", "yl", "tn", "tne")) {
            ROLES.forEach(role -> users.add(school + "-" + role));
            users.add(school + (school.equals("tne") ? "-homeroom-101" : "-homeroom-701"));
        }
        users.addAll(List.of("ty-bureau", "nt-bureau", "yl-bureau", "tn-bureau", "platform-admin"));
        return users;
    }

    /** Browsers scanning at once, each account after account. */
    private static final int BROWSERS = Integer.getInteger("huixiao.scan.browsers", 3);

    @Test
    void everyRouteOfEveryRoleSpeaksOneLanguage() throws Exception {
        Map<String, Set<String>> leaks = new TreeMap<>();
        Queue<String> accounts = new ConcurrentLinkedQueue<>(USERS);
        AtomicInteger pages = new AtomicInteger();
        long start = System.nanoTime();
        ExecutorService browsers = Executors.newFixedThreadPool(BROWSERS);
        try {
            List<Future<?>> scans = new ArrayList<>();
            for (int i = 0; i < Math.min(BROWSERS, USERS.size()); i++) {
                scans.add(browsers.submit(() -> {
                    try (Browser browser = new Browser()) {
                        for (String user = accounts.poll(); user != null; user = accounts.poll()) {
                            pages.addAndGet(scanAccount(browser, user, leaks));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> scan : scans) {
                scan.get();
            }
        } finally {
            browsers.shutdownNow();
        }
        StringBuilder report = new StringBuilder();
        leaks.forEach((word, where) -> report.append(word).append("  ←  ").append(where.stream().limit(4).toList())
                .append(where.size() > 4 ? " …" + where.size() : "").append('\n'));
        System.out.println("LANGUAGE SCAN of " + USERS.size() + " accounts, " + pages + " pages in "
                + (System.nanoTime() - start) / 1_000_000_000 + " s with " + BROWSERS + " browsers, " + WHOLE_LOADS
                + " loaded whole\n" + report);
        assertEquals(0, accounts.size(), "every account scanned");
        assertTrue(leaks.isEmpty(), "words of the other language:\n" + report);
    }

    /**
     * The scan's own check: a word of the other language put on a real page is found, in zh-TW and in
     * English, and one inside {@code translate="no"} (data) is not — the judge of the scan above.
     */
    @Test
    void aWordOfTheOtherLanguageOnAPageIsCaught() {
        try (Browser browser = new Browser()) {
            browser.login("ty-principal", Api.DEMO_PASSWORD);
            browser.waitFor(By.id("landing"));
            browser.waitForVaadin();
            Set<String> zh = LanguageScan.otherLanguage(browser, false);
            inject(browser, "<span>Dashboard 總覽</span><span translate=\"no\">Wang Data</span>");
            assertEquals(Set.of("Dashboard"), added(zh, LanguageScan.otherLanguage(browser, false)));

            toggleLanguage(browser);
            browser.waitFor(By.id("landing"));
            browser.waitForVaadin();
            Set<String> en = LanguageScan.otherLanguage(browser, true);
            inject(browser, "<span>Overview 測試總覽</span><span lang=\"zh-TW\">王小明的備註</span>");
            assertEquals(Set.of("測試總覽"), added(en, LanguageScan.otherLanguage(browser, true)));
        }
    }

    private static Set<String> added(Set<String> before, Set<String> after) {
        Set<String> added = new LinkedHashSet<>(after);
        added.removeAll(before);
        return added;
    }

    private static void inject(Browser browser, String html) {
        ((JavascriptExecutor) browser.driver).executeScript(
                "const p = document.createElement('p'); p.innerHTML = arguments[0];"
                        + " document.getElementById('landing').appendChild(p);", html);
    }

    /** The account's routes in zh-TW, then in English; the number of pages read. */
    private static int scanAccount(Browser browser, String user, Map<String, Set<String>> leaks) {
        browser.signOut();
        browser.login(user, Api.DEMO_PASSWORD);
        browser.waitFor(By.id("landing"));
        List<String> routes = routes(browser, user);
        for (String route : routes) {
            scan(browser, route, false).forEach(word -> leak(leaks, "zh-TW " + word, user + " " + route));
        }
        browser.open("/");
        toggleLanguage(browser);
        for (String route : routes) {
            scan(browser, route, true).forEach(word -> leak(leaks, "en " + word, user + " " + route));
        }
        return 2 * routes.size();
    }

    /**
     * The switch reloads the page in English; the header is rebuilt, the switch may be replaced while
     * read: its text is read in the page in one script (a node found and then read could be gone by then).
     */
    private static void toggleLanguage(Browser browser) {
        browser.waitFor(By.id("language-toggle")).click();
        browser.await().until(d -> {
            Object text = ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                    "const e = document.getElementById('language-toggle'); return e ? e.innerText : null;");
            return text != null && !String.valueOf(text).contains("English");
        });
    }

    private static void leak(Map<String, Set<String>> leaks, String word, String where) {
        System.out.println("LEAK " + word + "  ←  " + where);
        synchronized (leaks) {
            leaks.computeIfAbsent(word, w -> new LinkedHashSet<>()).add(where);
        }
    }

    /** The navigation's routes of the user, the profile, an unknown address, a case and a student they may see. */
    private static List<String> routes(Browser browser, String user) {
        List<String> routes = new ArrayList<>(List.of("/", "/profile", "/no-such-page"));
        for (WebElement item : browser.driver.findElements(By.cssSelector("vaadin-side-nav-item"))) {
            String path = item.getAttribute("path");
            if (path != null && !path.isEmpty() && !routes.contains("/" + path)) {
                routes.add("/" + path);
            }
        }
        for (WebElement a : browser.driver.findElements(By.cssSelector("#school-overview a.overview-figure"))) {
            String href = a.getAttribute("href");
            routes.add(href.substring(href.indexOf('/', href.indexOf("//") + 2)));
        }
        Api api = Api.as(user);
        Api.Reply cases = api.get("/api/v1/cases?status=OPEN&size=1");
        if (cases.status() == 200) {
            JsonArray items = cases.json().getJsonArray("items");
            if (!items.isEmpty()) {
                JsonObject k = items.getJsonObject(0);
                routes.add("/case/" + k.getJsonNumber("id").longValue());
                routes.add("/student/" + k.getJsonNumber("studentId").longValue());
            }
        }
        return routes;
    }

    private static Set<String> scan(Browser browser, String route, boolean english) {
        visit(browser, route);
        browser.waitFor(By.tagName("vaadin-app-layout"));
        browser.waitForVaadin();
        Set<String> found = LanguageScan.otherLanguage(browser, english);
        if (!found.isEmpty()) {
            browser.screenshot("language-" + (english ? "en" : "zh") + route.replaceAll("[^A-Za-z0-9]+", "-"));
        }
        return found;
    }

    /**
     * The route as a user reaches it: a link followed inside the running application (the server renders
     * the view, the browser keeps its scripts), not the whole application loaded again for each page.
     * Vaadin says when the view has been entered ({@code vaadin-navigated}, sent with the new address).
     * The page the browser shows already (the landing after signing in or after the language switch's
     * reload) is read as it is. A route whose link does not say so within 5 s (an address Vaadin
     * forwards, or a server slow under load) is loaded whole, as a user typing the address would: the
     * same page either way, only the time differs (WHOLE_LOADS counts them).
     */
    private static void visit(Browser browser, String route) {
        Object followed = ((JavascriptExecutor) browser.driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const target = new URL(arguments[0]);
                if (target.href === location.href) { done(true); return; }
                if (!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients)) { done(false); return; }
                const timer = setTimeout(() => done(false), 5000);
                window.addEventListener('vaadin-navigated', () => { clearTimeout(timer); done(true); }, {once: true});
                const a = document.createElement('a');
                a.href = target.href;
                a.setAttribute('router-link', '');
                document.body.appendChild(a);
                a.click();
                a.remove();""", Api.BASE + route);
        if (!Boolean.TRUE.equals(followed)) {
            WHOLE_LOADS.incrementAndGet();
            browser.open(route);
        }
    }

    private static final AtomicInteger WHOLE_LOADS = new AtomicInteger();
}
