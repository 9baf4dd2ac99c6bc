package app.vinculo.integration.rest;

import app.vinculo.agreements.boundary.AssistanceOutcome;
import app.vinculo.agreements.boundary.AssistanceService;
import app.vinculo.clients.boundary.ClientService;
import app.vinculo.clients.boundary.ClientTimelineService;
import app.vinculo.followups.boundary.FollowUpForm;
import app.vinculo.followups.boundary.FollowUpRow;
import app.vinculo.followups.boundary.FollowUpService;
import app.vinculo.followups.entity.Channel;
import app.vinculo.followups.entity.Nature;
import app.vinculo.platform.error.NotFoundException;
import app.vinculo.platform.web.Texts;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code /clients/{id}}: one client, its R1.3 entitlement for a day, its timeline, its follow-ups, and the two writes —
 * an assistance request and a follow-up — through the same boundaries (and so the same validation, gate and referral)
 * as the portal. GETs need the read scope, POSTs the write scope ({@link ApiAccessFilter}).
 */
@Path("clients/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Clients", description = "Clients, contacts and the assistance entitlement (R1.3)")
@APIResponse(responseCode = "404", description = "No such client (or follow-up)", content = @Content(
        mediaType = "application/problem+json", schema = @Schema(implementation = ApiJson.Problem.class)))
public class ClientResource {

    private static final Set<String> ASSISTANCE_FIELDS = Set.of("description", "contactId");
    private static final Set<String> FOLLOW_UP_FIELDS = Set.of("occurredAt", "channel", "nature", "summary", "outcome",
            "contactIds", "nextAction", "nextActionOwner", "nextActionDue");

    @Inject
    ClientViews views;

    @Inject
    ClientService clients;

    @Inject
    ClientTimelineService timelineService;

    @Inject
    AssistanceService assistance;

    @Inject
    FollowUpService followUps;

    @Inject
    Clock clock;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @PathParam("id")
    long id;

