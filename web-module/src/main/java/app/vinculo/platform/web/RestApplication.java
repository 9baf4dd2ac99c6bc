package app.vinculo.platform.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API for the helpdesk and the ERP, under {@code /api/v1} (resources in {@code app.vinculo.integration.rest}).
 * Service accounts authenticate with {@code Authorization: Bearer <token>}; {@code /api/v1/ping} is public. Payara
 * serves the OpenAPI document of these annotations at {@code /openapi}.
 */
@ApplicationPath("api/v1")
@OpenAPIDefinition(info = @Info(title = "Vínculo API", version = "1",
        description = "Clients, contacts, the assistance entitlement (R1.3), assistance requests and follow-ups for the "
                + "helpdesk and the ERP. Errors are application/problem+json (RFC 9457) with a stable type "
                + "urn:vinculo:problem:<key> and texts in the Accept-Language (es, en)."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A service account's token, created by an administrator (Administración → Cuentas de servicio)")
public class RestApplication extends Application {
}
