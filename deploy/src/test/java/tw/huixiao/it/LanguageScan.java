package tw.huixiao.it;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Issue 24 §1, §6: the language scan's judge (LanguageScanIT): a page's text as the scan reads it and
 * the words of the other language in it. In zh-TW no Latin word may appear outside the allow-list; in
 * English no Han character outside names (masked 王○明 with the title an account carries, the signed-in
 * account's own display name), the school's own name, the language switch (which names the other
 * language in that language) and what a page marks as Chinese on purpose ({@code lang="zh-TW"}: a
 * document's own number, a quoted line of a county document, a public holiday's name, and what people
 * typed into a record — counselling notes, a guardian's relation and address, a case's reason, an
 * ISP's term — which is data, shown as written, never translated).
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
final class LanguageScan {

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
     * The page's visible text without the header's school and user, the language switch and what the
     * page marks as Chinese or as not to translate; the fields' placeholders after it.
     */
    private static final String PAGE_TEXT = """
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
            return text + '\\n' + fields.join('\\n');""";

    private LanguageScan() {
    }

    /** The words of the other language on the browser's page as it is now. */
    static Set<String> otherLanguage(Browser browser, boolean english) {
        String text = String.valueOf(((JavascriptExecutor) browser.driver).executeScript(PAGE_TEXT));
        return english ? hanWords(text) : latinWords(text);
    }

    /** Han characters in an English page's text, names masked as 王○明 (and the title after them) aside. */
    static Set<String> hanWords(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher han = HAN.matcher(MASKED_NAME.matcher(text).replaceAll(" "));
        while (han.find()) {
            found.add(han.group());
        }
        return found;
    }

    /** Latin words in a zh-TW page's text outside the allow-list, ids, amounts and form letters. */
    static Set<String> latinWords(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher latin = LATIN_WORD.matcher(FORM_LETTER.matcher(RULE_ID.matcher(NATIONAL_ID.matcher(
                MONEY.matcher(text).replaceAll(" ")).replaceAll(" ")).replaceAll(" ")).replaceAll(" "));
        while (latin.find()) {
            if (!LATIN_ALLOWED.contains(latin.group())) {
                found.add(latin.group());
            }
        }
        return found;
    }
}
