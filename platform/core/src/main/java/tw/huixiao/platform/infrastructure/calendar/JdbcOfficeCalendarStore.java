package tw.huixiao.platform.infrastructure.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import tw.huixiao.platform.infrastructure.persistence.Jdbc;
import tw.huixiao.platform.infrastructure.persistence.Sql;
import tw.huixiao.platform.infrastructure.persistence.SchemaMigrator;
import tw.huixiao.schedule.OfficeCalendar;
import tw.huixiao.platform.application.calendar.OfficeCalendarStore;

/**
 * The office calendar in the database, where an operator adds each new year. At start-up the
 * years bundled with the schedule library (the official 2025 and 2026 calendars) are added if
 * missing; a year already present — perhaps corrected by an operator — is left alone. Every
 * node re-reads the table at most a minute after a change.
 */
@ApplicationScoped
public class JdbcOfficeCalendarStore implements OfficeCalendarStore {

    private static final Logger LOG = Logger.getLogger(JdbcOfficeCalendarStore.class.getName());
    private static final Duration REFRESH = Duration.ofMinutes(1);
    public static final String BUNDLED_SOURCE = "政府行政機關辦公日曆表 (bundled with Huixiao: taiwan-office-calendar.csv)";

    @Inject
    Jdbc jdbc;

    @Inject
    Clock clock;

    private volatile OfficeCalendar cached;
    private volatile Instant loadedAt = Instant.EPOCH;

    /** Adds the bundled years that the table lacks; runs as the schema owner at start-up. */
    public static void seedBundled(DataSource owner) {
        OfficeCalendar bundled;
        try (Reader reader = OfficeCalendar.bundledCsv()) {
            bundled = OfficeCalendar.fromCsv(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Connection c = owner.getConnection()) {
            c.setSchema(SchemaMigrator.SCHEMA);
            c.setAutoCommit(false);
            for (int year : bundled.publishedYears()) {
                if (Sql.update(c, "INSERT INTO office_calendar_year (year, source) VALUES (?, ?) ON CONFLICT DO NOTHING",
                        year, BUNDLED_SOURCE) == 1) {
                    writeDays(c, year, bundled);
                    LOG.info(() -> "office calendar " + year + " added from the bundled file");
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    /** The calendar as stored now (cached for a minute). */
    @Override
    public OfficeCalendar current() {
        OfficeCalendar calendar = cached;
        if (calendar == null || Duration.between(loadedAt, clock.instant()).compareTo(REFRESH) > 0) {
            calendar = load();
            cached = calendar;
            loadedAt = clock.instant();
        }
        return calendar;
    }

    /** Replaces one year's holidays and make-up workdays; call inside a transaction. */
    @Override
    public void replaceYear(int year, OfficeCalendar days, String source, long operatorId) {
        Connection c = jdbc.platform();
        Sql.update(c, "DELETE FROM office_calendar_year WHERE year = ?", year);
        Sql.update(c, "INSERT INTO office_calendar_year (year, source, loaded_by) VALUES (?, ?, ?)", year, source,
                operatorId);
        writeDays(c, year, days);
        cached = null;
    }

    private static void writeDays(Connection c, int year, OfficeCalendar calendar) {
        List<Object[]> rows = new ArrayList<>();
        addDays(rows, year, calendar.holidays(), "HOLIDAY");
        addDays(rows, year, calendar.makeUpWorkdays(), "MAKE_UP_WORKDAY");
        Sql.batch(c, "INSERT INTO office_calendar_day (day, year, kind, reason) VALUES (?, ?, ?, ?)", rows);
    }

    private static void addDays(List<Object[]> rows, int year, Map<LocalDate, String> days, String kind) {
        for (Map.Entry<LocalDate, String> d : days.entrySet()) {
            if (d.getKey().getYear() == year) {
                rows.add(new Object[] {d.getKey(), year, kind, d.getValue()});
            }
        }
    }

    private OfficeCalendar load() {
        Map<LocalDate, String> holidays = new HashMap<>();
        Map<LocalDate, String> makeUp = new HashMap<>();
        Set<Integer> years = new HashSet<>();
        Sql.each(jdbc.platform(), "SELECT y.year, d.day, d.kind, d.reason FROM office_calendar_year y "
                + "LEFT JOIN office_calendar_day d ON d.year = y.year", rows -> {
                    years.add(rows.getInt(1));
                    LocalDate day = Sql.date(rows, 2);
                    if (day != null) {
                        ("HOLIDAY".equals(rows.getString(3)) ? holidays : makeUp).put(day, rows.getString(4));
                    }
                });
        return new OfficeCalendar(holidays, makeUp, years);
    }
}
