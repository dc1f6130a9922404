package tw.huixiao.platform.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tw.huixiao.platform.domain.calendar.TaiwanTime;
import tw.huixiao.platform.application.ClockControl;

/** The one clock of the service, in Taiwan time; test servers may move it instead of sleeping. */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId TAIPEI = TaiwanTime.TAIPEI;

    @Inject
    @ConfigProperty(name = "huixiao.clock.adjustable", defaultValue = "false")
    boolean adjustable;

    @Produces
    @Singleton
    @Typed({AdjustableClock.class, ClockControl.class})
    AdjustableClock adjustableClock() {
        return new AdjustableClock(adjustable);
    }

    @Produces
    @Singleton
    Clock clock(AdjustableClock clock) {
        return clock;
    }
}
