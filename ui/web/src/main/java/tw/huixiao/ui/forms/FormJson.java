package tw.huixiao.ui.forms;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tw.huixiao.policy.spi.form.Field;

/**
 * Converts between a form's values as the UI binds them (a {@code Map<String, Object>} per
 * record or table row: String, LocalDate, Double, Boolean, {@link Choice}, lists) and the JSON
 * the platform's form records hold. Empty values are left out, so the server's required-field
 * check sees them as missing.
 */
final class FormJson {

    private FormJson() {
    }

    static JsonObject toJson(List<Field> fields, Map<String, Object> values) {
        JsonObjectBuilder out = Json.createObjectBuilder();
        for (Field field : fields) {
            Object value = values.get(field.key());
            JsonValue json = switch (field.type()) {
                case TEXT, LONG_TEXT, PERSON, SIGNATURE -> value instanceof String s && !s.isBlank()
                        ? Json.createValue(s.trim()) : null;
                case DATE -> value instanceof LocalDate d ? Json.createValue(d.toString()) : null;
                case NUMBER -> value instanceof Double n ? number(n) : null;
                case YES_NO -> value instanceof Boolean b ? (b ? JsonValue.TRUE : JsonValue.FALSE) : null;
                case SINGLE_CHOICE -> value instanceof Choice c ? choice(c) : null;
                case MULTI_CHOICE -> value instanceof List<?> list && !list.isEmpty() ? choices(list) : null;
                case TABLE -> value instanceof List<?> rows && !rows.isEmpty() ? rows(field.columns(), rows) : null;
            };
            if (json != null) {
                out.add(field.key(), json);
            }
        }
        return out.build();
    }

    static Map<String, Object> toValues(List<Field> fields, JsonObject data) {
        Map<String, Object> values = new HashMap<>();
        for (Field field : fields) {
            JsonValue json = data.get(field.key());
            if (json == null || json == JsonValue.NULL) {
                continue;
            }
            Object value = switch (field.type()) {
                case TEXT, LONG_TEXT -> json instanceof JsonString s ? s.getString() : null;
                case PERSON, SIGNATURE -> json instanceof JsonString s ? s.getString()
                        : json instanceof JsonObject o ? o.getString("name", null) : null;
                case DATE -> json instanceof JsonString s ? LocalDate.parse(s.getString()) : null;
                case NUMBER -> json instanceof JsonNumber n ? n.doubleValue() : null;
                case YES_NO -> json == JsonValue.TRUE ? Boolean.TRUE : json == JsonValue.FALSE ? Boolean.FALSE : null;
                case SINGLE_CHOICE -> choiceOf(json);
                case MULTI_CHOICE -> json instanceof JsonArray a ? a.stream().map(FormJson::choiceOf).toList() : null;
                case TABLE -> json instanceof JsonArray a ? a.stream().filter(JsonObject.class::isInstance)
                        .map(row -> toValues(field.columns(), (JsonObject) row)).toList() : null;
            };
            if (value != null) {
                values.put(field.key(), value);
            }
        }
        return values;
    }

    private static JsonValue number(double n) {
        return n == Math.rint(n) && Math.abs(n) < 1e15 ? Json.createValue((long) n) : Json.createValue(n);
    }

    private static JsonValue choice(Choice c) {
        return c.text() == null || c.text().isBlank() ? Json.createValue(c.code())
                : Json.createObjectBuilder().add("code", c.code()).add("text", c.text().trim()).build();
    }

    private static JsonValue choices(List<?> list) {
        JsonArrayBuilder out = Json.createArrayBuilder();
        list.forEach(c -> out.add(choice((Choice) c)));
        return out.build();
    }

    @SuppressWarnings("unchecked")
    private static JsonValue rows(List<Field> columns, List<?> rows) {
        JsonArrayBuilder out = Json.createArrayBuilder();
        rows.forEach(row -> out.add(toJson(columns, (Map<String, Object>) row)));
        return out.build();
    }

    private static Choice choiceOf(JsonValue json) {
        if (json instanceof JsonString s) {
            return new Choice(s.getString(), null);
        }
        if (json instanceof JsonObject o) {
            return new Choice(o.getString("code", ""), o.getString("text", null));
        }
        return null;
    }
}
