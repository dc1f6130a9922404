package tw.huixiao.platform.infrastructure.persistence;

import java.util.Map;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the Flyway migrations in {@code db/migration} as the schema owner. The application
 * role named here receives only the privileges each migration grants it.
 */
public final class SchemaMigrator {

    public static final String SCHEMA = "huixiao";
    private static final Pattern ROLE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private SchemaMigrator() {
    }

    public static MigrateResult migrate(DataSource ownerDataSource, String applicationRole) {
        if (applicationRole == null || !ROLE_NAME.matcher(applicationRole).matches()) {
            throw new IllegalArgumentException("application role must be a plain lower-case PostgreSQL name: "
                    + applicationRole);
        }
        return Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(ownerDataSource)
                .schemas(SCHEMA)
                .defaultSchema(SCHEMA)
                .locations("classpath:db/migration")
                .placeholders(Map.of("appRole", applicationRole))
                .load()
                .migrate();
    }
}
