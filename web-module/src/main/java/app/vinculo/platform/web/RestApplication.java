package app.vinculo.platform.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The REST API for the helpdesk and the ERP, under {@code /api/v1}. Public for now and exposing only
 * {@link PingResource}: token authentication for service accounts comes with the integration feature.
 */
@ApplicationPath("api/v1")
public class RestApplication extends Application {
}
