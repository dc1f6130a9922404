package tw.huixiao.platform.application.audit;

/**
 * A filter over one record's access log: a fragment of the person's name, the outcome
 * ({@code ALLOWED}/{@code DENIED}) and the channel ({@code UI}/{@code API}/{@code EXPORT}); null = any.
 */
public record AccessLogQuery(String person, String outcome, String channel) {

    public static final AccessLogQuery ALL = new AccessLogQuery(null, null, null);
}
