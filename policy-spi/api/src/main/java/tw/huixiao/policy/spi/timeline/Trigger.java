package tw.huixiao.policy.spi.timeline;

import java.util.Objects;

/**
 * When a step's duty arises: on day N of a student's streak of unexcused absence (day 0 =
 * the student is at risk: a continuous duty), or when a case event happens.
 */
public sealed interface Trigger {

    static Trigger streakDay(int day) {
        return new StreakDay(day);
    }

    static Trigger on(CaseEvent event) {
        return new OnEvent(event);
    }

    /** Day {@code day} of unexcused non-attendance (無故未到校天數), counted in school days. */
    record StreakDay(int day) implements Trigger {
        public StreakDay {
            if (day < 0 || day > 366) {
                throw new IllegalArgumentException("streak day must be 0–366: " + day);
            }
        }

        @Override
        public String toString() {
            return "day " + day;
        }
    }

    record OnEvent(CaseEvent event) implements Trigger {
        public OnEvent {
            Objects.requireNonNull(event, "event");
        }

        @Override
        public String toString() {
            return "on " + event;
        }
    }
}
