package tw.huixiao.platform.application.forms;

import tw.huixiao.platform.application.InputLimits;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import tw.huixiao.platform.application.InvalidInputException.FieldError;
import tw.huixiao.policy.spi.form.Field;
import tw.huixiao.policy.spi.form.FormDefinition;
import tw.huixiao.policy.spi.form.Option;
import tw.huixiao.policy.spi.form.SignOffStage;

/**
 * Checks a form record's data against the module's form definition (issue 6 §2) and returns
 * it normalised (known fields only, text trimmed, empty values dropped) with every problem at
 * once, keyed {@code fields.<key>} ({@code fields.<key>[row].<column>} inside tables).
 *
 * <p>Values by field type: TEXT, LONG_TEXT — a string; DATE — {@code "YYYY-MM-DD"}; NUMBER — a
 * number; YES_NO — true/false; SINGLE_CHOICE — an option code, or {@code {"code", "text"}} for
 * an option that asks for text (其他：＿＿, where the text is required); MULTI_CHOICE — an array
 * of those; TABLE — an array of row objects keyed by column; PERSON — a name, or
 * {@code {"name", "userId"}}; SIGNATURE — a name, or {@code {"name", "signedOn"}}.
 */
public final class FormValidator {

    static final int MAX_TEXT = 500;
    static final int MAX_LONG_TEXT = 20_000;
    static final int MAX_NAME = 100;
    static final int MAX_ROWS = 500;

    /** The normalised data and the problems; the data is only meant to be stored when there are none. */
    public record Result(JsonObject data, List<FieldError> errors) {

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    private FormValidator() {
    }

    public static Result validate(FormDefinition form, JsonObject data) {
        return validate(form, data, Set.of());
    }

    /** As {@link #validate(FormDefinition, JsonObject)}, the required fields in {@code deferred} may still be empty. */
    public static Result validate(FormDefinition form, JsonObject data, Set<String> deferred) {
        List<FieldError> errors = new ArrayList<>();
        JsonObject normalised = object(form.fields().toList(), data == null ? JsonValue.EMPTY_JSON_OBJECT : data,
                "fields.", deferred, errors);
        return new Result(normalised, List.copyOf(errors));
    }

    /**
     * The required fields a record may still leave empty: those named only by stages after the
     * first that are not signed yet, so that each signer fills in their own part (Yunlin 附表一,
     * YL-SCREEN: the 導師 fills stages 1–2, the counsellor's crisis assessment is stage 3's, the
     * unit head's strategy stage 4's). Nothing is deferred when the first stage names no fields
     * (it covers the whole form) or when a field is also named by the first stage or a signed one.
     * {@link #missingForStage} requires a stage's own fields when it is signed.
     */
    public static Set<String> deferredFields(FormDefinition form, Set<String> signedStages) {
        List<SignOffStage> chain = form.signOff();
        if (chain.isEmpty() || chain.get(0).fieldKeys().isEmpty()) {
            return Set.of();
        }
        Set<String> deferred = new TreeSet<>();
        for (int i = 1; i < chain.size(); i++) {
            if (!signedStages.contains(chain.get(i).key())) {
                deferred.addAll(chain.get(i).fieldKeys());
            }
        }
        for (int i = 0; i < chain.size(); i++) {
            if (i == 0 || signedStages.contains(chain.get(i).key())) {
                deferred.removeAll(chain.get(i).fieldKeys());
            }
        }
        return deferred;
    }

    /** The required fields a stage names that the data leaves empty: the stage is not signed without them. */
    public static List<FieldError> missingForStage(FormDefinition form, SignOffStage stage, JsonObject data) {
        return form.fields().filter(f -> f.required() && stage.fieldKeys().contains(f.key())
                        && isEmpty(data == null ? null : data.get(f.key())))
                .map(f -> new FieldError("fields." + f.key(), "簽核「" + stage.title().zhTw() + "」前須填寫「"
                        + f.label().zhTw() + "」 (" + f.label().en() + " is required before " + stage.key() + " is signed)"))
                .toList();
    }

    private static JsonObject object(List<Field> fields, JsonObject data, String prefix, List<FieldError> errors) {
        return object(fields, data, prefix, Set.of(), errors);
    }

