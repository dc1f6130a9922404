package tw.huixiao.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.timeline.CaseEvent;
import tw.huixiao.policy.spi.timeline.CaseFacts;
import tw.huixiao.policy.spi.timeline.Step;
import tw.huixiao.policy.spi.timeline.Trigger;

/**
 * A county's escalation ladder on a school's calendar: which duties arise on a day of a
 * student's streak of absence or on a case event, for a case's facts, and when each is due.
 */
public final class Ladder {

    public static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    /** A duty that arose: the step, when it arose and when it is due. */
    public record Duty(Step step, ZonedDateTime arose, Due due) {

        public String ruleId() {
            return step.ruleId().toString();
        }

        /** The due date, for deadlines that have one. */
        public LocalDate dueDate() {
            if (due instanceof Due.ByDate d) {
                return d.date();
            }
            if (due instanceof Due.ByTime t) {
                return t.time().toLocalDate();
            }
            throw new IllegalStateException(step.ruleId() + " is due " + due + ", not by a date");
        }
    }

    private final CountyPolicy policy;
    private final SchoolCalendar calendar;
    private final DueDates dueDates;

    public Ladder(CountyPolicy policy, SchoolCalendar calendar) {
        this.policy = Objects.requireNonNull(policy);
        this.calendar = Objects.requireNonNull(calendar);
        this.dueDates = new DueDates(calendar);
    }

    /** Duties of streak day {@code day} for a streak that began on {@code firstDay}, at the start of the school day. */
    public List<Duty> onStreakDay(int day, LocalDate firstDay, CaseFacts facts) {
        ZonedDateTime arose = calendar.streakDay(firstDay, day).atTime(LocalTime.of(8, 0)).atZone(TAIPEI);
        return arising(Trigger.streakDay(day), arose, facts);
    }

    /** Duties that a case event starts. */
    public List<Duty> on(CaseEvent event, ZonedDateTime at, CaseFacts facts) {
        return arising(Trigger.on(event), at, facts);
    }

    /** The duty of a rule among those, if it arose (a rule may have several steps: use {@link #all}). */
    public static Optional<Duty> find(List<Duty> duties, String ruleId) {
        List<Duty> matching = all(duties, ruleId);
        if (matching.size() > 1) {
            throw new IllegalStateException(ruleId + " has " + matching.size() + " duties here; use all()");
        }
        return matching.stream().findFirst();
    }

    public static List<Duty> all(List<Duty> duties, String ruleId) {
        return duties.stream().filter(d -> d.ruleId().equals(ruleId)).toList();
    }

    private List<Duty> arising(Trigger trigger, ZonedDateTime arose, CaseFacts facts) {
        return policy.timeline().steps().stream()
                .filter(s -> s.trigger().equals(trigger) && s.condition().test(facts))
                .map(s -> new Duty(s, arose, dueDates.of(s.deadline(), arose)))
                .toList();
    }
}
