package tw.huixiao.platform.application.audit;

import java.util.Optional;

/** Security events and owner look-ups in transactions of their own: they outlive a refused request's rollback. */
public interface SecurityEventRecorder {

    void record(SecurityEventRepository.Event event);

    Optional<Long> ownerOf(RecordType type, long id);
}