    private static JsonObject object(List<Field> fields, JsonObject data, String prefix, Set<String> deferred,
                                     List<FieldError> errors) {
        Set<String> known = fields.stream().map(Field::key).collect(Collectors.toSet());
        data.keySet().stream().filter(k -> !known.contains(k)).sorted()
                .forEach(k -> errors.add(new FieldError(prefix + k, "表單沒有此欄位 (the form has no such field)")));
        JsonObjectBuilder out = Json.createObjectBuilder();
        for (Field field : fields) {
            String name = prefix + field.key();
            JsonValue value = data.get(field.key());
            if (isEmpty(value)) {
                if (field.required() && !deferred.contains(field.key())) {
                    errors.add(new FieldError(name, "「" + field.label().zhTw() + "」為必填 (" + field.label().en()
                            + " is required)"));
                }
                continue;
            }
            value(field, value, name, errors).ifPresent(v -> out.add(field.key(), v));
        }
        return out.build();
    }

    private static Optional<JsonValue> value(Field field, JsonValue value, String name, List<FieldError> errors) {
        int before = errors.size();
        JsonValue normalised = switch (field.type()) {
            case TEXT -> text(value, MAX_TEXT, name, errors);
            case LONG_TEXT -> text(value, MAX_LONG_TEXT, name, errors);
            case DATE -> date(value, name, errors);
            case NUMBER -> value instanceof JsonNumber ? value : error(errors, name, "應為數字 (must be a number)");
            case YES_NO -> value == JsonValue.TRUE || value == JsonValue.FALSE ? value
                    : error(errors, name, "應為是（true）或否（false） (must be true or false)");
            case SINGLE_CHOICE -> choice(field, value, name, errors);
            case MULTI_CHOICE -> choices(field, value, name, errors);
            case TABLE -> table(field, value, name, errors);
            case PERSON -> named(value, "userId", name, errors);
            case SIGNATURE -> named(value, "signedOn", name, errors);
        };
        return errors.size() == before ? Optional.of(normalised) : Optional.empty();
    }

    private static JsonValue text(JsonValue value, int max, String name, List<FieldError> errors) {
        if (!(value instanceof JsonString s)) {
            return error(errors, name, "應為文字 (must be text)");
        }
        String text = s.getString().trim();
        if (text.length() > max) {
            return error(errors, name, "最多 " + max + " 字 (at most " + max + " characters)");
        }
        return Json.createValue(text);
    }

