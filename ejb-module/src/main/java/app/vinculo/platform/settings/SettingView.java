package app.vinculo.platform.settings;

import java.io.Serializable;

/** One row of the settings page. */
public record SettingView(Setting setting, String value, String defaultValue, boolean overridden) implements Serializable {
}
