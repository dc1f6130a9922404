package tw.huixiao.platform.application.escalation.detect;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import tw.huixiao.platform.domain.escalation.Episode;
import tw.huixiao.platform.domain.escalation.OpenCase;
import tw.huixiao.schedule.CaseSituation;
import tw.huixiao.schedule.SchoolCalendar;

/**
 * What the escalation engine reads of one school for one business date, as one immutable value:
 * the school's calendar (terms, holidays, closures), its unexcused days and taken rolls over the
 * lookback, its active episodes and open cases, the facts of the students involved, and — only
 * where the school's module has rules that need them — enrolment events, enrolled students,
 * releases from detention and the month's leave.
 *
 * <p>The detectors are pure functions of a {@code SchoolDay}. Nothing here reads a store: the
 * engine fills it for one school today through {@link Builder}, and a set-based reader could fill
 * many schools' days from one query's rows (each row added to its school's builder).
 *
 * @param unexcused  unexcused days by student, over the lookback
 * @param rolls      the days a roll was taken, by class id; {@code 0} is the school's own file
 * @param episodes   episodes in the engine's order (active ones as read, then those started since)
 * @param students   the facts of the students involved, by id
 * @param enrolment  registration, transfer-out and arrival events (NT-CAT2, NT-CAT3), oldest first
 * @param enrolled   the students enrolled (NT-CAT2: who should have registered)
 * @param releases   the last release from detention by student (NT-DET-OUT)
 * @param leave      this month's leave by student (monthly leave rules, e.g. TY-LONG-LEAVE)
 */
