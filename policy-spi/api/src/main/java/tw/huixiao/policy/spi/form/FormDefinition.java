package tw.huixiao.policy.spi.form;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import tw.huixiao.policy.spi.LocalizedText;
import tw.huixiao.policy.spi.RuleId;
import tw.huixiao.policy.spi.SchoolRole;

/**
 * A county form (e.g. 輔導訪談紀錄 (B) 表), versioned: records keep the version they were
 * filled in. Field keys are unique across the whole form.
 */
public record FormDefinition(String id, int version, LocalizedText title, RuleId ruleId, List<Section> sections,
                             List<SignOffStage> signOff) {

    public FormDefinition {
        Objects.requireNonNull(id, "form id");
        if (version < 1) {
            throw new IllegalArgumentException(id + ": form versions start at 1");
        }
        Objects.requireNonNull(title, () -> id + ": title");
        Objects.requireNonNull(ruleId, () -> id + ": rule id");
        sections = List.copyOf(sections);
        signOff = List.copyOf(signOff);
        if (sections.isEmpty()) {
            throw new IllegalArgumentException(id + ": a form has at least one section");
        }
        Set<String> keys = new HashSet<>();
        for (Field field : sections.stream().flatMap(s -> s.fields().stream()).toList()) {
            if (!keys.add(field.key())) {
                throw new IllegalArgumentException(id + ": field key used twice: " + field.key());
            }
        }
        Set<String> stageKeys = new HashSet<>();
        for (SignOffStage stage : signOff) {
            if (!stageKeys.add(stage.key())) {
                throw new IllegalArgumentException(id + ": sign-off stage key used twice: " + stage.key());
            }
            if (!keys.containsAll(stage.fieldKeys())) {
                throw new IllegalArgumentException(id + ": stage " + stage.key() + " covers unknown fields");
            }
        }
    }

    public Stream<Field> fields() {
        return sections.stream().flatMap(s -> s.fields().stream());
    }

    public static Builder form(String id, int version) {
        return new Builder(id, version);
    }

    public static final class Builder {
        private final String id;
        private final int version;
        private LocalizedText title;
        private RuleId ruleId;
        private final List<Section> sections = new ArrayList<>();
        private final List<SignOffStage> signOff = new ArrayList<>();

        private Builder(String id, int version) {
            this.id = id;
            this.version = version;
        }

        public Builder title(String zhTw, String en) {
            this.title = LocalizedText.of(zhTw, en);
            return this;
        }

        public Builder rule(String ruleId) {
            this.ruleId = RuleId.of(ruleId);
            return this;
        }

        public Builder section(String key, String zhTw, String en, Field.Builder... fields) {
            sections.add(new Section(key, LocalizedText.of(zhTw, en),
                    Stream.of(fields).map(Field.Builder::build).toList()));
            return this;
        }

        public Builder signedBy(String key, String zhTw, String en, SchoolRole... roles) {
            signOff.add(new SignOffStage(key, LocalizedText.of(zhTw, en), new LinkedHashSet<>(List.of(roles)), false,
                    Set.of()));
            return this;
        }

        public Builder stampedBy(String key, String zhTw, String en, SchoolRole... roles) {
            signOff.add(new SignOffStage(key, LocalizedText.of(zhTw, en), new LinkedHashSet<>(List.of(roles)), true,
                    Set.of()));
            return this;
        }

        /** A stage that covers only some fields (e.g. Yunlin 附表一 stage 2 signed by 導師). */
        public Builder stage(SignOffStage stage) {
            signOff.add(stage);
            return this;
        }

        public FormDefinition build() {
            return new FormDefinition(id, version, title, ruleId, sections, signOff);
        }
    }
}
