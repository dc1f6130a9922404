package tw.huixiao.platform.application.audit;

import java.time.Instant;

/**
 * One access-log row as a person reads it: the actor's name and roles (not the login name), what
 * was done (action and record type codes, which the screen puts in words), allowed or denied, and
 * the channel (UI, API, EXPORT). No network address: that stays in the log for investigators.
 */
public record AccessLogLine(long id, Instant occurredAt, String personName, String roles, String action,
                            String outcome, String recordType, String channel) {
}
