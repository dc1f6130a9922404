package tw.huixiao.platform.infrastructure;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import tw.huixiao.platform.domain.calendar.TaiwanTime;
import tw.huixiao.platform.application.ClockControl;

/**
 * The service's clock in Taiwan time. Test servers (huixiao.clock.adjustable=true) may set it
 * to a fixed instant so tests move through a week of school days without sleeping; every
 * other server refuses, so production always runs on the system clock.
 */
public final class AdjustableClock extends Clock implements ClockControl {

    private final boolean adjustable;
    private volatile Instant fixed;

    public AdjustableClock(boolean adjustable) {
        this.adjustable = adjustable;
    }

    public boolean isAdjustable() {
        return adjustable;
    }

    /** Freezes the clock at {@code instant}, or back to the system clock when empty. */
    public void set(Optional<Instant> instant) {
        if (!adjustable) {
            throw new IllegalStateException("this server's clock is the system clock");
        }
        fixed = instant.orElse(null);
    }

    public Optional<Instant> fixedAt() {
        return Optional.ofNullable(fixed);
    }

    @Override
    public ZoneId getZone() {
        return TaiwanTime.TAIPEI;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant at = fixed;
        return at != null ? at : Instant.now();
    }
}
