package tw.huixiao.ui;

import com.vaadin.flow.component.Component;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A duty's origin in the user's language. The engine stores what started a duty as a short code
 * ("day 3", "on OPENED", "meeting TASK_FORCE") and why it is there as "中文｜English" plus, for a
 * conditional step, "；條件 condition: …" (the SPI's condition in English words); the screen shows
 * a heading in words (第 3 天, 開案時 …) and the reason in one language with 民國 dates.
 */
public final class TaskText {

    private static final Pattern DAY = Pattern.compile("day (\\d+)");
    private static final Pattern EVENT = Pattern.compile("on ([A-Z_]+)");
    private static final Pattern EVENT_IN_WHY = Pattern.compile("(?:個案事件|case event) ([A-Z_]+)");
    private static final String CONDITION = "；條件 condition: ";
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]");
    /** The SPI's condition words (Condition.describe) in Chinese; composites are joined by not/or/and. */
    private static final Map<String, String> CONDITION_WORDS = new LinkedHashMap<>();

    static {
        CONDITION_WORDS.put("indigenous student", "condition.indigenous");
        CONDITION_WORDS.put("emergency or danger", "condition.emergency");
        CONDITION_WORDS.put("cause known", "condition.causeKnown");
        CONDITION_WORDS.put("cause unknown", "condition.causeUnknown");
        CONDITION_WORDS.put("student returned", "condition.returned");
        CONDITION_WORDS.put("many cases at once", "condition.manyAtOnce");
        CONDITION_WORDS.put("always", "condition.always");
    }

    private TaskText() {
    }

    /** The ladder group heading: 第 3 天 / Day 3, 開案時 / When the case was opened, … */
    public static String heading(Component in, String trigger) {
        if (trigger == null) {
            return in.getTranslation("ladder.other");
        }
        Matcher day = DAY.matcher(trigger);
        if (day.matches()) {
            return in.getTranslation("ladder.day", Integer.parseInt(day.group(1)));
        }
        Matcher event = EVENT.matcher(trigger);
        if (event.matches()) {
            return in.getTranslation("ladder.on." + event.group(1));
        }
        if (trigger.startsWith("meeting ")) {
            return in.getTranslation("ladder.meeting");
        }
        if (trigger.startsWith("screening ")) {
            return in.getTranslation("ladder.screening");
        }
        if (trigger.startsWith("counselling periods")) {
            return in.getTranslation("ladder.periods");
        }
        return in.getTranslation("ladder.other");
    }

    /** Ladder days first in their order, then the case's events and other origins. */
    public static int order(String trigger) {
        Matcher day = trigger == null ? null : DAY.matcher(trigger);
        return day != null && day.matches() ? Integer.parseInt(day.group(1)) : Integer.MAX_VALUE;
    }

    /** Why the duty is there, in the user's language only (the condition too, when it has one). */
    public static String why(Component in, String why) {
        if (why == null || why.isBlank()) {
            return "";
        }
        String condition = null;
        int c = why.indexOf(CONDITION);
        String reason = why;
        if (c >= 0) {
            condition = why.substring(c + CONDITION.length());
            reason = why.substring(0, c);
        }
        boolean english = UiLocale.isEnglish(localeOf(in));
        int bar = reason.indexOf('｜');
        String text = bar < 0 ? PlatformText.in(localeOf(in), reason)
                : english ? reason.substring(bar + 1) : reason.substring(0, bar);
        Matcher event = EVENT_IN_WHY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (event.find()) {
            event.appendReplacement(out, Matcher.quoteReplacement(in.getTranslation("ladder.event." + event.group(1))));
        }
        event.appendTail(out);
        text = english ? out.toString() : PlatformText.rocDates(out.toString());
        if (condition != null && !condition.isBlank()) {
            text += in.getTranslation("ladder.condition", english ? condition : conditionInChinese(in, condition));
        }
        return text;
    }

    private static String conditionInChinese(Component in, String condition) {
        String text = condition;
        for (Map.Entry<String, String> word : CONDITION_WORDS.entrySet()) {
            text = text.replace(word.getKey(), in.getTranslation(word.getValue()));
        }
        text = text.replaceAll("category in \\[[^\\]]*\\]", in.getTranslation("condition.category"))
                .replace("not (", "非（").replace(" or ", "或").replace(" and ", "且").replace("(", "（")
                .replace(")", "）");
        return LATIN.matcher(text).find() ? in.getTranslation("condition.some") : text;
    }

    private static java.util.Locale localeOf(Component in) {
        return in.getUI().map(com.vaadin.flow.component.UI::getLocale)
                .orElseGet(() -> com.vaadin.flow.component.UI.getCurrent() == null ? UiLocale.CHINESE
                        : com.vaadin.flow.component.UI.getCurrent().getLocale());
    }
}
