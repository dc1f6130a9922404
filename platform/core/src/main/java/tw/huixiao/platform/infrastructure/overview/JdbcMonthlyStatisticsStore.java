package tw.huixiao.platform.infrastructure.overview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import tw.huixiao.platform.infrastructure.persistence.Jdbc;
import tw.huixiao.platform.infrastructure.persistence.Sql;
import tw.huixiao.platform.application.overview.MonthlyStatisticsStore;

/**
 * county_monthly_statistics (V35): claimed before it is generated, so each county's month is
 * generated once; read by the county's bureau (county binding) and its schools (school binding).
 */
@ApplicationScoped
public class JdbcMonthlyStatisticsStore implements MonthlyStatisticsStore {

    @Inject
    Jdbc jdbc;

    /** The counties that have schools. */
    @Override
    public List<String> counties() {
        return Sql.list(jdbc.platform(), "SELECT DISTINCT county FROM school ORDER BY county", r -> r.getString(1));
    }

    /** Claims the county's month (transaction bound to the county); empty when it is already taken. */
    @Override
    public Optional<Long> claim(String county, LocalDate month, LocalDate generatedOn) {
        return Sql.one(jdbc.county(), "INSERT INTO county_monthly_statistics (county, month, generated_on, content) "
                + "VALUES (?, ?, ?, '{}'::jsonb) ON CONFLICT (county, month) DO NOTHING RETURNING id",
                r -> r.getLong(1), county, month, generatedOn);
    }

    @Override
    public void fill(long id, String content) {
        Sql.update(jdbc.county(), "UPDATE county_monthly_statistics SET content = ?::jsonb WHERE id = ?", content, id);
    }

    /** The months of the county, newest first (bound to the county or to one of its schools). */
    @Override
    public List<Row> list(String county) {
        Connection c = jdbc.platform();
        return Sql.list(c, "SELECT id, county, month, generated_on, generated_at, content FROM county_monthly_statistics "
                + "WHERE county = ? ORDER BY month DESC", JdbcMonthlyStatisticsStore::row, county);
    }

    @Override
    public Optional<Row> get(String county, LocalDate month) {
        Connection c = jdbc.platform();
        return Sql.one(c, "SELECT id, county, month, generated_on, generated_at, content FROM county_monthly_statistics "
                + "WHERE county = ? AND month = ?", JdbcMonthlyStatisticsStore::row, county, month);
    }

    private static Row row(java.sql.ResultSet r) throws java.sql.SQLException {
        return new Row(r.getLong(1), r.getString(2), Sql.date(r, "month"), Sql.date(r, "generated_on"),
                Sql.instant(r, "generated_at"), r.getString(6));
    }
}
