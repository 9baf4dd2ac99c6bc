package app.vinculo.platform.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.ZoneId;

/** Typed read access to the settings, with defaults. Reads the database each time (tiny table, no cache). */
@ApplicationScoped
public class SettingsStore {

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    public String raw(Setting setting) {
        SettingValue stored = em.find(SettingValue.class, setting.name());
        return stored == null ? setting.defaultValue() : stored.value();
    }

    public int intValue(Setting setting) {
        try {
            return setting.intValue(raw(setting));
        } catch (RuntimeException corrupt) {
            return setting.intValue(setting.defaultValue());
        }
    }

    public java.util.List<Integer> intList(Setting setting) {
        try {
            return setting.intListValue(raw(setting));
        } catch (RuntimeException corrupt) {
            return setting.intListValue(setting.defaultValue());
        }
    }

    public java.util.List<String> codeList(Setting setting) {
        try {
            return setting.codeListValue(raw(setting));
        } catch (RuntimeException corrupt) {
            return setting.codeListValue(setting.defaultValue());
        }
    }

    public ZoneId zone() {
        try {
            return Setting.TIME_ZONE.zoneValue(raw(Setting.TIME_ZONE));
        } catch (RuntimeException corrupt) {
            return Setting.TIME_ZONE.zoneValue(Setting.TIME_ZONE.defaultValue());
        }
    }
}
