package tw.huixiao.policy.spi.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tw.huixiao.policy.spi.LocalizedText;
import tw.huixiao.policy.spi.RuleId;
import tw.huixiao.policy.spi.SchoolRole;

/**
 * One duty of a county's escalation ladder: when it arises, who does it (the first role
 * leads), what to do, under which condition, by when, whether it repeats, which form or
 * document it produces, and the rule id and source text it comes from.
 */
public record Step(RuleId ruleId, Trigger trigger, List<SchoolRole> responsible, LocalizedText duty,
                   Condition condition, Deadline deadline, Recurrence recurrence, String produces,
                   String source) {

    public Step {
        Objects.requireNonNull(ruleId, "rule id");
        Objects.requireNonNull(trigger, () -> ruleId + ": trigger");
        responsible = List.copyOf(responsible);
        if (responsible.isEmpty()) {
            throw new IllegalArgumentException(ruleId + ": a step needs a responsible role");
        }
        Objects.requireNonNull(duty, () -> ruleId + ": duty text");
        Objects.requireNonNull(condition, () -> ruleId + ": condition");
        Objects.requireNonNull(deadline, () -> ruleId + ": deadline");
    }

    public Optional<Recurrence> recurrenceIfAny() {
        return Optional.ofNullable(recurrence);
    }

    /** The form id or document kind this step produces, if any. */
    public Optional<String> producesIfAny() {
        return Optional.ofNullable(produces);
    }

    /** The document's own words for this duty (zh-TW), shown next to the task. */
    public Optional<String> sourceIfAny() {
        return Optional.ofNullable(source);
    }

    public static Builder step(String ruleId) {
        return new Builder(RuleId.of(ruleId));
    }

    public static final class Builder {
        private final RuleId ruleId;
        private Trigger trigger;
        private final List<SchoolRole> responsible = new ArrayList<>();
        private LocalizedText duty;
        private Condition condition = Condition.ALWAYS;
        private Deadline deadline;
        private Recurrence recurrence;
        private String produces;
        private String source;

        private Builder(RuleId ruleId) {
            this.ruleId = ruleId;
        }

        public Builder onStreakDay(int day) {
            this.trigger = Trigger.streakDay(day);
            return this;
        }

        public Builder on(CaseEvent event) {
            this.trigger = Trigger.on(event);
            return this;
        }

        public Builder by(SchoolRole... roles) {
            responsible.addAll(List.of(roles));
            return this;
        }

        public Builder duty(String zhTw, String en) {
            this.duty = LocalizedText.of(zhTw, en);
            return this;
        }

        public Builder when(Condition condition) {
            this.condition = condition;
            return this;
        }

        public Builder due(Deadline deadline) {
            this.deadline = deadline;
            return this;
        }

        public Builder repeats(Recurrence recurrence) {
            this.recurrence = recurrence;
            return this;
        }

        public Builder produces(String formOrDocument) {
            this.produces = formOrDocument;
            return this;
        }

        public Builder source(String documentText) {
            this.source = documentText;
            return this;
        }

        public Step build() {
            return new Step(ruleId, trigger, responsible, duty, condition, deadline, recurrence, produces, source);
        }
    }
}
