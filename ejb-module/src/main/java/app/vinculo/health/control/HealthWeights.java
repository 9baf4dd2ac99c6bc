package app.vinculo.health.control;

import app.vinculo.health.boundary.HealthPart;
import app.vinculo.platform.settings.Setting;
import app.vinculo.platform.settings.SettingsStore;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;

/** R3.2 the weights of the score's parts (settings {@code HEALTH_WEIGHT_*}) and the R3.1 at-risk threshold. */
public record HealthWeights(Map<HealthPart, Integer> weights, int atRiskDays) implements Serializable {

    public HealthWeights {
        EnumMap<HealthPart, Integer> copy = new EnumMap<>(HealthPart.class);
        for (HealthPart p : HealthPart.values()) {
            copy.put(p, Math.max(0, weights.getOrDefault(p, 0)));
        }
        weights = Map.copyOf(copy);
        atRiskDays = Math.max(1, atRiskDays);
    }

    public static HealthWeights from(SettingsStore settings) {
        Map<HealthPart, Integer> w = new EnumMap<>(HealthPart.class);
        for (HealthPart p : HealthPart.values()) {
            w.put(p, settings.intValue(p.weightSetting()));
        }
        return new HealthWeights(w, settings.intValue(Setting.AT_RISK_DAYS));
    }

    /** The defaults of the settings (30, 25, 15, 10, 10, 5, 5 and 60 days). */
    public static HealthWeights defaults() {
        Map<HealthPart, Integer> w = new EnumMap<>(HealthPart.class);
        for (HealthPart p : HealthPart.values()) {
            w.put(p, p.weightSetting().intValue(p.weightSetting().defaultValue()));
        }
        return new HealthWeights(w, Setting.AT_RISK_DAYS.intValue(Setting.AT_RISK_DAYS.defaultValue()));
    }

    public int of(HealthPart part) {
        return weights.get(part);
    }

    /** The best score: the sum of the weights. */
    public int max() {
        return weights.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** {@code percent} of the part's weight, rounded down: the same integer arithmetic as the ranking query. */
    public int points(HealthPart part, int percent) {
        return of(part) * percent / 100;
    }
}
