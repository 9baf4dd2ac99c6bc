package app.vinculo.platform.web;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /api/v1/ping}: the API answers. Says nothing else. */
@Path("ping")
public class PingResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject ping() {
        return Json.createObjectBuilder().add("status", "UP").build();
    }
}
