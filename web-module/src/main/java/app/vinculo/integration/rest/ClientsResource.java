package app.vinculo.integration.rest;

import app.vinculo.clients.boundary.ClientFilter;
import app.vinculo.clients.boundary.ClientService;
import app.vinculo.clients.boundary.ClientSummary;
import app.vinculo.platform.web.LocaleBacking;
import app.vinculo.platform.web.ProblemResponses;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Locale;

/**
 * {@code /clients}: the client list with search and paging, and the lookup by tax id ({@code ?taxId=}); one client is
 * {@link ClientResource}.
 * Read scope.
 */
@Path("clients")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Clients", description = "Clients, contacts and the assistance entitlement (R1.3)")
public class ClientsResource {

    static final int MAX_SIZE = 100;
    static final int MAX_PAGE = 10_000;

    @Inject
    ClientService clients;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "Active clients, searched by words of their names, tax id or contacts, a page at a time")
    @APIResponse(responseCode = "200", description = "A page of clients", content = @Content(
            schema = @Schema(implementation = ApiJson.ClientPage.class), examples = @ExampleObject(name = "page",
            value = "{\"page\":0,\"size\":20,\"total\":1,\"items\":[{\"id\":101,\"legalName\":\"Fábrica Sur S.A.\","
                    + "\"tradeName\":\"Fábrica Sur\",\"taxId\":\"30-70000001-3\",\"leadConsultant\":\"consultor\","
                    + "\"active\":true,\"maintenanceUntil\":\"2027-07-02\",\"lastContactAt\":\"2026-11-20T14:00:00Z\","
                    + "\"daysSinceContact\":12,\"atRisk\":false}]}")))
    @APIResponse(responseCode = "400", description = "page, size or q out of bounds", content = @Content(
            mediaType = ProblemResponses.PROBLEM_JSON, schema = @Schema(implementation = ApiJson.Problem.class)))
    public ApiJson.ClientPage list(
            @Parameter(description = "words to search (prefixes), at most 100 characters") @QueryParam("q") String q,
            @Parameter(description = "page number, from 0 (at most 10000)") @QueryParam("page") String page,
            @Parameter(description = "page size, 1 to 100 (default 20)") @QueryParam("size") String size,
            @Parameter(description = "lookup by tax id (CUIT with or without dashes, or a foreign id): only the client "
                    + "with exactly this id, active or not") @QueryParam("taxId") String taxId) {
        if (taxId != null) {
            return byTaxId(taxId);
        }
        String text = QueryParams.text("q", q, 100);
        int p = QueryParams.integer("page", page, 0, 0, MAX_PAGE);
        int s = QueryParams.integer("size", size, 20, 1, MAX_SIZE);
        ClientFilter filter = new ClientFilter(text, null, Boolean.TRUE, null, false, null, false);
        List<ApiJson.ClientItem> items = clients.page(filter, p * s, s, "legalName", true).stream()
                .map(ClientsResource::item).toList();
        return new ApiJson.ClientPage(p, s, clients.count(filter), items);
    }

    private ApiJson.ClientPage byTaxId(String taxId) {
        String wanted = comparable(QueryParams.text("taxId", taxId, 40));
        if (wanted == null || wanted.length() < 3) {
            throw ApiInputException.field("taxId", "problem.field.required");
        }
        ClientFilter filter = new ClientFilter(taxId.strip(), null, null, null, false, null, false);
        List<ApiJson.ClientItem> items = clients.page(filter, 0, 50, "legalName", true).stream()
                .filter(c -> wanted.equals(comparable(c.taxId()))).limit(1).map(ClientsResource::item).toList();
        return new ApiJson.ClientPage(0, 1, items.size(), items);
    }

    static Locale locale(HttpHeaders headers) {
        return LocaleBacking.preferred(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    static ApiJson.ClientItem item(ClientSummary c) {
        return new ApiJson.ClientItem(c.id(), c.legalName(), c.tradeName(), c.taxId(), c.leadConsultant(), c.active(),
                c.maintenanceUntil(), c.lastContactAt(), c.daysSinceContact(), c.atRisk());
    }

    private static String comparable(String taxId) {
        return taxId == null ? null : taxId.replaceAll("[\\s.\\-/]", "").toUpperCase(Locale.ROOT);
    }
}