    private static JsonValue date(JsonValue value, String name, List<FieldError> errors) {
        if (value instanceof JsonString s) {
            try {
                LocalDate date = LocalDate.parse(s.getString().trim());
                if (!InputLimits.isSaneDate(date)) {
                    return error(errors, name, InputLimits.dateRangeMessage());
                }
                return Json.createValue(date.toString());
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        return error(errors, name, "日期格式應為 YYYY-MM-DD (a date as YYYY-MM-DD)");
    }

    /** An option code, or {"code", "text"} for the option that asks for text (其他：＿＿). */
    private static JsonValue choice(Field field, JsonValue value, String name, List<FieldError> errors) {
        String code;
        String text = null;
        if (value instanceof JsonString s) {
            code = s.getString().trim();
        } else if (value instanceof JsonObject o && o.get("code") instanceof JsonString c
                && o.keySet().stream().allMatch(k -> k.equals("code") || k.equals("text"))) {
            code = c.getString().trim();
            if (o.get("text") instanceof JsonString t) {
                text = t.getString().trim();
            } else if (!isEmpty(o.get("text"))) {
                return error(errors, name, "「其他」的說明應為文字 (the 'other' text must be text)");
            }
        } else {
            return error(errors, name, "應為選項代碼，或 {\"code\", \"text\"} (an option code, or {\"code\", \"text\"})");
        }
        Optional<Option> option = field.options().stream().filter(o -> o.code().equals(code)).findFirst();
        if (option.isEmpty()) {
            return error(errors, name, "選項應為 " + field.options().stream().map(Option::code)
                    .collect(Collectors.joining("、")) + " 之一 (not an option of this field)");
        }
        if (option.get().asksForText()) {
            if (text == null || text.isEmpty()) {
                return error(errors, name, "選擇「" + option.get().label().zhTw() + "」時請填寫內容 (say what '"
                        + option.get().label().en() + "' is)");
            }
            if (text.length() > MAX_TEXT) {
                return error(errors, name, "說明最多 " + MAX_TEXT + " 字 (at most " + MAX_TEXT + " characters)");
            }
            return Json.createObjectBuilder().add("code", code).add("text", text).build();
        }
        if (text != null && !text.isEmpty()) {
            return error(errors, name, "選項「" + option.get().label().zhTw() + "」不需填寫內容 (this option takes no text)");
        }
        return Json.createValue(code);
    }

    private static JsonValue choices(Field field, JsonValue value, String name, List<FieldError> errors) {
        if (!(value instanceof JsonArray array)) {
            return error(errors, name, "應為選項的陣列 (must be an array of options)");
        }
        JsonArrayBuilder out = Json.createArrayBuilder();
        Set<String> seen = new HashSet<>();
        int before = errors.size();
        for (JsonValue item : array) {
            JsonValue one = choice(field, item, name, errors);
            if (errors.size() > before) {
                return one;
            }
            String code = one instanceof JsonString s ? s.getString() : ((JsonObject) one).getString("code");
            if (!seen.add(code)) {
                return error(errors, name, "選項 " + code + " 重複 (option chosen twice)");
            }
            out.add(one);
        }
        return out.build();
    }

    private static JsonValue table(Field field, JsonValue value, String name, List<FieldError> errors) {
        if (!(value instanceof JsonArray rows)) {
            return error(errors, name, "應為列的陣列 (must be an array of rows)");
        }
        if (rows.size() > MAX_ROWS) {
            return error(errors, name, "最多 " + MAX_ROWS + " 列 (at most " + MAX_ROWS + " rows)");
        }
        JsonArrayBuilder out = Json.createArrayBuilder();
        for (int i = 0; i < rows.size(); i++) {
            String row = name + "[" + i + "]";
            if (rows.get(i) instanceof JsonObject cells) {
                out.add(object(field.columns(), cells, row + ".", errors));
            } else {
                errors.add(new FieldError(row, "每列應為物件 (each row is an object keyed by column)"));
            }
        }
        return out.build();
    }

    /** A person or signature: a name, or an object with the name and one optional extra (user id, or date signed). */
    private static JsonValue named(JsonValue value, String extra, String name, List<FieldError> errors) {
        if (value instanceof JsonString s) {
            String person = s.getString().trim();
            return person.length() > MAX_NAME ? error(errors, name, "姓名最多 " + MAX_NAME + " 字 (at most "
                    + MAX_NAME + " characters)") : Json.createValue(person);
        }
        if (value instanceof JsonObject o && o.keySet().stream().allMatch(k -> k.equals("name") || k.equals(extra))
                && o.get("name") instanceof JsonString n && !n.getString().isBlank()
                && n.getString().trim().length() <= MAX_NAME) {
            JsonObjectBuilder out = Json.createObjectBuilder().add("name", n.getString().trim());
            JsonValue more = o.get(extra);
            if (isEmpty(more)) {
                return out.build();
            }
            if (extra.equals("userId") && more instanceof JsonNumber id && id.isIntegral()) {
                return out.add(extra, id.longValue()).build();
            }
            if (extra.equals("signedOn")) {
                JsonValue day = date(more, name, errors);
                return day instanceof JsonString ? out.add(extra, day).build() : day;
            }
        }
        return error(errors, name, "應為姓名，或 {\"name\", \"" + extra + "\"} (a name, or {\"name\", \"" + extra + "\"})");
    }

    private static boolean isEmpty(JsonValue value) {
        return value == null || value == JsonValue.NULL
                || value instanceof JsonString s && s.getString().isBlank()
                || value instanceof JsonArray a && a.isEmpty()
                || value instanceof JsonObject o && o.isEmpty();
    }

    private static JsonValue error(List<FieldError> errors, String name, String message) {
        errors.add(new FieldError(name, message));
        return JsonValue.NULL;
    }

    /**
     * The fields of signed stages whose value differs between two versions of a record's data
     * (a stage covering no fields in particular covers the whole form): they are immutable.
     */
    public static List<String> changedSignedFields(FormDefinition form, Set<String> signedStages, JsonObject before,
                                                   JsonObject after) {
        Set<String> frozen = new TreeSet<>();
        for (SignOffStage stage : form.signOff()) {
            if (signedStages.contains(stage.key())) {
                if (stage.fieldKeys().isEmpty()) {
                    form.fields().forEach(f -> frozen.add(f.key()));
                } else {
                    frozen.addAll(stage.fieldKeys());
                }
            }
        }
        return frozen.stream().filter(k -> !Objects.equals(before.get(k), after.get(k))).toList();
    }
}
