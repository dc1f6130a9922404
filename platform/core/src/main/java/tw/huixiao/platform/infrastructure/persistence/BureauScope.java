package tw.huixiao.platform.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import tw.huixiao.policy.spi.CountyCode;

/**
 * Binds the current transaction to one county bureau: PostgreSQL's {@code app.bureau_county}
 * setting, transaction-local like {@code app.tenant_id}, which the bureau policies of
 * county-scoped tables read ({@code current_bureau_county()}, V37: filings). A bureau
 * transaction binds no school, so the schools' own policies show it nothing.
 */
@ApplicationScoped
public class BureauScope {

    private static final String BOUND_COUNTY = BureauScope.class.getName() + ".county";

    @Inject
    Jdbc jdbc;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Binds the active transaction to the bureau's county; a transaction serves one county only. */
    public Connection bind(CountyCode county) {
        if (transactions.getTransactionKey() == null) {
            throw new IllegalStateException("bureau data is only accessed inside a transaction");
        }
        Object bound = transactions.getResource(BOUND_COUNTY);
        Connection connection = jdbc.platform();
        if (bound == null) {
            try (PreparedStatement set = connection.prepareStatement("SELECT set_config('app.bureau_county', ?, true)")) {
                set.setString(1, county.value());
                set.executeQuery().close();
            } catch (SQLException e) {
                throw Jdbc.failure(e);
            }
            transactions.putResource(BOUND_COUNTY, county);
        } else if (!bound.equals(county)) {
            throw new IllegalStateException("this transaction is already bound to another county");
        }
        return connection;
    }
}
