package tw.huixiao.policy.spi.detection;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tw.huixiao.policy.spi.LocalizedText;
import tw.huixiao.policy.spi.RuleId;

/**
 * A category of case a county defines (e.g. New Taipei 第一類), the kind it belongs to, the
 * detection rules that open it (any one suffices) and the rule id that defines it.
 *
 * @param id a stable id, usually the rule id (e.g. {@code NT-CAT1})
 */
public record CaseCategory(String id, RuleId ruleId, CaseKind kind, LocalizedText name,
                           List<DetectionRule> detection) {

    public CaseCategory {
        Objects.requireNonNull(id, "category id");
        Objects.requireNonNull(ruleId, () -> id + ": rule id");
        Objects.requireNonNull(kind, () -> id + ": kind");
        Objects.requireNonNull(name, () -> id + ": name");
        detection = List.copyOf(detection);
        if (detection.isEmpty()) {
            throw new IllegalArgumentException(id + ": say how the category is detected (or ByStaff)");
        }
    }

    /** A category whose id is its rule id (the usual case). */
    public static Builder category(String ruleId, CaseKind kind) {
        return new Builder(ruleId, ruleId, kind);
    }

    /** One of several categories defined by the same rule (e.g. Tainan's TN-WHO target groups). */
    public static Builder category(String id, String ruleId, CaseKind kind) {
        return new Builder(id, ruleId, kind);
    }

    public static final class Builder {
        private final String id;
        private final String ruleId;
        private final CaseKind kind;
        private final List<DetectionRule> detection = new ArrayList<>();
        private LocalizedText name;

        private Builder(String id, String ruleId, CaseKind kind) {
            this.id = id;
            this.ruleId = ruleId;
            this.kind = kind;
        }

        public Builder name(String zhTw, String en) {
            this.name = LocalizedText.of(zhTw, en);
            return this;
        }

        public Builder detectedBy(DetectionRule rule) {
            detection.add(rule);
            return this;
        }

        public CaseCategory build() {
            return new CaseCategory(id, RuleId.of(ruleId), kind, name, detection);
        }
    }
}