public record SchoolDay(long schoolId, LocalDate today, SchoolCalendar calendar,
                        Map<Long, NavigableSet<LocalDate>> unexcused, Map<Long, Set<LocalDate>> rolls,
                        List<Episode> episodes, List<OpenCase> openCases, Map<Long, Student> students,
                        List<Enrolment> enrolment, List<Long> enrolled, Map<Long, LocalDate> releases,
                        Map<Long, Leave> leave) {

    /** The class id under which a roll for the whole school (the school's file) is recorded. */
    public static final long SCHOOL_FILE = 0L;

    /** What a detector needs of a student. */
    public record Student(long id, boolean indigenous, Long classId) {
    }

    /** A registration ({@code REGISTERED}), transfer ({@code TRANSFERRED_OUT}) or arrival ({@code ARRIVED}). */
    public record Enrolment(long studentId, String kind, LocalDate occurredOn) {
    }

    /** A student's leave in the month so far. */
    public record Leave(int leaveRequests, int personalAndSickDays) {
    }

    public SchoolDay {
        Map<Long, NavigableSet<LocalDate>> absent = new LinkedHashMap<>();
        unexcused.forEach((student, days) -> absent.put(student,
                Collections.unmodifiableNavigableSet(new TreeSet<>(days))));
        unexcused = Collections.unmodifiableMap(absent);
        Map<Long, Set<LocalDate>> taken = new LinkedHashMap<>();
        rolls.forEach((classId, days) -> taken.put(classId, Set.copyOf(days)));
        rolls = Collections.unmodifiableMap(taken);
        episodes = List.copyOf(episodes);
        openCases = List.copyOf(openCases);
        students = Map.copyOf(students);
        enrolment = List.copyOf(enrolment);
        enrolled = List.copyOf(enrolled);
        releases = Map.copyOf(releases);
        leave = Map.copyOf(leave);
    }

    public static Builder builder(long schoolId, LocalDate today, SchoolCalendar calendar) {
        return new Builder(schoolId, today, calendar);
    }

    /** The same day with the engine's episodes and cases as they stand after earlier findings were applied. */
    public SchoolDay with(Collection<Episode> episodes, Collection<OpenCase> openCases, Map<Long, Student> students) {
        return new SchoolDay(schoolId, today, calendar, unexcused, rolls, List.copyOf(episodes), List.copyOf(openCases),
                students, enrolment, enrolled, releases, leave);
    }

    public NavigableSet<LocalDate> unexcusedOf(long studentId) {
        return unexcused.getOrDefault(studentId, Collections.emptyNavigableSet());
    }

    public Optional<Student> student(long studentId) {
        return Optional.ofNullable(students.get(studentId));
    }

    /** Whether a roll covering the student was taken on the day (the school's file or the student's class). */
    public boolean rollTaken(long studentId, LocalDate day) {
        if (rolls.getOrDefault(SCHOOL_FILE, Set.of()).contains(day)) {
            return true;
        }
        Long classId = student(studentId).map(Student::classId).orElse(null);
        return classId != null && rolls.getOrDefault(classId, Set.of()).contains(day);
    }

    /** The student's unfinished episode of the category, if any. */
    public Optional<Episode> activeEpisode(long studentId, String categoryId) {
        return episodes.stream().filter(e -> !e.finished() && e.studentId() == studentId
                && e.categoryId().equals(categoryId)).findFirst();
    }

    /** The student's open case of the category, if any. */
    public Optional<OpenCase> openCase(long studentId, String categoryId) {
        return openCases.stream().filter(c -> c.studentId() == studentId && c.categoryId().equals(categoryId))
                .findFirst();
    }

    /**
     * The first day of the semester the business date is in; outside any semester entered, the
     * usual start (1 August or 1 February) of the semester it would be in.
     */
    public LocalDate termStart() {
        return calendar.termOf(today).map(SchoolCalendar.Term::firstDay)
                .orElse(today.getMonthValue() >= 8 ? today.withMonth(8).withDayOfMonth(1)
                        : today.getMonthValue() >= 2 ? today.withMonth(2).withDayOfMonth(1)
                        : today.minusYears(1).withMonth(8).withDayOfMonth(1));
    }

    /** An open case's facts as its steps' conditions see them on the business date. */
    public CaseSituation caseFacts(OpenCase c) {
        return caseFacts(c, student(c.studentId()).map(Student::indigenous).orElse(false), today);
    }

    /** An open case's facts on a date, its student indigenous or not. */
    public static CaseSituation caseFacts(OpenCase c, boolean indigenous, LocalDate on) {
        return new CaseSituation(c.categoryId(), indigenous, c.emergency(), c.causeKnown(),
                c.returnedOn() != null && !c.returnedOn().isAfter(on), false);
    }

    /** Collects one school's rows (in any order, from one school's reads or from a set-based read). */
    public static final class Builder {
        private final long schoolId;
        private final LocalDate today;
        private final SchoolCalendar calendar;
        private final Map<Long, NavigableSet<LocalDate>> unexcused = new LinkedHashMap<>();
        private final Map<Long, Set<LocalDate>> rolls = new LinkedHashMap<>();
        private final List<Episode> episodes = new ArrayList<>();
        private final List<OpenCase> openCases = new ArrayList<>();
        private final Map<Long, Student> students = new HashMap<>();
        private final List<Enrolment> enrolment = new ArrayList<>();
        private final List<Long> enrolled = new ArrayList<>();
        private final Map<Long, LocalDate> releases = new HashMap<>();
        private final Map<Long, Leave> leave = new HashMap<>();

        private Builder(long schoolId, LocalDate today, SchoolCalendar calendar) {
            this.schoolId = schoolId;
            this.today = today;
            this.calendar = calendar;
        }

        public Builder unexcused(long studentId, LocalDate day) {
            unexcused.computeIfAbsent(studentId, k -> new TreeSet<>()).add(day);
            return this;
        }

        public Builder unexcused(Map<Long, ? extends Collection<LocalDate>> days) {
            days.forEach((student, d) -> d.forEach(day -> unexcused(student, day)));
            return this;
        }

        public Builder roll(long classId, LocalDate day) {
            rolls.computeIfAbsent(classId, k -> new TreeSet<>()).add(day);
            return this;
        }

        public Builder rolls(Map<Long, ? extends Collection<LocalDate>> days) {
            days.forEach((classId, d) -> d.forEach(day -> roll(classId, day)));
            return this;
        }

        public Builder episode(Episode e) {
            episodes.add(e);
            return this;
        }

        public Builder openCase(OpenCase c) {
            openCases.add(c);
            return this;
        }

        public Builder student(Student s) {
            students.put(s.id(), s);
            return this;
        }

        public Builder enrolment(Enrolment e) {
            enrolment.add(e);
            return this;
        }

        public Builder enrolled(long studentId) {
            enrolled.add(studentId);
            return this;
        }

        public Builder released(long studentId, LocalDate on) {
            releases.put(studentId, on);
            return this;
        }

        public Builder leave(long studentId, Leave month) {
            leave.put(studentId, month);
            return this;
        }

        public SchoolDay build() {
            return new SchoolDay(schoolId, today, calendar, unexcused, rolls, episodes, openCases, students, enrolment,
                    enrolled, releases, leave);
        }
    }
}
