package tw.huixiao.schedule;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A school's days: the office calendar's working days (schools also work make-up workdays),
 * less the school's own closures — vacations between semesters from its 學年度行事曆 and the
 * county's typhoon closures (停課).
 */
public final class SchoolCalendar {

    private final OfficeCalendar office;
    private final Set<LocalDate> closures;

    public SchoolCalendar(OfficeCalendar office, Set<LocalDate> closures) {
        this.office = Objects.requireNonNull(office);
        this.closures = Set.copyOf(closures);
    }

    /** Taiwan's office calendar with no school closures: what module rule tests use. */
    public static SchoolCalendar taiwanOfficeDays() {
        return new SchoolCalendar(OfficeCalendar.taiwan(), Set.of());
    }

    public OfficeCalendar office() {
        return office;
    }

    public boolean isSchoolDay(LocalDate date) {
        return office.isWorkingDay(date) && !closures.contains(date);
    }

    /** The n-th school day after {@code date} (n ≥ 1). */
    public LocalDate plusSchoolDays(LocalDate date, int n) {
        return Days.nth(date, n, this::isSchoolDay);
    }

    /**
     * Day {@code n} of a streak of absence that started on {@code firstDay} (a school day):
     * day 1 is {@code firstDay}, day 2 the next school day, and so on. Day 0 (the student is at
     * risk, before any absence) is {@code firstDay} too.
     */
    public LocalDate streakDay(LocalDate firstDay, int n) {
        if (!isSchoolDay(firstDay)) {
            throw new IllegalArgumentException(firstDay + " is not a school day");
        }
        return n <= 1 ? firstDay : plusSchoolDays(firstDay, n - 1);
    }
}
