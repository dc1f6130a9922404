package tw.huixiao.policy.spi.form;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import tw.huixiao.policy.spi.document.DocumentData;

/**
 * A choice or yes/no field of a form that the platform fills in from the case (e.g. Taoyuan's
 * B表 「是否屬原住民學生」 from the register, Tainan's ISP 性別), beside the text and date fields of
 * {@link FormPrefill}. The datum is one that {@link DocumentData#choice() fills choices}:
 * <ul>
 * <li>a YES_NO field takes a {@link DocumentData#yesNo() yes/no datum} directly: no options;</li>
 * <li>a SINGLE_CHOICE field takes the option that {@code options} maps the datum's value to (for
 *     the family background, the first entry, in declaration order, whose value the student
 *     has);</li>
 * <li>a MULTI_CHOICE field takes the options of every value the student has.</li>
 * </ul>
 * {@code options} maps {@link DocumentData#choiceValues() datum values} (for
 * {@link DocumentData#DUTY_RULE_ID}, the module's rule ids) to the field's option codes; a value
 * without an entry leaves the field empty. The compatibility kit checks the field's type and
 * that every option code exists in every version of the form. Staff see and may change the
 * choice before saving.
 *
 * @since SPI 1.4
 */
public record ChoicePrefill(String formId, String fieldKey, DocumentData datum, Map<String, String> options) {

    private static final Pattern KEY = Pattern.compile("[a-z][a-zA-Z0-9]{0,63}");

    public ChoicePrefill {
        Objects.requireNonNull(formId, "form id");
        Objects.requireNonNull(fieldKey, () -> formId + ": field key");
        Objects.requireNonNull(datum, () -> formId + "." + fieldKey + ": datum");
        if (!KEY.matcher(fieldKey).matches()) {
            throw new IllegalArgumentException(formId + ": field key must be lowerCamelCase ASCII: " + fieldKey);
        }
        if (!datum.choice()) {
            throw new IllegalArgumentException(formId + "." + fieldKey + ": " + datum + " cannot fill a choice");
        }
        // Declaration order decides which background fills a single choice: keep it.
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
        if (options.isEmpty() && !datum.yesNo()) {
            throw new IllegalArgumentException(formId + "." + fieldKey + ": map " + datum + " to the field's options");
        }
        options.forEach((value, code) -> {
            Objects.requireNonNull(code, () -> formId + "." + fieldKey + ": option of " + value);
            if (datum != DocumentData.DUTY_RULE_ID && !datum.choiceValues().contains(value)) {
                throw new IllegalArgumentException(formId + "." + fieldKey + ": " + datum + " never takes " + value
                        + " (it takes " + datum.choiceValues() + ")");
            }
        });
    }

    /** A YES_NO field filled by a yes/no datum (e.g. STUDENT_INDIGENOUS). */
    public static ChoicePrefill yesNo(String formId, String fieldKey, DocumentData datum) {
        return new ChoicePrefill(formId, fieldKey, datum, Map.of());
    }

    public static Builder of(String formId, String fieldKey, DocumentData datum) {
        return new Builder(formId, fieldKey, datum);
    }

    public static final class Builder {
        private final String formId;
        private final String fieldKey;
        private final DocumentData datum;
        private final Map<String, String> options = new LinkedHashMap<>();

        private Builder(String formId, String fieldKey, DocumentData datum) {
            this.formId = formId;
            this.fieldKey = fieldKey;
            this.datum = datum;
        }

        /** The datum's {@code value} selects the field's option {@code optionCode}. */
        public Builder option(String value, String optionCode) {
            if (options.put(value, optionCode) != null) {
                throw new IllegalArgumentException(formId + "." + fieldKey + ": value mapped twice: " + value);
            }
            return this;
        }

        public ChoicePrefill build() {
            return new ChoicePrefill(formId, fieldKey, datum, options);
        }
    }
}
