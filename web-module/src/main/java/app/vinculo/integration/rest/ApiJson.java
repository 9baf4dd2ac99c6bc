package app.vinculo.integration.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The API's JSON shapes: records made from the boundaries' read models, never entities. */
public final class ApiJson {

    private ApiJson() {
    }

    @Schema(name = "ClientSummary", description = "One client of a list page")
    public record ClientItem(long id, String legalName, String tradeName, String taxId, String leadConsultant,
                             boolean active,
                             @Schema(description = "End of the A&M agreement active today; null when none")
                             LocalDate maintenanceUntil, Instant lastContactAt, Long daysSinceContact,
                             @Schema(description = "No recorded contact for more than the at-risk days (R3.1)")
                             boolean atRisk) {
    }

    @Schema(name = "ClientPage", description = "A page of clients, with the total that matched")
    public record ClientPage(int page, int size, long total, List<ClientItem> items) {
    }

    @Schema(name = "Contact")
    public record ContactItem(long id, String name, String position, String email, String phone,
                              boolean decisionMaker, boolean influencer, Set<String> keyUserOf, boolean active,
                              String language) {
    }

    @Schema(name = "AgreementStatus", description = "Per agreement type, the agreement that matters today")
    public record AgreementItem(@Schema(enumeration = {"SUPPORT_MAINTENANCE", "SUPPORT_DEVELOPMENT", "TRAINING"})
                                String type,
                                @Schema(description = "FUTURE, ACTIVE, EXPIRED or CANCELLED; null: never had one")
                                String status, LocalDate start, LocalDate end) {
    }

    @Schema(name = "Client", description = "A client with its contacts, agreements and today's entitlement")
    public record ClientDetail(long id, long version, String legalName, String tradeName, String taxIdKind,
                               String taxId, String industry, String address, String phones, String web,
                               boolean active, String leadConsultant, Set<String> consultants, Instant lastContactAt,
                               Long daysSinceContact, boolean atRisk, List<ContactItem> contacts,
                               List<AgreementItem> agreements, Entitlement entitlementToday) {
    }

    @Schema(name = "Entitlement", description = "R1.3: may the client be assisted that day, and if not, why")
    public record Entitlement(long clientId, String clientName, LocalDate date, boolean allowed,
                              @Schema(description = "Why not: NO_AGREEMENT_EVER, EXPIRED, CANCELLED, NOT_YET_ACTIVE, "
                                      + "CLIENT_INACTIVE; null when allowed")
                              String reason,
                              @Schema(description = "When the agreement ended, was cancelled or starts")
                              LocalDate since,
                              @Schema(description = "Last day covered by the active A&M agreement")
                              LocalDate coveredUntil,
                              @Schema(description = "The answer in the caller's language (Accept-Language)")
                              String message) {
    }

    @Schema(name = "AssistanceRequestOutcome", description = "The recorded request and the gate's answer")
    public record AssistanceOutcome(long id, long clientId, boolean allowed, String reason, String message,
                                    @Schema(description = "The regularisation case the refusal was referred to")
                                    Long regularizationCaseId) {
    }

    @Schema(name = "FollowUp")
    public record FollowUpItem(long id, long version, long clientId, String author, Instant occurredAt, String channel,
                               String nature, String summary, String outcome, Set<Long> contactIds, String nextAction,
                               String nextActionOwner, LocalDate nextActionDue, Instant nextActionDoneAt) {
    }

    @Schema(name = "TimelineEntry", description = "One thing that happened with the client, translated")
    public record TimelineItem(Instant at, String kind, String text, String actor, String link) {
    }

    @Schema(name = "Problem", description = "RFC 9457 problem details")
    public record Problem(@Schema(example = "urn:vinculo:problem:problem.invalidInput") String type,
                          @Schema(example = "Solicitud inválida") String title, int status, String detail,
                          String key, List<FieldProblem> errors) {
    }

    @Schema(name = "FieldProblem")
    public record FieldProblem(String field, String key, String message) {
    }

    @Schema(name = "AssistanceRequest")
    public record AssistanceRequestBody(@Schema(required = true, maxLength = 2000) String description,
                                        Long contactId) {
    }

    @Schema(name = "NewFollowUp")
    public record FollowUpBody(@Schema(required = true, example = "2026-12-02T13:30:00Z") Instant occurredAt,
                               @Schema(required = true, enumeration = {"CALL", "EMAIL", "MEETING", "VIDEO_CALL",
                                       "VISIT", "COURSE"}) String channel,
                               @Schema(required = true, enumeration = {"TECHNICAL", "COMMERCIAL"}) String nature,
                               @Schema(required = true, maxLength = 2000) String summary,
                               @Schema(maxLength = 2000) String outcome, Set<Long> contactIds,
                               @Schema(maxLength = 500) String nextAction, String nextActionOwner,
                               LocalDate nextActionDue) {
    }
}
