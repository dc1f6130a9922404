package tw.huixiao.platform.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tw.huixiao.platform.application.Caller;

/**
 * Unusual reading (issue 18 §7): one account reading more children's records within an hour than
 * {@code huixiao.audit.unusual-reads-per-hour} (default 300) becomes one UNUSUAL_READING security
 * event per hour-long window — a scraping script or a stolen session shows up in the security
 * view while it happens. Counted in memory per server.
 */
@ApplicationScoped
public class ReadingWatch {

    private static final Duration WINDOW = Duration.ofHours(1);

    private record Window(Instant start, int count, boolean reported) {
    }

    private final Map<Long, Window> windows = new ConcurrentHashMap<>();

    @Inject
    @ConfigProperty(name = "huixiao.audit.unusual-reads-per-hour", defaultValue = "300")
    int threshold;

    @Inject
    SecurityEventRecorder events;

    @Inject
    RequestOrigin origin;

    @Inject
    Clock clock;

    void counted(Caller caller, int records) {
        if (records <= 0) {
            return;
        }
        Instant now = Instant.now();
        Window w = windows.compute(caller.userId(), (id, old) -> old == null || old.start().plus(WINDOW).isBefore(now)
                ? new Window(now, records, false) : new Window(old.start(), old.count() + records, old.reported()));
        if (w.count() > threshold && !w.reported()) {
            if (windows.replace(caller.userId(), w, new Window(w.start(), w.count(), true))) {
                events.record(new SecurityEventRepository.Event(0, clock.instant(), "UNUSUAL_READING", caller.userId(),
                        caller.username(), caller.schoolId(), caller.schoolId(), null, null, "READ", origin.channel(),
                        origin.clientAddress(), "一小時內讀取 " + w.count() + " 筆紀錄，門檻 " + threshold + " ("
                        + w.count() + " records within an hour, threshold " + threshold + ")"));
            }
        }
    }
}
