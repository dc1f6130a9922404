package tw.huixiao.policy.spi.timeline;

import java.util.ArrayList;
import java.util.List;

/** A county's escalation ladder: its steps, in the document's order. */
public record Timeline(List<Step> steps) {

    public static final Timeline EMPTY = new Timeline(List.of());

    public Timeline {
        steps = List.copyOf(steps);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final List<Step> steps = new ArrayList<>();

        public Builder add(Step step) {
            steps.add(step);
            return this;
        }

        public Builder add(Step.Builder step) {
            return add(step.build());
        }

        public Timeline build() {
            return new Timeline(steps);
        }
    }
}
