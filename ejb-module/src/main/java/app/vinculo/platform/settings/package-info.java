/**
 * Typed business settings (time zone, thresholds of rules and reminders) with defaults from PRODUCT.md.
 * Boundary: {@link app.vinculo.platform.settings.SettingsService} (list, update — ADMIN).
 * Values are validated against their type and range before anything is saved; changes are audited.
 */
package app.vinculo.platform.settings;
