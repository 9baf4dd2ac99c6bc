package app.vinculo.integration.rest;

import app.vinculo.agreements.boundary.AgreementService;
import app.vinculo.agreements.boundary.AssistanceService;
import app.vinculo.agreements.entity.GateDecision;
import app.vinculo.clients.boundary.ClientDetail;
import app.vinculo.clients.boundary.ClientService;
import app.vinculo.clients.boundary.ContactService;
import app.vinculo.followups.boundary.FollowUpRow;
import app.vinculo.platform.i18n.Dates;
import app.vinculo.platform.web.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The API's views of a client, made from the boundaries' records (one place for the resources that show them). */
@ApplicationScoped
public class ClientViews {

    @Inject
    ClientService clients;

    @Inject
    ContactService contactService;

    @Inject
    AgreementService agreements;

    @Inject
    AssistanceService assistance;

    @Inject
    java.time.Clock clock;

    ApiJson.ClientDetail detail(long id, Locale locale) {
        ClientDetail c = clients.find(id);
        List<ApiJson.ContactItem> contacts = contactService.contacts(id).stream()
                .map(r -> new ApiJson.ContactItem(r.id(), r.name(), r.position(), r.email(), r.phone(), r.decisionMaker(),
                        r.influencer(), r.keyUserOf(), r.active(), r.language())).toList();
        List<ApiJson.AgreementItem> glance = agreements.glance(id).stream()
                .map(g -> new ApiJson.AgreementItem(g.type().name(), g.status() == null ? null : g.status().name(),
                        g.start(), g.end())).toList();
        return new ApiJson.ClientDetail(c.id(), c.version(), c.legalName(), c.tradeName(),
                c.taxIdKind() == null ? null : c.taxIdKind().name(), c.taxId(), c.industry(), c.address(), c.phones(),
                c.web(), c.active(), c.leadConsultant(), c.consultants(), c.lastContactAt(), c.daysSinceContact(),
                c.atRisk(), contacts, glance, entitlement(id, name(c), LocalDate.now(clock), locale));
    }

    ApiJson.Entitlement entitlement(long id, LocalDate day, Locale locale) {
        return entitlement(id, name(clients.find(id)), day, locale);
    }

    private ApiJson.Entitlement entitlement(long id, String name, LocalDate day, Locale locale) {
        GateDecision decision = assistance.check(id, day);
        String message = Texts.text(locale, decision.messageKey(), name,
                Dates.format(decision.allowed() ? decision.coveredUntil() : decision.since()));
        return new ApiJson.Entitlement(id, name, day, decision.allowed(),
                decision.reason() == null ? null : decision.reason().name(), decision.since(), decision.coveredUntil(),
                message);
    }

    static ApiJson.FollowUpItem followUp(FollowUpRow f) {
        return new ApiJson.FollowUpItem(f.id(), f.version(), f.clientId(), f.author(), f.occurredAt(),
                f.channel().name(), f.nature().name(), f.summary(), f.outcome(), f.contactIds(), f.nextAction(),
                f.nextActionOwner(), f.nextActionDue(), f.nextActionDoneAt());
    }

    private static String name(ClientDetail c) {
        return c.tradeName() != null ? c.tradeName() : c.legalName();
    }
}
