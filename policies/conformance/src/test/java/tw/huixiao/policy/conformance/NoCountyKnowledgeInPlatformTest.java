package tw.huixiao.policy.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tw.huixiao.policy.newtaipei.NewTaipeiPolicy;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.RuleId;
import tw.huixiao.policy.spi.casework.Agency;
import tw.huixiao.policy.spi.detection.CaseCategory;
import tw.huixiao.policy.spi.form.FormDefinition;
import tw.huixiao.policy.tainan.TainanPolicy;
import tw.huixiao.policy.taoyuan.TaoyuanPolicy;
import tw.huixiao.policy.yunlin.YunlinPolicy;

/**
 * Issue 25 item 2: the platform and the UI name no county's rule id or form id — county knowledge
 * lives only in policies/* and reaches the host through the SPI (a fifth county needs no platform
 * release). The ids are read from the county modules themselves (encoded rules, categories, forms,
 * agencies) and from sections 1–4 of ../shared/policy-reference.md; the national TW-* ids of
 * section 0 are the law every module encodes (the national module is part of each) and are not
 * county knowledge.
 *
 * <p>Scanned: every file under {@code platform/&#42;/src/main} and {@code ui/&#42;/src/main} — Java code
 * and string literals, translations, templates, styles, scripts and other resources. Not scanned:
 * comments (Java comments, {@code #}/{@code !} lines of .properties, SQL {@code --} comments): they
 * cite the rule a piece of code was written for, as the house rules ask, and change nothing a
 * user, a client or a module sees. Flyway migrations are checksummed history and cannot be edited.
 */
class NoCountyKnowledgeInPlatformTest {

    private static final Pattern ID = Pattern.compile("(?<![A-Za-z0-9_-])[A-Z]{2,3}(?:-[A-Z0-9]+)+(?![A-Za-z0-9_])");

    private static final List<CountyPolicy> COUNTIES = List.of(new TaoyuanPolicy(), new NewTaipeiPolicy(),
            new YunlinPolicy(), new TainanPolicy());

    static Path repository() {
        return Path.of(System.getProperty("huixiao.repository.dir", "../.."));
    }

    /** Every county rule id, category id, form id and agency id the modules and the reference know. */
    static Set<String> countyIds() {
        Set<String> ids = new TreeSet<>();
        for (CountyPolicy county : COUNTIES) {
            county.encodedRules().stream().map(RuleId::value).forEach(ids::add);
            county.categories().stream().map(CaseCategory::id).forEach(ids::add);
            county.forms().stream().map(FormDefinition::id).forEach(ids::add);
            county.agencies().stream().map(Agency::id).forEach(ids::add);
        }
        Map<Integer, Set<String>> reference = PolicyReference.ruleIdsBySection();
        for (int section = 1; section <= 4; section++) {
            ids.addAll(reference.get(section));
        }
        ids.removeIf(id -> id.startsWith("TW-"));
        ids.removeAll(reference.get(0));
        return ids;
    }

    @Test
    void platformAndUiMainSourcesNameNoCountyRuleOrFormId() throws IOException {
        Set<String> ids = countyIds();
        Map<String, Set<String>> found = new TreeMap<>();
        List<Path> roots = new ArrayList<>();
        for (String tier : List.of("platform", "ui")) {
            try (Stream<Path> modules = Files.list(repository().resolve(tier))) {
                modules.map(m -> m.resolve("src/main")).filter(Files::isDirectory).forEach(roots::add);
            }
        }
        assertTrue(roots.size() >= 3, "platform/core, platform/schedule and ui/web are scanned: " + roots);
        int files = 0;
        for (Path root : roots) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    String text = read(file);
                    if (text == null) {
                        continue;
                    }
                    files++;
                    Set<String> named = named(file.getFileName().toString(), text, ids);
                    if (!named.isEmpty()) {
                        found.put(repository().relativize(file).toString(), named);
                    }
                }
            }
        }
        assertTrue(files > 500, "the platform's and UI's main sources were read: " + files);
        assertEquals(Map.of(), found, "county rule or form ids named in platform or UI main sources "
                + "(move the knowledge into the county module through the SPI)");
    }

    @Test
    void theScanFindsIdsInCodeStringsAndResourcesButNotInComments() {
        Set<String> ids = countyIds();
        assertTrue(ids.containsAll(Set.of("TN-MEETINGS", "TN-WHO-ADJUSTMENT", "NT-BUXIAO", "TY-D3-CASE-MEETING",
                "YL-T1-ASSESSMENT", "TN-ISP", "NT-CEC")), ids.toString());
        assertTrue(ids.stream().noneMatch(id -> id.startsWith("TW-")), ids.toString());
        assertEquals(Set.of("TN-MEETINGS"), named("A.java",
                "/** TN-TEAM */ class A { // NT-BUXIAO\n String s = \"請附會議 (TN-MEETINGS) \"; /* YL-ROSTER */ }", ids));
        assertEquals(Set.of("NT-BUXIAO"), named("A.java", "String url = \"http://x\"; String r = \"NT-BUXIAO\";", ids));
        assertEquals(Set.of("TN-ISP"), named("A.java", "String t = \"\"\"\n  form TN-ISP\n  \"\"\"; char c = '\"';", ids));
        assertEquals(Set.of("YL-T2-ROSTER"), named("t.properties", "# TN-TEAM\nkey=附表二 YL-T2-ROSTER\n", ids));
        assertEquals(Set.of(), named("t.properties", "key=TW-DROPOUT TN-WHOLE TN-WHO-ADJUSTMENTS\n", ids));
        assertEquals(Set.of("TY-CASE-MEETING"), named("V1__x.sql", "-- TN-TEAM\nSELECT 'TY-CASE-MEETING';\n", ids));
        assertEquals(Set.of("TN-WHO"), named("styles.css", "/* x */ .rule[data-rule='TN-WHO'] {}", ids));
    }

    /** The county ids a file names outside its comments. */
    static Set<String> named(String fileName, String text, Set<String> ids) {
        String code = fileName.endsWith(".java") ? withoutJavaComments(text)
                : fileName.endsWith(".properties") ? text.replaceAll("(?m)^\\s*[#!].*$", "")
                : fileName.endsWith(".sql") ? text.replaceAll("--[^\\n]*", "")
                : text;
        Set<String> named = new TreeSet<>();
        Matcher m = ID.matcher(code);
        while (m.find()) {
            if (ids.contains(m.group())) {
                named.add(m.group());
            }
        }
        return named;
    }

    /** Java source with its comments removed and its string, text-block and char literals kept. */
    static String withoutJavaComments(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (s.startsWith("//", i)) {
                while (i < s.length() && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? s.length() : end + 2;
                out.append(' ');
            } else if (s.startsWith("\"\"\"", i)) {
                int end = s.indexOf("\"\"\"", i + 3);
                end = end < 0 ? s.length() : end + 3;
                out.append(s, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < s.length() && s.charAt(j) != c && s.charAt(j) != '\n') {
                    j += s.charAt(j) == '\\' ? 2 : 1;
                }
                j = Math.min(j + 1, s.length());
                out.append(s, i, j);
                i = j;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The file as UTF-8 text, or null for a binary file (images, fonts). */
    private static String read(Path file) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException binary) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
