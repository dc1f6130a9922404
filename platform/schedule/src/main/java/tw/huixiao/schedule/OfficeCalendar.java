package tw.huixiao.schedule;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The government office calendar (政府行政機關辦公日曆表): working days (工作日) are weekdays that
 * are not holidays, plus make-up workdays (補行上班) that fall on a Saturday. Years the
 * Executive Yuan has not published yet count weekends only; {@link #covers} tells which.
 */
public final class OfficeCalendar {

    public enum DayKind { HOLIDAY, MAKE_UP_WORKDAY }

    private static final String BUNDLED = "taiwan-office-calendar.csv";

    private final Map<LocalDate, String> holidays;
    private final Map<LocalDate, String> makeUpWorkdays;
    private final Set<Integer> publishedYears;

    public OfficeCalendar(Map<LocalDate, String> holidays, Map<LocalDate, String> makeUpWorkdays,
                          Set<Integer> publishedYears) {
        this.holidays = Map.copyOf(holidays);
        this.makeUpWorkdays = Map.copyOf(makeUpWorkdays);
        this.publishedYears = Set.copyOf(publishedYears);
        this.makeUpWorkdays.keySet().stream().filter(this.holidays::containsKey).findAny().ifPresent(d -> {
            throw new IllegalArgumentException(d + " is both a holiday and a make-up workday");
        });
    }

    /** Taiwan's calendar as published (2025 revised edition and 2026), from the bundled file. */
    public static OfficeCalendar taiwan() {
        try (Reader reader = bundledCsv()) {
            return fromCsv(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads {@code date,kind,reason} rows (kind HOLIDAY or MAKE_UP_WORKDAY; lines starting with
     * {@code #} are comments). Every year that appears counts as published.
     */
    public static OfficeCalendar fromCsv(Reader reader) throws IOException {
        Map<LocalDate, String> holidays = new TreeMap<>();
        Map<LocalDate, String> makeUp = new TreeMap<>();
        Set<Integer> years = new TreeSet<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setCommentMarker('#').setIgnoreEmptyLines(true).setTrim(true).get();
        for (CSVRecord row : format.parse(reader)) {
            LocalDate date;
            DayKind kind;
            try {
                date = LocalDate.parse(row.get("date"));
                kind = DayKind.valueOf(row.get("kind"));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw new IllegalArgumentException("calendar line " + row.getRecordNumber() + ": " + e.getMessage(), e);
            }
            String reason = row.get("reason");
            (kind == DayKind.HOLIDAY ? holidays : makeUp).put(date, reason);
            years.add(date.getYear());
        }
        return new OfficeCalendar(holidays, makeUp, years);
    }

    /** The bundled calendar file, for seeding a store an operator extends. */
    public static Reader bundledCsv() {
        return new InputStreamReader(Objects.requireNonNull(OfficeCalendar.class.getResourceAsStream(BUNDLED), BUNDLED),
                StandardCharsets.UTF_8);
    }

    /** Weekday holidays with their reasons. */
    public Map<LocalDate, String> holidays() {
        return holidays;
    }

    /** Make-up workdays (補行上班) with their reasons. */
    public Map<LocalDate, String> makeUpWorkdays() {
        return makeUpWorkdays;
    }

    public Set<Integer> publishedYears() {
        return publishedYears;
    }

    /** Whether the year's official calendar is known (otherwise only weekends are days off). */
    public boolean covers(LocalDate date) {
        return publishedYears.contains(date.getYear());
    }

    public boolean isWorkingDay(LocalDate date) {
        if (makeUpWorkdays.containsKey(date)) {
            return true;
        }
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.containsKey(date);
    }

    /** Why the day is off or on, if the calendar names it (e.g. 國慶日補假). */
    public Optional<String> reason(LocalDate date) {
        return Optional.ofNullable(holidays.getOrDefault(date, makeUpWorkdays.get(date)));
    }

    /** The n-th working day after {@code date} (n ≥ 1); {@code date} itself never counts. */
    public LocalDate plusWorkingDays(LocalDate date, int n) {
        return Days.nth(date, n, this::isWorkingDay);
    }
}
