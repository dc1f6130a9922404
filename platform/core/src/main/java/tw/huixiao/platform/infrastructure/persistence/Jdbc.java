package tw.huixiao.platform.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

    @Inject
    TenantBoundEntityManager tenancy;

    /** The connection of the current transaction, bound to its school; never close it. */
    public Connection tenant() {
        return tenancy.tenant().unwrap(Connection.class);
    }

    /** The connection of the current transaction for platform tables (calendar, runs). */
    public Connection platform() {
        return tenancy.platform().unwrap(Connection.class);
    }

    /** SQL failures are programming or infrastructure errors here: rethrow unchecked. */
    public static RuntimeException failure(SQLException e) {
        return new IllegalStateException("database operation failed: " + e.getMessage(), e);
    }
}
