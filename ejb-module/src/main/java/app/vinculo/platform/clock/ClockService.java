package app.vinculo.platform.clock;

import app.vinculo.platform.config.VinculoConfig;
import app.vinculo.platform.error.BusinessException;
import app.vinculo.platform.security.CurrentUser;
import app.vinculo.platform.security.Role;
import app.vinculo.platform.settings.Setting;
import app.vinculo.platform.settings.SettingValue;
import app.vinculo.platform.settings.SettingsStore;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Boundary for the demo clock: in demo mode an admin may move the portal's time forward, to show deadlines. */
@Stateless
public class ClockService {

    @Inject
    VinculoConfig config;

    @Inject
    SettingsStore settings;

    @Inject
    ClockProducer producer;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    @RolesAllowed(Role.Names.ADMIN)
    public Instant now() {
        return clock.instant();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public Duration offset() {
        return Duration.ofMinutes(settings.intValue(Setting.DEMO_CLOCK_OFFSET_MINUTES));
    }

    /** Shifts the clock forward by {@code by} (demo mode only). */
    @RolesAllowed(Role.Names.ADMIN)
    public void shift(Duration by) {
        if (!config.demo()) {
            throw new BusinessException("clock.demoOnly");
        }
        if (by.isNegative() || by.isZero() || by.toDays() > 3650) {
            throw new BusinessException("clock.invalidShift");
        }
        store(offset().plus(by));
    }

    /** Back to the real time. */
    @RolesAllowed(Role.Names.ADMIN)
    public void reset() {
        if (!config.demo()) {
            throw new BusinessException("clock.demoOnly");
        }
        store(Duration.ZERO);
    }

    private void store(Duration offset) {
        String value = Long.toString(offset.toMinutes());
        SettingValue stored = em.find(SettingValue.class, Setting.DEMO_CLOCK_OFFSET_MINUTES.name());
        if (stored == null) {
            stored = new SettingValue(Setting.DEMO_CLOCK_OFFSET_MINUTES, value);
            em.persist(stored);
        }
        stored.change(value, currentUser.name(), Instant.now());
        producer.refresh();
    }

    @jakarta.annotation.security.PermitAll
    public boolean demo() {
        return config.demo();
    }
}
