package tw.huixiao.platform.infrastructure.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The real PostgreSQL prepared by {@code deploy/bin/test} (settings in HUIXIAO_DB_* variables).
 * Migrations run once per JVM as the owner; tests then connect as the application role.
 */
public final class TestDatabase {

    private static boolean migrated;

    private TestDatabase() {
    }

    public static synchronized void migrate() {
        if (!migrated) {
            SchemaMigrator.migrate(dataSource(setting("HUIXIAO_DB_OWNER_USER"), setting("HUIXIAO_DB_OWNER_PASSWORD")),
                    appRole());
            migrated = true;
        }
    }

    public static String appRole() {
        return setting("HUIXIAO_DB_APP_USER");
    }

    public static Connection asApplication() throws SQLException {
        migrate();
        Connection c = dataSource(appRole(), setting("HUIXIAO_DB_APP_PASSWORD")).getConnection();
        c.createStatement().execute("SET search_path = " + SchemaMigrator.SCHEMA);
        return c;
    }

    public static Connection asOwner() throws SQLException {
        migrate();
        Connection c = dataSource(setting("HUIXIAO_DB_OWNER_USER"), setting("HUIXIAO_DB_OWNER_PASSWORD"))
                .getConnection();
        c.createStatement().execute("SET search_path = " + SchemaMigrator.SCHEMA);
        return c;
    }

    /** The owner's data source (leases and ledgers use it, outside transactions). */
    public static PGSimpleDataSource ownerDataSource() {
        migrate();
        return dataSource(setting("HUIXIAO_DB_OWNER_USER"), setting("HUIXIAO_DB_OWNER_PASSWORD"));
    }

    /** The application role's data source. */
    public static PGSimpleDataSource applicationDataSource() {
        migrate();
        return dataSource(appRole(), setting("HUIXIAO_DB_APP_PASSWORD"));
    }

    private static PGSimpleDataSource dataSource(String user, String password) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(setting("HUIXIAO_DB_URL"));
        ds.setUser(user);
        ds.setPassword(password);
        return ds;
    }

    private static String setting(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set: run the tests with deploy/bin/test, which prepares "
                    + "PostgreSQL and exports the HUIXIAO_DB_* settings");
        }
        return value;
    }
}
