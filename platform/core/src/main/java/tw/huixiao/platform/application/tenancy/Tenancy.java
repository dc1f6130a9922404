package tw.huixiao.platform.application.tenancy;

import jakarta.persistence.EntityManager;

/**
 * The application's port to tenant isolation: binds the current transaction to one school (or
 * to a county bureau's read scope) and hands out the entity manager for the bound scope.
 * Implemented in infrastructure by {@code TenantBoundEntityManager} (EclipseLink's tenant
 * discriminator plus PostgreSQL's row-level-security setting).
 */
public interface Tenancy {

    /** Binds the active transaction to the school; a transaction serves one school only. */
    void bind(long schoolId);

    /** Binds the active transaction to a county bureau's read scope (SELECT only, the county's schools). */
    void bindCounty(String county);

    /** The entity manager of a transaction bound to a county; refuses to work before {@link #bindCounty}. */
    EntityManager county();

    /** The entity manager for tenant-owned data; refuses to work before {@link #bind}. */
    EntityManager tenant();

    /** The entity manager for platform tables (schools, accounts), which are not tenant-owned. */
    EntityManager platform();
}
