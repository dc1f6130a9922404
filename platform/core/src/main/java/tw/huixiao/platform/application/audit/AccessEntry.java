package tw.huixiao.platform.application.audit;

import java.time.Instant;

/** One access-log row as shown to those allowed to see who looked at a case. */
public record AccessEntry(long id, Instant occurredAt, String username, String roles, String action, String outcome,
                          String recordType, Long recordId, String channel, String clientAddress, String reason) {
}
