package tw.huixiao.platform.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;

/** The one clock of the service, in Taiwan time; tests replace it instead of sleeping. */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    @Produces
    @Singleton
    Clock clock() {
        return Clock.system(TAIPEI);
    }
}
