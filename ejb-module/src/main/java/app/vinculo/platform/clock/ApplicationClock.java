package app.vinculo.platform.clock;

import java.io.Serial;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * The portal's clock: the system clock in the business time zone, shifted forward by the demo offset
 * (always zero outside demo mode). Both are read through suppliers, so a change applies at once.
 */
public final class ApplicationClock extends Clock implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient Clock base;
    private final transient Supplier<ZoneId> zone;
    private final transient Supplier<Duration> offset;

    public ApplicationClock(Clock base, Supplier<ZoneId> zone, Supplier<Duration> offset) {
        this.base = base;
        this.zone = zone;
        this.offset = offset;
    }

    @Override
    public ZoneId getZone() {
        return zone.get();
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new ApplicationClock(base, () -> other, offset);
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }
}
