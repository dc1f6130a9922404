package tw.huixiao.platform.application.forms;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tw.huixiao.policy.spi.form.Field;
import tw.huixiao.policy.spi.form.Option;

/**
 * The stored codes of a choice field in words, as the county's form prints them: each option's
 * label, with the text an "其他：＿＿" option asks for written into its blank (需轉介其他單位 名稱:
 * _____ → 需轉介其他單位 名稱: 心理師個別諮商), joined with 、. Unknown codes stay as they are. The
 * screens and the exports (the Yunlin roster) write choices the same way.
 */
public final class ChoiceLabels {

    /** The blank of an option that asks for text: ____ or an empty （）/(). */
    private static final Pattern BLANK = Pattern.compile("_{2,}|＿{2,}|\\(\\s*\\)|（\\s*）");
    /** A bracketed part around a blank, dropped when nothing fills it: 需轉介中輟外展服務(單位：_____). */
    private static final Pattern BLANKED_GROUP = Pattern.compile("[(（][^()（）]*(?:_{2,}|＿{2,})[^()（）]*[)）]");
    /** What is left dangling once a trailing blank is gone: 名稱： */
    private static final Pattern TRAILING = Pattern.compile("[\\s:：,，]+$");

    private ChoiceLabels() {
    }

    /** A choice field's value (one choice or an array of them) in words. */
    public static String of(Field field, JsonValue value, boolean english) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return "";
        }
        List<JsonValue> values = value instanceof JsonArray array ? array : List.of(value);
        return values.stream().map(v -> one(field, v, english)).collect(Collectors.joining("、"));
    }

    /** One option's label for a code (no text). */
    public static String of(Field field, String code, boolean english) {
        return label(field, code, null, english);
    }

    private static String one(Field field, JsonValue v, boolean english) {
        if (v instanceof JsonString s) {
            return label(field, s.getString(), null, english);
        }
        if (v instanceof JsonObject o) {
            return label(field, o.getString("code", ""), o.getString("text", null), english);
        }
        return v.toString();
    }

    private static String label(Field field, String code, String text, boolean english) {
        Optional<Option> option = field.options().stream().filter(o -> o.code().equals(code)).findFirst();
        if (option.isEmpty()) {
            return text == null ? code : code + "：" + text;
        }
        String label = english ? option.get().label().en() : option.get().label().zhTw();
        if (text == null || text.isBlank()) {
            String bare = BLANKED_GROUP.matcher(label).replaceAll("");
            return TRAILING.matcher(BLANK.matcher(bare).replaceAll("")).replaceAll("");
        }
        Matcher blank = BLANK.matcher(label);
        if (!blank.find()) {
            return label + "：" + text;
        }
        String hole = blank.group();
        String filled = hole.startsWith("(") ? "(" + text + ")" : hole.startsWith("（") ? "（" + text + "）" : text;
        return label.substring(0, blank.start()) + filled + label.substring(blank.end());
    }
}
