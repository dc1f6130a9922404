package tw.huixiao.platform.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tw.huixiao.platform.application.Caller;

/**
 * Unusual reading (issue 18 §7): one account reading more children's records within an hour than
 * {@code huixiao.audit.unusual-reads-per-hour} (default 300) becomes one UNUSUAL_READING security
 * event per hour-long window — a scraping script or a stolen session shows up in the security
 * view while it happens. Counted in the database ({@link ReadingCounter}), so reads spread over
 * several servers count as one: the read that takes the window's count past the threshold reports
 * it, on whichever server it happens, once per window.
 */
@ApplicationScoped
public class ReadingWatch {

    @Inject
    ReadingCounter counter;

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
        int count = counter.add(caller.userId(), records);
        // Counts only grow within a window: exactly one read crosses the threshold.
        if (count > threshold && count - records <= threshold) {
            events.record(new SecurityEventRepository.Event(0, clock.instant(), "UNUSUAL_READING", caller.userId(),
                    caller.username(), caller.schoolId(), caller.schoolId(), null, null, "READ", origin.channel(),
                    origin.clientAddress(), "一小時內讀取 " + count + " 筆紀錄，門檻 " + threshold + " ("
                    + count + " records within an hour, threshold " + threshold + ")"));
        }
    }
}
