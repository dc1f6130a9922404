package tw.huixiao.platform.application.audit;

import java.time.Instant;
import java.util.List;

/** access_log rows through the transaction's tenant-bound connection (row-level security applies). */
public interface AccessLogStore {

    public record Row(Instant at, long userId, String username, String roles, String action, String outcome,
                      Long caseId, String recordType, Long recordId, String channel, String clientAddress,
                      String reason, String detail) {
    }

    void insert(long schoolId, Row row);

    void insertAll(long schoolId, List<Row> rows);

    List<AccessEntry> forCase(long schoolId, long caseId);

    /** The rows about one record outside any case (a student's register entry), newest first. */
    List<AccessEntry> forRecord(long schoolId, String recordType, long recordId);

    /**
     * A page of a case's log (caseId) or of a record's log outside cases (recordType + recordId),
     * newest first, filtered in SQL; the actor's name from the school's users (RLS applies to both).
     */
    List<AccessLogLine> page(long schoolId, Long caseId, String recordType, long recordId, AccessLogQuery query,
                                    int offset, int limit);

    int count(long schoolId, Long caseId, String recordType, long recordId, AccessLogQuery query);
}
