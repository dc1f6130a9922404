package tw.huixiao.platform.infrastructure.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import tw.huixiao.platform.application.audit.ReadingCounter;
import tw.huixiao.platform.infrastructure.persistence.Jdbc;
import tw.huixiao.platform.infrastructure.persistence.SchemaMigrator;
import tw.huixiao.platform.infrastructure.persistence.Sql;

/**
 * The reading windows on PostgreSQL ({@code reading_window}, V68): one row per account, restarted
 * in place when its hour is over (database time), so the table holds at most one row per account
 * that read in the last hour; older rows are deleted every ten minutes.
 */
@ApplicationScoped
public class JdbcReadingCounter implements ReadingCounter {

    private static final Logger LOG = Logger.getLogger(JdbcReadingCounter.class.getName());

    @Inject
    Jdbc jdbc;

    @Resource(lookup = "jdbc/huixiao")
    DataSource dataSource;

    @Resource
    ManagedScheduledExecutorService scheduler;

    void cleanEveryTenMinutes(@Observes @Initialized(ApplicationScoped.class) Object started) {
        scheduler.scheduleWithFixedDelay(() -> {
            try (Connection c = dataSource.getConnection()) {
                forgetOld(c);
            } catch (SQLException | RuntimeException e) {
                LOG.log(Level.WARNING, e, () -> "could not delete old reading windows");
            }
        }, 2, 10, TimeUnit.MINUTES);
    }

    @Override
    @Transactional
    public int add(long userId, int records) {
        return add(jdbc.platform(), userId, records);
    }

    /** On a given connection, in its transaction (see {@link ReadingCounter#add}). */
    public static int add(Connection c, long userId, int records) {
        return Sql.one(c, "INSERT INTO " + SchemaMigrator.SCHEMA + ".reading_window AS w (user_id, window_start, records) "
                        + "VALUES (?, now(), ?) ON CONFLICT (user_id) DO UPDATE SET "
                        + "window_start = CASE WHEN w.window_start <= now() - interval '1 hour' THEN now() "
                        + "ELSE w.window_start END, "
                        + "records = CASE WHEN w.window_start <= now() - interval '1 hour' THEN excluded.records "
                        + "ELSE w.records + excluded.records END RETURNING records",
                rows -> rows.getInt(1), userId, records).orElseThrow();
    }

    /** Deletes the windows over for more than an hour. */
    public static int forgetOld(Connection c) {
        return Sql.update(c, "DELETE FROM " + SchemaMigrator.SCHEMA + ".reading_window "
                + "WHERE window_start < now() - interval '2 hours'");
    }
}
