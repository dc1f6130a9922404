package tw.huixiao.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The platform's messages in the user's language only. The services write each message once in
 * both languages by one convention — "中文 (English)", parts joined by "；" — so the API's problem+json
 * serves both; the screen shows the Chinese or the English part, and ISO dates inside become
 * 民國 dates in Chinese. A message without an English part is shown as it is.
 */
public final class PlatformText {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]");
    private static final Pattern ISO_DATE = Pattern.compile("(?<![\\d/])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d:T])");

    private PlatformText() {
    }

    /** In the language of the current UI (Chinese outside one). */
    public static String of(String message) {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        return in(ui == null ? UiLocale.CHINESE : ui.getLocale(), message);
    }

    public static String in(Locale locale, String message) {
        if (message == null || message.isBlank()) {
            return message;
        }
        boolean english = UiLocale.isEnglish(locale);
        List<String> parts = new ArrayList<>();
        for (String part : message.split("；")) {
            parts.add(part(part, english));
        }
        String text = String.join(english ? "; " : "；", parts);
        return english ? text : rocDates(text);
    }

    /**
     * Whether the message is the platform's own, written in both languages; a note without an
     * English part is what a person typed (data, shown as written).
     */
    public static boolean isBilingual(String message) {
        if (message == null) {
            return false;
        }
        for (String part : message.split("；")) {
            if (!part(part, true).equals(part(part, false))) {
                return true;
            }
        }
        return false;
    }

    /** One "中文 (English)" part: the English is the last parenthesis that holds Latin words and no Han. */
    private static String part(String part, boolean english) {
        String trimmed = part.strip();
        if (!trimmed.endsWith(")")) {
            return trimmed;
        }
        int depth = 0;
        for (int i = trimmed.length() - 1; i >= 0; i--) {
            char c = trimmed.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(' && --depth == 0) {
                String inside = trimmed.substring(i + 1, trimmed.length() - 1);
                String before = trimmed.substring(0, i).strip();
                if (before.isEmpty() || HAN.matcher(inside).find() || !LATIN.matcher(inside).find()
                        || !HAN.matcher(before).find()) {
                    return trimmed;
                }
                return english ? inside.strip() : before;
            }
        }
        return trimmed;
    }

    /** 2026-12-07 → 115/12/07 (text of Chinese messages only). */
    public static String rocDates(String text) {
        Matcher m = ISO_DATE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement;
            try {
                replacement = RocDates.compact(LocalDate.parse(m.group()));
            } catch (DateTimeParseException notADate) {
                replacement = m.group();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
