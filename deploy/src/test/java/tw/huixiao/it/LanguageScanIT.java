package tw.huixiao.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 24 §1, §6: one language per screen. Every route of the navigation, the profile, an unknown
 * address, a case and a student are rendered for every role of the demo schools, in zh-TW and in
 * English. In zh-TW no Latin word may appear outside the allow-list; in English no Han character
 * outside names (masked 王○明 with the title an account carries, the signed-in account's own display
 * name), the school's own name, the language switch (which names the other language in that
 * language) and what a page marks as Chinese on purpose ({@code lang="zh-TW"}: a document's own
 * number, a quoted line of a county document, a public holiday's name, and what people typed into a
 * record — counselling notes, a guardian's relation and address, a case's reason, an ISP's term —
 * which is data, shown as written, never translated).
 *
 * <p>The zh-TW allow-list, each for a reason: rule and category ids of the county documents
 * (TY-D1-CONTACT, TW-DROPOUT — the documents' own codes, upper case with hyphens); "English" (the
 * language switch names the other language in that language); CSV, Excel, PDF (file formats the
 * offices know by these names); NT$ (how amounts are written in the funding documents); ISP (the
 * Tainan document's own abbreviation of 個別化支持計畫); SOP (in the title of Taoyuan's 預防中途輟學學生追蹤輔導處理
 * SOP 流程); UTF-8 and Big5 (the encodings as the export dialogs name them); Tab and Ctrl+S (keys as
 * their caps print them). Letters glued to digits (a document number such as 0930097532A) are part
 * of the number, and national IDs (H123456789, masked H1******89) are data.
 */
class LanguageScanIT {

    private static final Pattern LATIN_WORD = Pattern.compile("(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9$]*(?:[-_][A-Za-z0-9]+)*");
    private static final Pattern RULE_ID = Pattern.compile("[A-Z]{2,}(?:-[A-Z0-9]+)+");
    private static final Set<String> LATIN_ALLOWED = Set.of("English", "CSV", "Excel", "PDF", "NT$", "NT", "ISP",
            "SOP", "UTF-8", "Big5", "Tab", "Ctrl", "S");
    /** An amount as the funding documents write it: NT$16,200. */
    private static final Pattern MONEY = Pattern.compile("NT\\$[0-9,]+");
    /** A national ID (H123456789) or its masked form (H1******89): the register's data, not words. */
    private static final Pattern NATIONAL_ID = Pattern.compile("\\b[A-Z][12*][0-9*]{8}\\b");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}+");
    /**
     * A form's letter inside its official Chinese title, as the county's documents write it
     * (Taoyuan's 輔導訪談紀錄（B）表, shown in a duty on the county picture): a name, not English.
     */
    private static final Pattern FORM_LETTER = Pattern.compile("(?<=\\p{IsHan})（[A-Z]）(?=\\p{IsHan})");
    /** A masked name (王○明) and the title an account's display name carries after it (林○宏 校長). */
    private static final Pattern MASKED_NAME = Pattern.compile("[\\p{IsHan}]*○[\\p{IsHan}]*(?: [\\p{IsHan}]+)?");

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

    /** Accounts scanned at once, each in its own browser: the whole scan stays within CI's patience. */
    private static final int BROWSERS = Integer.getInteger("huixiao.scan.browsers", 3);

    @Test
    void everyRouteOfEveryRoleSpeaksOneLanguage() throws Exception {
        Map<String, Set<String>> leaks = new TreeMap<>();
        ExecutorService browsers = Executors.newFixedThreadPool(BROWSERS);
        try {
            List<Future<?>> scans = new ArrayList<>();
            for (String user : USERS) {
                scans.add(browsers.submit(() -> scanAccount(user, leaks)));
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
        System.out.println("LANGUAGE SCAN of " + USERS.size() + " accounts\n" + report);
        assertTrue(leaks.isEmpty(), "words of the other language:\n" + report);
    }

    private static void scanAccount(String user, Map<String, Set<String>> leaks) {
        try (Browser browser = new Browser()) {
            browser.login(user, Api.DEMO_PASSWORD);
            browser.waitFor(By.id("landing"));
            List<String> routes = routes(browser, user);
            for (String route : routes) {
                scan(browser, route, false).forEach(word -> leak(leaks, "zh-TW " + word, user + " " + route));
            }
            browser.open("/");
            browser.waitFor(By.id("language-toggle")).click();
            // The header is rebuilt in the new language: the switch may be replaced while read.
            new WebDriverWait(browser.driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                    .until(d -> !d.findElements(By.id("language-toggle")).isEmpty()
                            && !d.findElement(By.id("language-toggle")).getText().contains("English"));
            for (String route : routes) {
                scan(browser, route, true).forEach(word -> leak(leaks, "en " + word, user + " " + route));
            }
        }
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
        browser.open(route);
        browser.waitFor(By.tagName("vaadin-app-layout"));
        // Until Vaadin has no request in flight (lazy grids have fetched their first page).
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("const c = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;"
                        + " return !!c && Object.values(c).every(x => !x.isActive());")));
        String text = String.valueOf(((JavascriptExecutor) browser.driver).executeScript("""
                let text = document.body.innerText;
                const drop = [];
                for (const id of ['header-school', 'header-user', 'language-toggle']) {
                  const e = document.getElementById(id);
                  if (e && e.innerText) { drop.push(e.innerText, ...e.innerText.split(' · ')); }
                }
                document.querySelectorAll('body [lang^="zh"], body [translate="no"]').forEach(e => drop.push(e.innerText));
                drop.filter(d => d && d.trim()).sort((a, b) => b.length - a.length)
                    .forEach(d => { text = text.split(d).join(' '); });
                const fields = [...document.querySelectorAll('[placeholder]')].map(e => e.getAttribute('placeholder'));
                return text + '\\n' + fields.join('\\n');"""));
        Set<String> found = new LinkedHashSet<>();
        if (english) {
            Matcher han = HAN.matcher(MASKED_NAME.matcher(text).replaceAll(" "));
            while (han.find()) {
                found.add(han.group());
            }
        } else {
            Matcher latin = LATIN_WORD.matcher(FORM_LETTER.matcher(RULE_ID.matcher(NATIONAL_ID.matcher(
                    MONEY.matcher(text).replaceAll(" ")).replaceAll(" ")).replaceAll(" ")).replaceAll(" "));
            while (latin.find()) {
                if (!LATIN_ALLOWED.contains(latin.group())) {
                    found.add(latin.group());
                }
            }
        }
        if (!found.isEmpty()) {
            browser.screenshot("language-" + (english ? "en" : "zh") + route.replaceAll("[^A-Za-z0-9]+", "-"));
        }
        return found;
    }
}
