package tw.huixiao.platform.infrastructure.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import tw.huixiao.platform.application.audit.RecordType;
import tw.huixiao.platform.application.audit.SecurityEventRepository;
import tw.huixiao.platform.application.audit.SecurityEventRecorder;

/** Security events and owner look-ups in transactions of their own: they outlive a refused request's rollback. */
@ApplicationScoped
public class JdbcSecurityEventRecorder implements SecurityEventRecorder {

    @Inject
    SecurityEventRepository events;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @Override
    public void record(SecurityEventRepository.Event event) {
        events.add(event);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @Override
    public Optional<Long> ownerOf(RecordType type, long id) {
        return events.ownerOf(type, id);
    }
}
