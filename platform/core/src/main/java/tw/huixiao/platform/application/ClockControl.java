package tw.huixiao.platform.application;

import java.time.Instant;
import java.util.Optional;

/**
 * The service clock as test servers let it be moved ({@code huixiao.clock.adjustable=true}):
 * tests advance days instead of sleeping. Implemented in infrastructure by {@code AdjustableClock}.
 */
public interface ClockControl {

    /** Whether this server lets the clock be moved. */
    boolean isAdjustable();

    /** Fixes the clock at an instant, or lets it run with the system's again (empty). */
    void set(Optional<Instant> instant);

    /** The instant the clock is fixed at, if it is. */
    Optional<Instant> fixedAt();
}
