package tw.huixiao.policy.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** ../shared/policy-reference.md and the seed documents, read as the tests need them. */
final class PolicyReference {

    private static final Pattern SECTION = Pattern.compile("^## (\\d+)\\. ", Pattern.MULTILINE);
    private static final Map<Integer, String> PREFIX = Map.of(0, "TW", 1, "TY", 2, "NT", 3, "YL", 4, "TN");

    static Path sharedDir() {
        return Path.of(System.getProperty("huixiao.shared.dir", "../../../shared"));
    }

    /** The rule ids each section defines: section 0 the TW-* ids, section 1 the TY-* ids, and so on. */
    static Map<Integer, Set<String>> ruleIdsBySection() {
        String text = read(sharedDir().resolve("policy-reference.md"));
        Matcher headings = SECTION.matcher(text);
        Map<Integer, Integer> starts = new LinkedHashMap<>();
        while (headings.find()) {
            starts.put(Integer.parseInt(headings.group(1)), headings.start());
        }
        Map<Integer, Set<String>> ids = new LinkedHashMap<>();
        var sections = starts.entrySet().stream().toList();
        for (int i = 0; i < sections.size(); i++) {
            int number = sections.get(i).getKey();
            int end = i + 1 < sections.size() ? sections.get(i + 1).getValue() : text.length();
            String body = text.substring(sections.get(i).getValue(), end);
            Matcher id = Pattern.compile("\\b" + PREFIX.get(number) + "-[A-Z0-9]+(?:-[A-Z0-9]+)*\\b").matcher(body);
            Set<String> found = new TreeSet<>();
            while (id.find()) {
                found.add(id.group());
            }
            ids.put(number, found);
        }
        return ids;
    }

    /** A seed document's text without its HTML markup and white space, for "is this quote in it" checks. */
    static String seedWithoutSpaces(String fileName) {
        return withoutSpaces(read(sharedDir().resolve("seeds").resolve(fileName)).replaceAll("<[^>]+>", ""));
    }

    /**
     * Whether the fragment is in the document: verbatim, or — because the seeds are text taken
     * from printed pages whose table columns interleave — as its characters in order within a
     * short stretch of the document starting with its first four characters.
     */
    static boolean quotes(String document, String fragment) {
        if (document.contains(fragment)) {
            return true;
        }
        String start = fragment.substring(0, 4);
        for (int at = document.indexOf(start); at >= 0; at = document.indexOf(start, at + 1)) {
            int limit = Math.min(document.length(), at + fragment.length() * 3 + 60);
            int matched = 0;
            for (int i = at; i < limit && matched < fragment.length(); i++) {
                if (document.charAt(i) == fragment.charAt(matched)) {
                    matched++;
                }
            }
            if (matched == fragment.length()) {
                return true;
            }
        }
        return false;
    }

    /** Without white space, and with full-width brackets, colons and commas as their ASCII forms. */
    static String withoutSpaces(String text) {
        return text.replaceAll("[\\s\\u3000]", "").replace('（', '(').replace('）', ')').replace('：', ':')
                .replace('，', ',').replace('；', ';');
    }

    /**
     * The pieces of a quote that must each appear in the document: a quote may join passages
     * with "……", sentences, list markers such as "(1)", or the cells of a table row.
     */
    static java.util.List<String> fragments(String quote) {
        return java.util.Arrays.stream(withoutSpaces(quote).split("……|…|;|。|\\(\\d\\)|【|】|□|\\*"))
                .filter(f -> f.length() >= 4).toList();
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path.toAbsolutePath()
                    + " (the shared folder must sit beside the repository)", e);
        }
    }

    private PolicyReference() {
    }
}
