package tw.huixiao.policy.spi.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import tw.huixiao.policy.spi.LocalizedText;

/**
 * One field of a form: a stable key (stored in records), its label, type, whether it is
 * required, its options (choices) or columns (tables).
 */
public record Field(String key, LocalizedText label, FieldType type, boolean required, List<Option> options,
                    List<Field> columns) {

    private static final Pattern KEY = Pattern.compile("[a-z][a-zA-Z0-9]{0,63}");

    public Field {
        Objects.requireNonNull(key, "field key");
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("field key must be lowerCamelCase ASCII: " + key);
        }
        Objects.requireNonNull(label, () -> key + ": label");
        Objects.requireNonNull(type, () -> key + ": type");
        options = List.copyOf(options);
        columns = List.copyOf(columns);
        boolean choice = type == FieldType.SINGLE_CHOICE || type == FieldType.MULTI_CHOICE;
        if (choice == options.isEmpty()) {
            throw new IllegalArgumentException(key + ": choice fields, and only they, have options");
        }
        if ((type == FieldType.TABLE) == columns.isEmpty()) {
            throw new IllegalArgumentException(key + ": tables, and only they, have columns");
        }
    }

    public static Builder field(String key, FieldType type) {
        return new Builder(key, type);
    }

    public static final class Builder {
        private final String key;
        private final FieldType type;
        private LocalizedText label;
        private boolean required;
        private final List<Option> options = new ArrayList<>();
        private final List<Field> columns = new ArrayList<>();

        private Builder(String key, FieldType type) {
            this.key = key;
            this.type = type;
        }

        public Builder label(String zhTw, String en) {
            this.label = LocalizedText.of(zhTw, en);
            return this;
        }

        public Builder required() {
            this.required = true;
            return this;
        }

        public Builder option(Option option) {
            options.add(option);
            return this;
        }

        public Builder option(String code, String zhTw, String en) {
            return option(Option.of(code, zhTw, en));
        }

        public Builder other(String code, String zhTw, String en) {
            return option(Option.other(code, zhTw, en));
        }

        public Builder column(Field column) {
            columns.add(column);
            return this;
        }

        public Builder column(Builder column) {
            return column(column.build());
        }

        public Field build() {
            return new Field(key, label, type, required, options, columns);
        }
    }
}
