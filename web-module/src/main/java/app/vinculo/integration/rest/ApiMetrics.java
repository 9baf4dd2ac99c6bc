package app.vinculo.integration.rest;

import app.vinculo.integration.boundary.OperatorFigures;
import app.vinculo.reminders.entity.OutboxState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * MicroProfile Metrics of the application (served by Payara at {@code /metrics}): API requests counted by account
 * and status ({@code vinculo_api_requests_total}), and the outbox depth as gauges read at each scrape
 * ({@code vinculo_outbox_pending}, {@code vinculo_outbox_failed}).
 */
@ApplicationScoped
public class ApiMetrics {

    static final String REQUESTS = "vinculo_api_requests";

    @Inject
    MetricRegistry registry;

    @Inject
    OperatorFigures figures;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        registry.gauge(Metadata.builder().withName("vinculo_outbox_pending")
                .withDescription("Reminder e-mails waiting in the outbox (PENDING)").build(),
                () -> figures.outbox(OutboxState.PENDING));
        registry.gauge(Metadata.builder().withName("vinculo_outbox_failed")
                .withDescription("Reminder e-mails that failed for good (FAILED)").build(),
                () -> figures.outbox(OutboxState.FAILED));
    }

    void count(String account, int status) {
        registry.counter(Metadata.builder().withName(REQUESTS)
                        .withDescription("REST API requests by service account and HTTP status").build(),
                new Tag("account", account == null ? "anonymous" : account), new Tag("status", String.valueOf(status)))
                .inc();
    }
}
