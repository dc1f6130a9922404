package tw.huixiao.platform.domain.tenancy;

import jakarta.persistence.MappedSuperclass;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.EntityManagerProperties;

/**
 * Base of every entity that belongs to one school. EclipseLink adds
 * {@code tenant_id = :tenant} to every query and sets it on every insert; PostgreSQL
 * row-level security enforces the same rule underneath (see V1 migration).
 * Without a tenant on the EntityManager, EclipseLink refuses the query (fail closed).
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT,
        discriminatorType = jakarta.persistence.DiscriminatorType.INTEGER)
public abstract class TenantOwned {
}