    @GET
    @Operation(summary = "One client with its contacts, agreements at a glance and today's entitlement")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ApiJson.ClientDetail.class)))
    public ApiJson.ClientDetail find() {
        return views.detail(id, locale());
    }

    @GET
    @Path("entitlement")
    @Operation(summary = "R1.3: may the client be assisted on the day (default today), and if not, why")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ApiJson.Entitlement.class),
            examples = {@ExampleObject(name = "allowed", value = "{\"clientId\":101,\"clientName\":\"Fábrica Sur\","
                    + "\"date\":\"2026-12-02\",\"allowed\":true,\"reason\":null,\"since\":null,"
                    + "\"coveredUntil\":\"2027-07-02\",\"message\":\"Corresponde asistir a Fábrica Sur: cubierto por "
                    + "su acuerdo de Asistencia y Mantenimiento hasta el 02/07/2027.\"}"),
                    @ExampleObject(name = "expired", value = "{\"clientId\":102,\"clientName\":\"Metalúrgica Andina\","
                            + "\"date\":\"2026-12-02\",\"allowed\":false,\"reason\":\"EXPIRED\",\"since\":\"2026-10-02\","
                            + "\"coveredUntil\":null,\"message\":\"No se puede dar asistencia a Metalúrgica Andina: su "
                            + "acuerdo de Asistencia y Mantenimiento venció el 02/10/2026. …\"}")}))
    public ApiJson.Entitlement entitlement(@Parameter(description = "the day, yyyy-MM-dd (default today)")
                                           @QueryParam("date") String date) {
        return views.entitlement(id, QueryParams.date("date", date, LocalDate.now(clock)), locale());
    }

    @GET
    @Path("timeline")
    @Operation(summary = "What happened with the client, newest first, translated")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ApiJson.TimelineItem.class,
            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    public List<ApiJson.TimelineItem> timeline(
            @Parameter(description = "only entries before this instant (ISO-8601), for the next page") @QueryParam("before") String before,
            @Parameter(description = "at most this many entries, 1 to 200 (default 50)") @QueryParam("max") String max) {
        Locale locale = locale();
        return timelineService.timeline(id, QueryParams.instant("before", before), QueryParams.integer("max", max, 50, 1, 200), null)
                .stream().map(e -> new ApiJson.TimelineItem(e.at(), e.kind(),
                        Texts.text(locale, e.messageKey(), e.arguments().toArray()), e.actor(), e.link())).toList();
    }

    @GET
    @Path("follow-ups")
    @Operation(summary = "The client's follow-ups, newest first")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ApiJson.FollowUpItem.class,
            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    public List<ApiJson.FollowUpItem> followUps(@QueryParam("page") String page, @QueryParam("size") String size) {
        clients.find(id);
        int s = QueryParams.integer("size", size, 20, 1, ClientsResource.MAX_SIZE);
        int p = QueryParams.integer("page", page, 0, 0, ClientsResource.MAX_PAGE);
        return followUps.forClient(id, p * s, s).stream().map(ClientViews::followUp).toList();
    }

    @GET
    @Path("follow-ups/{followUpId}")
    @Operation(summary = "One follow-up of the client")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ApiJson.FollowUpItem.class)))
    public ApiJson.FollowUpItem followUp(@PathParam("followUpId") long followUpId) {
        FollowUpRow row = followUps.find(followUpId);
        if (row.clientId() != id) {
            throw new NotFoundException("followup", followUpId);
        }
        return ClientViews.followUp(row);
    }

    @POST
    @Path("assistance-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Records an assistance request and answers whether to assist (R1.3); a refusal is referred "
            + "to the Project Managers (a regularisation case, R1.4), as in the portal")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ApiJson.AssistanceRequestBody.class),
            examples = @ExampleObject(name = "request", value = "{\"description\":\"No puede emitir facturas\",\"contactId\":null}")))
    @APIResponse(responseCode = "201", description = "Recorded; allowed or refused with the reason",
            content = @Content(schema = @Schema(implementation = ApiJson.AssistanceOutcome.class)))
    @APIResponse(responseCode = "400", description = "Invalid body, naming the fields", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ApiJson.Problem.class)))
    public Response requestAssistance(InputStream body) {
        JsonBody json = JsonBody.read(body, ASSISTANCE_FIELDS);
        String description = json.text("description", true, 2000);
        Long contactId = json.id("contactId");
        json.check();
        AssistanceOutcome outcome = assistance.request(id, contactId, description);
        ApiJson.AssistanceOutcome answer = new ApiJson.AssistanceOutcome(outcome.requestId(), id,
                outcome.decision().allowed(), outcome.decision().reason() == null ? null : outcome.decision().reason().name(),
                Texts.text(locale(), outcome.messageKey(), outcome.arguments().toArray()), outcome.regularizationCaseId());
        return Response.status(Response.Status.CREATED).entity(answer).build();
    }

    @POST
    @Path("follow-ups")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Registers a follow-up with the portal's validation; a TECHNICAL one passes the R1.3 gate "
            + "(refused with 409 and referred to the Project Managers when the client is not assistable)")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ApiJson.FollowUpBody.class),
            examples = @ExampleObject(name = "call", value = "{\"occurredAt\":\"2026-12-02T13:30:00Z\",\"channel\":\"CALL\","
                    + "\"nature\":\"COMMERCIAL\",\"summary\":\"Consulta por el módulo de Sueldos\"}")))
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(
            schema = @Schema(implementation = ApiJson.FollowUpItem.class)))
    @APIResponse(responseCode = "400", description = "Invalid body, naming the fields", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ApiJson.Problem.class)))
    @APIResponse(responseCode = "409", description = "Refused by a rule (R1.3) or changed by someone else", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ApiJson.Problem.class)))
    public Response recordFollowUp(InputStream body) {
        JsonBody json = JsonBody.read(body, FOLLOW_UP_FIELDS);
        FollowUpForm form = new FollowUpForm();
        form.setClientId(id);
        form.setOccurredAt(json.instant("occurredAt", true));
        form.setChannel(json.choice("channel", Channel.class, true));
        form.setNature(json.choice("nature", Nature.class, true));
        form.setSummary(json.text("summary", true, 2000));
        form.setOutcome(json.text("outcome", false, 2000));
        form.setContactIds(json.ids("contactIds"));
        form.setNextAction(json.text("nextAction", false, 500));
        form.setNextActionOwner(json.text("nextActionOwner", false, 40));
        form.setNextActionDue(json.date("nextActionDue"));
        json.check();
        FollowUpRow row = followUps.record(form);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(row.id())).build())
                .entity(ClientViews.followUp(row)).build();
    }

    private Locale locale() {
        return ClientsResource.locale(headers);
    }
}
