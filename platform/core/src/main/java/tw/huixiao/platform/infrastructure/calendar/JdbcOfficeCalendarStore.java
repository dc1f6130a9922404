package tw.huixiao.platform.infrastructure.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import tw.huixiao.platform.infrastructure.persistence.Jdbc;
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
                try (PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO office_calendar_year (year, source) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
                    insert.setInt(1, year);
                    insert.setString(2, BUNDLED_SOURCE);
                    if (insert.executeUpdate() == 1) {
                        writeDays(c, year, bundled);
                        LOG.info(() -> "office calendar " + year + " added from the bundled file");
                    }
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
        try {
            Connection c = jdbc.platform();
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM office_calendar_year WHERE year = ?")) {
                delete.setInt(1, year);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO office_calendar_year (year, source, loaded_by) VALUES (?, ?, ?)")) {
                insert.setInt(1, year);
                insert.setString(2, source);
                insert.setLong(3, operatorId);
                insert.executeUpdate();
            }
            writeDays(c, year, days);
            cached = null;
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    private static void writeDays(Connection c, int year, OfficeCalendar calendar) throws SQLException {
        try (PreparedStatement day = c.prepareStatement(
                "INSERT INTO office_calendar_day (day, year, kind, reason) VALUES (?, ?, ?, ?)")) {
            addDays(day, year, calendar.holidays(), "HOLIDAY");
            addDays(day, year, calendar.makeUpWorkdays(), "MAKE_UP_WORKDAY");
            day.executeBatch();
        }
    }

    private static void addDays(PreparedStatement day, int year, Map<LocalDate, String> days, String kind)
            throws SQLException {
        for (Map.Entry<LocalDate, String> d : days.entrySet()) {
            if (d.getKey().getYear() == year) {
                day.setDate(1, Date.valueOf(d.getKey()));
                day.setInt(2, year);
                day.setString(3, kind);
                day.setString(4, d.getValue());
                day.addBatch();
            }
        }
    }

    private OfficeCalendar load() {
        Map<LocalDate, String> holidays = new HashMap<>();
        Map<LocalDate, String> makeUp = new HashMap<>();
        Set<Integer> years = new HashSet<>();
        try (PreparedStatement q = jdbc.platform().prepareStatement(
                "SELECT y.year, d.day, d.kind, d.reason FROM office_calendar_year y "
                        + "LEFT JOIN office_calendar_day d ON d.year = y.year");
             ResultSet rows = q.executeQuery()) {
            while (rows.next()) {
                years.add(rows.getInt(1));
                Date day = rows.getDate(2);
                if (day != null) {
                    ("HOLIDAY".equals(rows.getString(3)) ? holidays : makeUp).put(day.toLocalDate(), rows.getString(4));
                }
            }
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
        return new OfficeCalendar(holidays, makeUp, years);
    }
}
