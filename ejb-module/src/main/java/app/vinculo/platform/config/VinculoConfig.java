package app.vinculo.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.Optional;

/**
 * Deployment configuration (not business settings): read through MicroProfile Config, so it comes from
 * environment variables ({@code VINCULO_DEMO}), JVM system properties ({@code -Dvinculo.demo}) or the
 * domain's config properties ({@code asadmin set-config-property}), in that order of precedence.
 */
@ApplicationScoped
public class VinculoConfig {

    private Config config() {
        return ConfigProvider.getConfig(VinculoConfig.class.getClassLoader());
    }

    /** Demo mode: demo users and data at startup, and an admin may shift the clock. */
    public boolean demo() {
        return config().getOptionalValue("vinculo.demo", Boolean.class).orElse(false);
    }

    /** Public address of the portal, for links in e-mails. */
    public String baseUrl() {
        String url = config().getOptionalValue("vinculo.base-url", String.class).orElse("http://localhost:8080/vinculo");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Password of the first administrator, created at startup when there are no users (outside demo mode). */
    public Optional<String> initialAdminPassword() {
        return config().getOptionalValue("vinculo.admin-password", String.class).filter(p -> !p.isBlank());
    }

    /** Seconds between two runs of the reminder engine (at least 1). */
    public int reminderIntervalSeconds() {
        return Math.max(1, config().getOptionalValue("vinculo.reminders.interval-seconds", Integer.class).orElse(60));
    }

    /** Whether this server runs the reminder timers (all servers may; the outbox makes it safe). */
    public boolean timersEnabled() {
        return config().getOptionalValue("vinculo.timers", Boolean.class).orElse(true);
    }
}
