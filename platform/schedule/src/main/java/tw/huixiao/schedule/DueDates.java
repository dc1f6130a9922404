package tw.huixiao.schedule;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Objects;
import tw.huixiao.policy.spi.timeline.Deadline;

/** Turns a step's {@link Deadline} into a concrete {@link Due} on a school's calendar. */
public final class DueDates {

    private final SchoolCalendar calendar;

    public DueDates(SchoolCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar);
    }

    public Due of(Deadline deadline, ZonedDateTime triggeredAt) {
        LocalDate day = triggeredAt.toLocalDate();
        if (deadline instanceof Deadline.SameDay) {
            return new Due.ByDate(day);
        }
        if (deadline instanceof Deadline.SchoolDays d) {
            return new Due.ByDate(calendar.plusSchoolDays(day, d.days()));
        }
        if (deadline instanceof Deadline.WorkingDays d) {
            return new Due.ByDate(calendar.office().plusWorkingDays(day, d.days()));
        }
        if (deadline instanceof Deadline.Elapsed d) {
            return new Due.ByTime(triggeredAt.plus(d.duration()));
        }
        if (deadline instanceof Deadline.Within d) {
            return new Due.ByDate(day.plus(d.period()));
        }
        if (deadline instanceof Deadline.Window d) {
            return new Due.Between(day.plus(d.earliest()), day.plus(d.latest()));
        }
        if (deadline instanceof Deadline.Continuous) {
            return new Due.Ongoing();
        }
        throw new IllegalArgumentException("unknown deadline " + deadline);
    }
}
