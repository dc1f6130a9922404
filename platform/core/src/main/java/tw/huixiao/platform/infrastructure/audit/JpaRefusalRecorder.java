package tw.huixiao.platform.infrastructure.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import tw.huixiao.platform.infrastructure.persistence.TenantBoundEntityManager;
import tw.huixiao.platform.application.audit.AccessLogStore;
import tw.huixiao.platform.application.audit.RefusalRecorder;

/** Writes a refused attempt in its own transaction, bound to the caller's own school. */
@ApplicationScoped
public class JpaRefusalRecorder implements RefusalRecorder {

    @Inject
    TenantBoundEntityManager tenancy;

    @Inject
    AccessLogStore store;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @Override
    public void record(long callerSchoolId, AccessLogStore.Row row) {
        tenancy.bind(callerSchoolId);
        store.insert(callerSchoolId, row);
    }
}
