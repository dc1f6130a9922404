package tw.huixiao.platform.infrastructure.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import tw.huixiao.platform.domain.calendar.CalendarRepository;
import tw.huixiao.platform.domain.calendar.Closure;
import tw.huixiao.platform.domain.calendar.Semester;
import tw.huixiao.platform.infrastructure.persistence.Jdbc;
import tw.huixiao.platform.infrastructure.persistence.Sql;

/** Every statement names the school as well: row-level security is the second lock, not the only one. */
@ApplicationScoped
public class JdbcCalendarRepository implements CalendarRepository {

    @Inject
    Jdbc jdbc;

    @Override
    public List<Semester> semesters(long schoolId) {
        return Sql.list(jdbc.tenant(), "SELECT id, school_year, term, first_day, last_day FROM semester "
                        + "WHERE tenant_id = ? ORDER BY first_day",
                rows -> new Semester(rows.getLong(1), rows.getInt(2), rows.getInt(3), rows.getDate(4).toLocalDate(),
                        rows.getDate(5).toLocalDate()), schoolId);
    }

    @Override
    public Semester saveSemester(long schoolId, Semester semester) {
        long id = Sql.insert(jdbc.tenant(), "INSERT INTO semester (tenant_id, school_year, term, first_day, last_day) "
                        + "VALUES (?, ?, ?, ?, ?) ON CONFLICT (tenant_id, school_year, term) DO UPDATE SET "
                        + "first_day = excluded.first_day, last_day = excluded.last_day", schoolId, semester.schoolYear(),
                semester.term(), semester.firstDay(), semester.lastDay());
        return new Semester(id, semester.schoolYear(), semester.term(), semester.firstDay(), semester.lastDay());
    }

    @Override
    public boolean deleteSemester(long schoolId, long id) {
        return Sql.update(jdbc.tenant(), "DELETE FROM semester WHERE tenant_id = ? AND id = ?", schoolId, id) == 1;
    }

    @Override
    public List<Closure> closures(long schoolId, String county) {
        return Sql.list(jdbc.tenant(), "SELECT id, day, reason, 'SCHOOL' FROM school_closure WHERE tenant_id = ? "
                        + "UNION ALL SELECT id, day, reason, 'COUNTY' FROM county_closure WHERE county = ? ORDER BY 2",
                rows -> new Closure(rows.getLong(1), rows.getDate(2).toLocalDate(), rows.getString(3),
                        Closure.Scope.valueOf(rows.getString(4))), schoolId, county);
    }

    @Override
    public Closure addSchoolClosure(long schoolId, LocalDate day, String reason, long by, Instant at) {
        long id = Sql.insert(jdbc.tenant(), "INSERT INTO school_closure (tenant_id, day, reason, created_by, created_at) "
                + "VALUES (?, ?, ?, ?, ?) ON CONFLICT (tenant_id, day) DO UPDATE SET reason = excluded.reason",
                schoolId, day, reason, by, at);
        return new Closure(id, day, reason, Closure.Scope.SCHOOL);
    }

    @Override
    public boolean deleteSchoolClosure(long schoolId, long id) {
        return Sql.update(jdbc.tenant(), "DELETE FROM school_closure WHERE tenant_id = ? AND id = ?", schoolId, id) == 1;
    }

    @Override
    public Closure addCountyClosure(String county, LocalDate day, String reason, long by, Instant at) {
        long id = Sql.insert(jdbc.platform(), "INSERT INTO county_closure (county, day, reason, announced_by, "
                + "announced_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (county, day) DO UPDATE SET reason = excluded.reason, "
                + "announced_by = excluded.announced_by, announced_at = excluded.announced_at", county, day, reason, by, at);
        return new Closure(id, day, reason, Closure.Scope.COUNTY);
    }

    @Override
    public Optional<Closure> findCountyClosure(String county, LocalDate day) {
        return Sql.one(jdbc.platform(), "SELECT id, reason FROM county_closure WHERE county = ? AND day = ?",
                rows -> new Closure(rows.getLong(1), day, rows.getString(2), Closure.Scope.COUNTY), county, day);
    }

    @Override
    public boolean deleteCountyClosure(String county, long id) {
        return Sql.update(jdbc.platform(), "DELETE FROM county_closure WHERE county = ? AND id = ?", county, id) == 1;
    }
}
