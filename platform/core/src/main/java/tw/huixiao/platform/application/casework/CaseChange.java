package tw.huixiao.platform.application.casework;

import java.time.Instant;

/** One change of a case's state, tier or assigned people. */
public record CaseChange(long id, String kind, String subject, String from, String to, String reason, Instant changedAt,
                     long changedBy, String changedByName) {
}
