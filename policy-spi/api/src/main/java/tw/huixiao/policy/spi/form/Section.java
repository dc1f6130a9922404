package tw.huixiao.policy.spi.form;

import java.util.List;
import java.util.Objects;
import tw.huixiao.policy.spi.LocalizedText;

/** A titled group of fields, as the paper form lays them out. */
public record Section(String key, LocalizedText title, List<Field> fields) {

    public Section {
        Objects.requireNonNull(key, "section key");
        Objects.requireNonNull(title, () -> key + ": title");
        fields = List.copyOf(fields);
        if (fields.isEmpty()) {
            throw new IllegalArgumentException(key + ": a section has at least one field");
        }
    }
}
