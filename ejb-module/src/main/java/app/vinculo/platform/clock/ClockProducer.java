package app.vinculo.platform.clock;

import app.vinculo.platform.config.ContainerBeans;
import app.vinculo.platform.config.VinculoConfig;
import app.vinculo.platform.settings.Setting;
import app.vinculo.platform.settings.SettingsStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Produces the injectable {@link Clock}. Zone and demo offset come from the settings, cached for a few
 * seconds so that asking the time does not cost a query each time.
 */
@ApplicationScoped
public class ClockProducer {

    private static final Duration CACHE = Duration.ofSeconds(5);

    @Inject
    SettingsStore settings;

    @Inject
    VinculoConfig config;

    private volatile Cached cached;

    private record Cached(ZoneId zone, Duration offset, Instant readAt) {
    }

    @Produces
    public Clock clock() {
        return new ApplicationClock(Clock.systemUTC(), () -> current().zone(), () -> current().offset());
    }

    /** The application clock's instant for code the container does not inject into (JPA and EclipseLink listeners). */
    public static Instant lookupInstant() {
        try {
            return ContainerBeans.get(Clock.class).instant();
        } catch (RuntimeException outsideContainer) {
            return Instant.now();
        }
    }

    /** Forgets the cached values (after a change of zone or offset). */
    public void refresh() {
        cached = null;
    }

    private Cached current() {
        Cached c = cached;
        Instant now = Instant.now();
        if (c == null || now.isAfter(c.readAt().plus(CACHE))) {
            Duration offset = config.demo()
                    ? Duration.ofMinutes(settings.intValue(Setting.DEMO_CLOCK_OFFSET_MINUTES))
                    : Duration.ZERO;
            c = new Cached(settings.zone(), offset, now);
            cached = c;
        }
        return c;
    }
}
