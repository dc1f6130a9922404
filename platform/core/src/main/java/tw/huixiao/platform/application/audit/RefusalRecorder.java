package tw.huixiao.platform.application.audit;


/** Writes a refused attempt in its own transaction, bound to the caller's own school. */
public interface RefusalRecorder {

    void record(long callerSchoolId, AccessLogStore.Row row);
}
