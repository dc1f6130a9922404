package tw.huixiao.platform.domain.escalation;

import java.time.Instant;

/** A duty recorded done (not "not applicable"), announced in the transaction that recorded it. */
public record TaskCompleted(long schoolId, long taskId, long completedBy, Instant completedAt, String note,
                            String recordRef) {
}
