package tw.huixiao.platform.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Plain JDBC on the persistence context's own connection, for set-based work JPA does badly
 * (attendance batches, the escalation engine). Using EclipseLink's connection keeps one
 * connection per transaction and inherits the school bound by {@link TenantBoundEntityManager},
 * so row-level security filters these statements exactly like JPA's.
 */
@ApplicationScoped
public class Jdbc {

    private static final String SCHEMA_SET = Jdbc.class.getName() + ".schema";

    @Inject
    TenantBoundEntityManager tenancy;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** The connection of the current transaction, bound to its school; never close it. */
    public Connection tenant() {
        return inSchema(tenancy.tenant().unwrap(Connection.class));
    }

    /** The connection of the current transaction, bound to a county bureau's read scope; never close it. */
    public Connection county() {
        return inSchema(tenancy.county().unwrap(Connection.class));
    }

    /** The connection of the current transaction, bound to a school or to a county's read scope, whichever it is. */
    public Connection bound() {
        return inSchema(tenancy.bound().unwrap(Connection.class));
    }

    /** The connection of the current transaction for platform tables (calendar, runs). */
    public Connection platform() {
        return inSchema(tenancy.platform().unwrap(Connection.class));
    }

    /** JPA names the schema in its SQL (orm.xml); plain statements get it once per transaction. */
    private Connection inSchema(Connection connection) {
        if (transactions.getResource(SCHEMA_SET) == null) {
            Sql.run(connection, "SELECT set_config('search_path', ?, true)", SchemaMigrator.SCHEMA);
            transactions.putResource(SCHEMA_SET, Boolean.TRUE);
        }
        return connection;
    }

    /** SQL failures are programming or infrastructure errors here: rethrow unchecked. */
    public static RuntimeException failure(SQLException e) {
        return new IllegalStateException("database operation failed: " + e.getMessage(), e);
    }
}
