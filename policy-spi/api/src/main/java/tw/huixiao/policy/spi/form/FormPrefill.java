package tw.huixiao.policy.spi.form;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import tw.huixiao.policy.spi.document.DocumentData;

/**
 * Which fields of a form the platform fills in from the case when a record is started or the
 * form is printed for filling in by hand (e.g. New Taipei's 復學申請書: the student, class,
 * guardian and the re-enrolment application already recorded): field key → the case datum.
 * Date data go into DATE fields, the others into TEXT, LONG_TEXT or PERSON fields (the
 * compatibility kit checks this against every version of the form). Staff see and may change
 * every prefilled value before saving; nothing prefilled is stored until they save.
 *
 * @since SPI 1.3
 */
public record FormPrefill(String formId, Map<String, DocumentData> fields) {

    private static final Pattern KEY = Pattern.compile("[a-z][a-zA-Z0-9]{0,63}");

    public FormPrefill {
        Objects.requireNonNull(formId, "form id");
        fields = Map.copyOf(fields);
        if (fields.isEmpty()) {
            throw new IllegalArgumentException(formId + ": a prefill names at least one field");
        }
        fields.keySet().stream().filter(k -> !KEY.matcher(k).matches()).findFirst().ifPresent(k -> {
            throw new IllegalArgumentException(formId + ": field key must be lowerCamelCase ASCII: " + k);
        });
    }

    public static Builder of(String formId) {
        return new Builder(formId);
    }

    public static final class Builder {
        private final String formId;
        private final Map<String, DocumentData> fields = new LinkedHashMap<>();

        private Builder(String formId) {
            this.formId = formId;
        }

        public Builder field(String key, DocumentData data) {
            if (fields.put(key, Objects.requireNonNull(data, key)) != null) {
                throw new IllegalArgumentException(formId + ": field prefilled twice: " + key);
            }
            return this;
        }

        public FormPrefill build() {
            return new FormPrefill(formId, fields);
        }
    }
}
