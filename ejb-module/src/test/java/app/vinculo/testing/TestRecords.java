package app.vinculo.testing;

import app.vinculo.agreements.boundary.AgreementForm;
import app.vinculo.agreements.boundary.AgreementRow;
import app.vinculo.agreements.boundary.AgreementService;
import app.vinculo.agreements.entity.AgreementType;
import app.vinculo.clients.boundary.ClientDetail;
import app.vinculo.clients.boundary.ClientForm;
import app.vinculo.clients.boundary.ClientModuleService;
import app.vinculo.clients.boundary.ClientService;
import app.vinculo.clients.boundary.ContactForm;
import app.vinculo.clients.boundary.ContactRow;
import app.vinculo.clients.boundary.ContactService;
import app.vinculo.clients.entity.TaxId;
import app.vinculo.followups.boundary.FollowUpForm;
import app.vinculo.followups.boundary.FollowUpService;
import app.vinculo.platform.error.BusinessException;
import app.vinculo.platform.security.Role;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The records the integration tests create again and again, through the boundaries and as the role that creates
 * them in the portal: clients (consultant), their lead (Implementation Head), agreements (Project Manager), contacts,
 * staff accounts, catalogue modules. Every deployment of {@link Deployments} has it; tests inject it.
 */
@Dependent
public class TestRecords {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Inject
    Callers.AsConsultant consultant;

    @Inject
    Callers.AsProjectManager pm;

    @Inject
    Callers.AsImplementationHead head;

    @Inject
    Callers.AsAdmin admin;

    @Inject
    ClientService clients;

    @Inject
    ContactService contacts;

    @Inject
    ClientModuleService modules;

    @Inject
    AgreementService agreements;

    @Inject
    GateProbe probe;

    @Inject
    FollowUpService followUps;

    @Inject
    Clock clock;

    /** Six characters no other call returns: names stay apart between tests and runs. */
    public static String uid() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    /** A valid CUIT, different on every call. */
    public static String cuit() {
        return TaxId.cuitFor("30", (int) (System.nanoTime() % 90_000_000) + SEQ.incrementAndGet() * 7919);
    }

    /** Today in the business time zone. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A client of exactly this name, registered by a consultant. */
    public ClientDetail client(String legalName) throws Exception {
        ClientForm f = new ClientForm();
        f.setLegalName(legalName);
        f.setTaxIdKind(TaxId.Kind.CUIT);
        f.setTaxId(cuit());
        return consultant.call(() -> clients.create(f));
    }

    /** A client of exactly this name whose lead consultant the Implementation Head set ({@code null}: none). */
    public ClientDetail client(String legalName, String lead) throws Exception {
        ClientDetail c = client(legalName);
        return lead == null ? c : head.call(() -> clients.assign(c.id(), lead, Set.of()));
    }

    /** A Support &amp; Maintenance (A&amp;M) agreement, created by a Project Manager. */
    public AgreementRow maintenance(long clientId, LocalDate start, LocalDate end) throws Exception {
        return agreement(clientId, AgreementType.SUPPORT_MAINTENANCE, start, end);
    }

    public AgreementRow agreement(long clientId, AgreementType type, LocalDate start, LocalDate end) throws Exception {
        AgreementForm f = new AgreementForm();
        f.setType(type);
        f.setStart(start);
        f.setEnd(end);
        return pm.call(() -> agreements.create(clientId, f));
    }

    /** A contact with an e-mail address who reads in {@code language} ("es", "en"). */
    public ContactRow contact(long clientId, String name, String email, String language) throws Exception {
        ContactForm f = new ContactForm();
        f.setName(name);
        f.setEmail(email);
        f.setLanguage(language);
        return contact(clientId, f);
    }

    public ContactRow contact(long clientId, ContactForm form) throws Exception {
        return consultant.call(() -> contacts.addContact(clientId, form));
    }

    /** A portal user of {@code role} named {@code prefix} + a unique part, with the address {@code <name>@example.com}. */
    /** A follow-up of yesterday whose next action {@code owner} has to do by {@code due}. */
    public void nextAction(long clientId, String owner, LocalDate due) throws Exception {
        FollowUpForm f = new FollowUpForm();
        f.setClientId(clientId);
        f.setOccurredAt(clock.instant().minus(Duration.ofDays(1)));
        f.setSummary("Llamado de seguimiento");
        f.setNextAction("Enviar propuesta " + uid());
        f.setNextActionOwner(owner);
        f.setNextActionDue(due);
        consultant.call(() -> followUps.record(f));
    }

    public String staff(String prefix, Role role) {
        String username = prefix + uid();
        probe.createStaff(username, username + "@example.com", role);
        return username;
    }

    /** The catalogue has these modules (created by an administrator when missing). */
    public void catalogue(String... codes) throws Exception {
        for (String code : codes) {
            if (admin.call(() -> modules.catalogue()).stream().noneMatch(m -> m.code().equals(code))) {
                try {
                    admin.call(() -> modules.createModule(code, code.charAt(0) + code.substring(1).toLowerCase()));
                } catch (BusinessException createdMeanwhile) {
                    // another test created it
                }
            }
        }
    }
}
