package tw.huixiao.policy.spi.timeline;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * When a step applies, as data the platform can evaluate and explain ("why is this task
 * here?"). Built from small predicates and {@code and}/{@code or}/{@code not}.
 *
 * <p>A condition is tested when the step's duty arises (each occurrence of a recurring duty
 * arises at the start of its period). Once arisen, a duty is owed: later facts never set it
 * aside, only a person closes it (SPI 1.4). So a condition decides only what has not arisen
 * yet — {@link #stillAbsent()} says which duties a student's return ends before they arise.
 */
public sealed interface Condition {

    boolean test(CaseFacts facts);

    /** Human-readable form for reviews and explanations, e.g. "indigenous and not returned". */
    String describe();

    Condition ALWAYS = new Always();

    static Condition indigenous() {
        return new Indigenous();
    }

    static Condition emergency() {
        return new Emergency();
    }

    static Condition causeKnown() {
        return new CauseKnown();
    }

    static Condition causeUnknown() {
        return new CauseUnknown();
    }

    static Condition returned() {
        return new Returned();
    }

    /**
     * The student has not come back by the time the duty arises: a return before then ends the
     * step (its duty never arises); a return afterwards leaves the arisen duty owed.
     *
     * @since SPI 1.4
     */
    static Condition stillAbsent() {
        return new StillAbsent();
    }

    static Condition manyCasesAtOnce() {
        return new ManyCasesAtOnce();
    }

    static Condition categoryIn(String... categoryIds) {
        return new CategoryIn(Set.of(categoryIds));
    }

    static Condition not(Condition condition) {
        return new Not(condition);
    }

    static Condition anyOf(Condition... conditions) {
        return new AnyOf(List.of(conditions));
    }

    default Condition and(Condition other) {
        return new AllOf(List.of(this, other));
    }

    record Always() implements Condition {
        @Override
        public boolean test(CaseFacts facts) {
            return true;
        }

        @Override
        public String describe() {
            return "always";
        }
    }

    record Indigenous() implements Condition {
        @Override
        public boolean test(CaseFacts facts) {
            return facts.indigenous();
        }

        @Override
        public String describe() {
            return "indigenous student";
        }
    }

    record Emergency() implements Condition {
        @Override
        public boolean test(CaseFacts facts) {
            return facts.emergency();
        }

        @Override
        public String describe() {
            return "emergency or danger";
        }
    }

    record CauseKnown() implements Condition {
        @Override
        public boolean test(CaseFacts facts) {
            return facts.causeKnown().orElse(false);
        }

        @Override
        public String describe() {
            return "cause known";
        }
    }

    /** The cause is unknown (not yet established, or established as unknown). */
    record CauseUnknown() implements Condition {
        @Override
        public boolean test(CaseFacts facts) {
            return !facts.causeKnown().orElse(false);
        }

        @Override
        public String describe() {
            return "cause unknown";
        }
    }

    record Returned() implements Condition {
        @Override
        public boolean test(CaseFacts facts) {
            return facts.returned();
        }

        @Override
        public String describe() {
            return "student returned";
        }
    }

    /** @since SPI 1.4 */
    record StillAbsent() implements Condition {
        @Override
        public boolean test(CaseFacts facts) {
            return !facts.returned();
        }

        @Override
        public String describe() {
            // The words of not(returned()), which this names: the tasks' "why" texts stay as they were.
            return "not (student returned)";
        }
    }

    record ManyCasesAtOnce() implements Condition {
        @Override
        public boolean test(CaseFacts facts) {
            return facts.manyCasesAtOnce();
        }

        @Override
        public String describe() {
            return "many cases at once";
        }
    }

    record CategoryIn(Set<String> categoryIds) implements Condition {
        public CategoryIn {
            categoryIds = Set.copyOf(categoryIds);
            if (categoryIds.isEmpty()) {
                throw new IllegalArgumentException("name at least one category");
            }
        }

        @Override
        public boolean test(CaseFacts facts) {
            return categoryIds.contains(facts.categoryId());
        }

        @Override
        public String describe() {
            return "category in " + categoryIds.stream().sorted().toList();
        }
    }

    record Not(Condition condition) implements Condition {
        public Not {
            Objects.requireNonNull(condition);
        }

        @Override
        public boolean test(CaseFacts facts) {
            return !condition.test(facts);
        }

        @Override
        public String describe() {
            return "not (" + condition.describe() + ")";
        }
    }

    record AllOf(List<Condition> conditions) implements Condition {
        public AllOf {
            conditions = List.copyOf(conditions);
        }

        @Override
        public boolean test(CaseFacts facts) {
            return conditions.stream().allMatch(c -> c.test(facts));
        }

        @Override
        public String describe() {
            return String.join(" and ", conditions.stream().map(Condition::describe).toList());
        }
    }

    record AnyOf(List<Condition> conditions) implements Condition {
        public AnyOf {
            conditions = List.copyOf(conditions);
        }

        @Override
        public boolean test(CaseFacts facts) {
            return conditions.stream().anyMatch(c -> c.test(facts));
        }

        @Override
        public String describe() {
            return "(" + String.join(" or ", conditions.stream().map(Condition::describe).toList()) + ")";
        }
    }
}
