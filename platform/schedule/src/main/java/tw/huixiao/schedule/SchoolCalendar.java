package tw.huixiao.schedule;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A school's days: the office calendar's working days (schools also work make-up workdays)
 * inside the school's semesters (學年度行事曆), less closures — the school's own and the
 * county's typhoon closures (停課). A calendar without semesters (module rule tests) has no
 * vacations. Past the last semester entered, days are counted as working days until the
 * registrar enters the next semester (an estimate; the registrar sees it flagged).
 */
public final class SchoolCalendar {

    /** A semester from its first to its last day, both inclusive. */
    public record Term(LocalDate firstDay, LocalDate lastDay) {
        public Term {
            Objects.requireNonNull(firstDay, "first day");
            Objects.requireNonNull(lastDay, "last day");
            if (lastDay.isBefore(firstDay)) {
                throw new IllegalArgumentException("a semester ends after it starts: " + firstDay + "–" + lastDay);
            }
        }

        public boolean contains(LocalDate date) {
            return !date.isBefore(firstDay) && !date.isAfter(lastDay);
        }
    }

    private final OfficeCalendar office;
    private final List<Term> terms;
    private final Set<LocalDate> closures;

    public SchoolCalendar(OfficeCalendar office, Set<LocalDate> closures) {
        this(office, List.of(), closures);
    }

    public SchoolCalendar(OfficeCalendar office, List<Term> terms, Set<LocalDate> closures) {
        this.office = Objects.requireNonNull(office);
        this.terms = terms.stream().sorted(Comparator.comparing(Term::firstDay)).toList();
        this.closures = Set.copyOf(closures);
        for (int i = 1; i < this.terms.size(); i++) {
            if (!this.terms.get(i).firstDay().isAfter(this.terms.get(i - 1).lastDay())) {
                throw new IllegalArgumentException("semesters overlap: " + this.terms.get(i - 1) + " and " + this.terms.get(i));
            }
        }
    }

    /** Taiwan's office calendar with no semesters or closures: what module rule tests use. */
    public static SchoolCalendar taiwanOfficeDays() {
        return new SchoolCalendar(OfficeCalendar.taiwan(), Set.of());
    }

    public OfficeCalendar office() {
        return office;
    }

    public List<Term> terms() {
        return terms;
    }

    /** The semester a date falls in, if any. */
    public Optional<Term> termOf(LocalDate date) {
        return terms.stream().filter(t -> t.contains(date)).findFirst();
    }

    public boolean isClosed(LocalDate date) {
        return closures.contains(date);
    }

    /** Whether the date lies after every semester entered (so school days there are estimates). */
    public boolean isBeyondKnownTerms(LocalDate date) {
        return !terms.isEmpty() && date.isAfter(terms.get(terms.size() - 1).lastDay());
    }

    public boolean isSchoolDay(LocalDate date) {
        boolean inTerm = terms.isEmpty() || isBeyondKnownTerms(date) || termOf(date).isPresent();
        return inTerm && office.isWorkingDay(date) && !closures.contains(date);
    }

    /** The n-th school day after {@code date} (n ≥ 1). */
    public LocalDate plusSchoolDays(LocalDate date, int n) {
        return Days.nth(date, n, this::isSchoolDay);
    }

    /** The latest school day on or before {@code date}, if one lies within a year. */
    public Optional<LocalDate> schoolDayOnOrBefore(LocalDate date) {
        LocalDate day = date;
        for (int i = 0; i < 366; i++, day = day.minusDays(1)) {
            if (isSchoolDay(day)) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    /** The school day before {@code date}, if one lies within a year. */
    public Optional<LocalDate> previousSchoolDay(LocalDate date) {
        return schoolDayOnOrBefore(date.minusDays(1));
    }

    /** School days from {@code from} to {@code to}, both inclusive (0 if {@code to} is before {@code from}). */
    public int schoolDaysBetween(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (isSchoolDay(d)) {
                n++;
            }
        }
        return n;
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
