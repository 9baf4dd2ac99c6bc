package app.vinculo.platform.settings;

import app.vinculo.platform.error.InvalidInputException;
import app.vinculo.platform.security.CurrentUser;
import app.vinculo.platform.security.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Boundary of the settings page: list and change business settings (admins only). */
@Stateless
public class SettingsService {

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    @Inject
    SettingsStore store;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @RolesAllowed({Role.Names.ADMIN, Role.Names.AUDITOR})
    public List<SettingView> list() {
        return Arrays.stream(Setting.values())
                .filter(Setting::adminEditable)
                .map(s -> {
                    String raw = store.raw(s);
                    return new SettingView(s, raw, s.defaultValue(), !raw.equals(s.defaultValue()));
                })
                .toList();
    }

    /** Saves all the given values, or none: every value is validated first. */
    @RolesAllowed(Role.Names.ADMIN)
    public void update(Map<Setting, String> values) {
        values.forEach((setting, raw) -> {
            if (!setting.adminEditable()) {
                throw new InvalidInputException("setting.notEditable", setting.name());
            }
            setting.parse(raw);
        });
        values.forEach((setting, raw) -> write(setting, raw.trim()));
    }

    void write(Setting setting, String value) {
        SettingValue stored = em.find(SettingValue.class, setting.name());
        if (stored == null) {
            if (value.equals(setting.defaultValue())) {
                return;
            }
            stored = new SettingValue(setting, value);
            stored.change(value, currentUser.name(), clock.instant());
            em.persist(stored);
        } else if (!stored.value().equals(value)) {
            stored.change(value, currentUser.name(), clock.instant());
        }
    }

    @PermitAll
    public String value(Setting setting) {
        return store.raw(setting);
    }
}
