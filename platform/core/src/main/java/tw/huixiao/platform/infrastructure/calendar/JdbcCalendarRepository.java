package tw.huixiao.platform.infrastructure.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tw.huixiao.platform.domain.calendar.CalendarRepository;
import tw.huixiao.platform.domain.calendar.Closure;
import tw.huixiao.platform.domain.calendar.Semester;
import tw.huixiao.platform.infrastructure.persistence.Jdbc;

/** Every statement names the school as well: row-level security is the second lock, not the only one. */
@ApplicationScoped
public class JdbcCalendarRepository implements CalendarRepository {

    @Inject
    Jdbc jdbc;

    @Override
    public List<Semester> semesters(long schoolId) {
        try (PreparedStatement q = jdbc.tenant().prepareStatement("SELECT id, school_year, term, first_day, last_day "
                + "FROM semester WHERE tenant_id = ? ORDER BY first_day")) {
            q.setLong(1, schoolId);
            List<Semester> found = new ArrayList<>();
            try (ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    found.add(new Semester(rows.getLong(1), rows.getInt(2), rows.getInt(3),
                            rows.getDate(4).toLocalDate(), rows.getDate(5).toLocalDate()));
                }
            }
            return found;
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    @Override
    public Semester saveSemester(long schoolId, Semester semester) {
        try (PreparedStatement upsert = jdbc.tenant().prepareStatement("INSERT INTO semester "
                + "(tenant_id, school_year, term, first_day, last_day) VALUES (?, ?, ?, ?, ?) "
                + "ON CONFLICT (tenant_id, school_year, term) DO UPDATE SET first_day = excluded.first_day, "
                + "last_day = excluded.last_day RETURNING id")) {
            upsert.setLong(1, schoolId);
            upsert.setInt(2, semester.schoolYear());
            upsert.setInt(3, semester.term());
            upsert.setDate(4, Date.valueOf(semester.firstDay()));
            upsert.setDate(5, Date.valueOf(semester.lastDay()));
            try (ResultSet key = upsert.executeQuery()) {
                key.next();
                return new Semester(key.getLong(1), semester.schoolYear(), semester.term(), semester.firstDay(),
                        semester.lastDay());
            }
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    @Override
    public boolean deleteSemester(long schoolId, long id) {
        return delete("DELETE FROM semester WHERE tenant_id = ? AND id = ?", schoolId, id);
    }

    @Override
    public List<Closure> closures(long schoolId, String county) {
        try (PreparedStatement q = jdbc.tenant().prepareStatement(
                "SELECT id, day, reason, 'SCHOOL' FROM school_closure WHERE tenant_id = ? "
                        + "UNION ALL SELECT id, day, reason, 'COUNTY' FROM county_closure WHERE county = ? ORDER BY 2")) {
            q.setLong(1, schoolId);
            q.setString(2, county);
            List<Closure> found = new ArrayList<>();
            try (ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    found.add(new Closure(rows.getLong(1), rows.getDate(2).toLocalDate(), rows.getString(3),
                            Closure.Scope.valueOf(rows.getString(4))));
                }
            }
            return found;
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    @Override
    public Closure addSchoolClosure(long schoolId, LocalDate day, String reason, long by, Instant at) {
        return insertClosure(jdbc.tenant(), "INSERT INTO school_closure (tenant_id, day, reason, created_by, created_at) "
                + "VALUES (?, ?, ?, ?, ?) ON CONFLICT (tenant_id, day) DO UPDATE SET reason = excluded.reason RETURNING id",
                schoolId, null, day, reason, by, at, Closure.Scope.SCHOOL);
    }

    @Override
    public boolean deleteSchoolClosure(long schoolId, long id) {
        return delete("DELETE FROM school_closure WHERE tenant_id = ? AND id = ?", schoolId, id);
    }

    @Override
    public Closure addCountyClosure(String county, LocalDate day, String reason, long by, Instant at) {
        return insertClosure(jdbc.platform(), "INSERT INTO county_closure (county, day, reason, announced_by, "
                + "announced_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (county, day) DO UPDATE SET reason = excluded.reason, "
                + "announced_by = excluded.announced_by, announced_at = excluded.announced_at "
                + "RETURNING id", null, county, day, reason, by, at, Closure.Scope.COUNTY);
    }

    @Override
    public Optional<Closure> findCountyClosure(String county, LocalDate day) {
        try (PreparedStatement q = jdbc.platform().prepareStatement(
                "SELECT id, reason FROM county_closure WHERE county = ? AND day = ?")) {
            q.setString(1, county);
            q.setDate(2, Date.valueOf(day));
            try (ResultSet rows = q.executeQuery()) {
                return rows.next() ? Optional.of(new Closure(rows.getLong(1), day, rows.getString(2), Closure.Scope.COUNTY))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    @Override
    public boolean deleteCountyClosure(String county, long id) {
        try (PreparedStatement delete = jdbc.platform().prepareStatement(
                "DELETE FROM county_closure WHERE county = ? AND id = ?")) {
            delete.setString(1, county);
            delete.setLong(2, id);
            return delete.executeUpdate() == 1;
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    private Closure insertClosure(Connection c, String sql, Long schoolId, String county, LocalDate day, String reason,
                                  long by, Instant at, Closure.Scope scope) {
        try (PreparedStatement insert = c.prepareStatement(sql)) {
            if (schoolId != null) {
                insert.setLong(1, schoolId);
            } else {
                insert.setString(1, county);
            }
            insert.setDate(2, Date.valueOf(day));
            insert.setString(3, reason);
            insert.setLong(4, by);
            insert.setTimestamp(5, Timestamp.from(at));
            try (ResultSet key = insert.executeQuery()) {
                key.next();
                return new Closure(key.getLong(1), day, reason, scope);
            }
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    private boolean delete(String sql, long schoolId, long id) {
        try (PreparedStatement delete = jdbc.tenant().prepareStatement(sql)) {
            delete.setLong(1, schoolId);
            delete.setLong(2, id);
            return delete.executeUpdate() == 1;
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }
}
