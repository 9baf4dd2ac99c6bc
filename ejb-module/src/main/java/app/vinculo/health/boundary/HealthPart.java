package app.vinculo.health.boundary;

import app.vinculo.platform.settings.Setting;

/** R3.2 the parts of the client health score, each with its weight setting (points it may take off). */
public enum HealthPart {
    CONTACT(Setting.HEALTH_WEIGHT_CONTACT),
    AGREEMENT(Setting.HEALTH_WEIGHT_AGREEMENT),
    REGULARIZATION(Setting.HEALTH_WEIGHT_REGULARIZATION),
    REQUIREMENTS(Setting.HEALTH_WEIGHT_REQUIREMENTS),
    QUOTES(Setting.HEALTH_WEIGHT_QUOTES),
    GROWTH(Setting.HEALTH_WEIGHT_GROWTH),
    TRAINING(Setting.HEALTH_WEIGHT_TRAINING);

    private final Setting weight;

    HealthPart(Setting weight) {
        this.weight = weight;
    }

    public Setting weightSetting() {
        return weight;
    }
}
