package app.vinculo.platform.settings;

/** One row of the settings page. */
public record SettingView(Setting setting, String value, String defaultValue, boolean overridden) {
}
