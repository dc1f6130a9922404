package tw.huixiao.platform.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.persistence.config.EntityManagerProperties;
import org.eclipse.persistence.config.QueryHints;
import tw.huixiao.platform.application.tenancy.Tenancy;

/**
 * Binds the current transaction to one school, on both isolation layers at once:
 * EclipseLink's tenant discriminator (query filter) and PostgreSQL's {@code app.tenant_id}
 * setting that the row-level-security policies read. The setting is transaction-local
 * ({@code set_config(..., true)}), so a pooled connection never carries it to another request.
 */
@ApplicationScoped
public class TenantBoundEntityManager implements Tenancy {

    private static final String BOUND_TENANT = TenantBoundEntityManager.class.getName() + ".tenant";
    private static final String BOUND_COUNTY = TenantBoundEntityManager.class.getName() + ".county";

    @PersistenceContext(unitName = "huixiao")
    private EntityManager entityManager;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    /** Binds the active transaction to the school; a transaction serves one school only. */
    public void bind(long schoolId) {
        if (transactions.getTransactionKey() == null) {
            throw new IllegalStateException("tenant data is only accessed inside a transaction");
        }
        if (transactions.getResource(BOUND_COUNTY) != null) {
            throw new IllegalStateException("this transaction is bound to a county: it reads, it serves no school");
        }
        Object bound = transactions.getResource(BOUND_TENANT);
        if (bound == null) {
            entityManager.setProperty(EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT, schoolId);
            // EclipseLink disables native SQL once multitenant entities exist; this one query,
            // which only sets the RLS context, is let through explicitly.
            entityManager.createNativeQuery("SELECT set_config('app.tenant_id', ?1, true)")
                    .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                    .setParameter(1, String.valueOf(schoolId))
                    .getSingleResult();
            transactions.putResource(BOUND_TENANT, schoolId);
        } else if (!bound.equals(schoolId)) {
            throw new IllegalStateException("this transaction is already bound to another school");
        }
    }

    /**
     * Binds the active transaction to a county bureau's read scope: PostgreSQL's {@code app.county}
     * setting, which the {@code county_read} policies (V34) read — SELECT only, the county's schools
     * as the school registry lists them. No school is bound, so EclipseLink's tenant queries stay
     * refused and nothing can be written; the county's data is read with plain SQL ({@code Jdbc.county()}).
     */
    public void bindCounty(String county) {
        if (transactions.getTransactionKey() == null) {
            throw new IllegalStateException("county data is only accessed inside a transaction");
        }
        if (transactions.getResource(BOUND_TENANT) != null) {
            throw new IllegalStateException("this transaction is already bound to a school");
        }
        Object bound = transactions.getResource(BOUND_COUNTY);
        if (bound == null) {
            entityManager.createNativeQuery("SELECT set_config('app.county', ?1, true)")
                    .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                    .setParameter(1, county)
                    .getSingleResult();
            transactions.putResource(BOUND_COUNTY, county);
        } else if (!bound.equals(county)) {
            throw new IllegalStateException("this transaction is already bound to another county");
        }
    }

    /** The entity manager of a transaction bound to a county; refuses to work before {@link #bindCounty}. */
    public EntityManager county() {
        if (transactions.getTransactionKey() == null || transactions.getResource(BOUND_COUNTY) == null) {
            throw new IllegalStateException("no county bound to this transaction");
        }
        return entityManager;
    }

    /** The entity manager for tenant-owned data; refuses to work before {@link #bind}. */
    public EntityManager tenant() {
        if (transactions.getTransactionKey() == null || transactions.getResource(BOUND_TENANT) == null) {
            throw new IllegalStateException("no school bound to this transaction");
        }
        return entityManager;
    }

    /** The entity manager of a transaction bound to a school or to a county, whichever it is; refuses before either. */
    public EntityManager bound() {
        if (transactions.getTransactionKey() == null
                || transactions.getResource(BOUND_TENANT) == null && transactions.getResource(BOUND_COUNTY) == null) {
            throw new IllegalStateException("no school or county bound to this transaction");
        }
        return entityManager;
    }

    /** The entity manager for platform tables (schools, accounts), which are not tenant-owned. */
    public EntityManager platform() {
        return entityManager;
    }
}
