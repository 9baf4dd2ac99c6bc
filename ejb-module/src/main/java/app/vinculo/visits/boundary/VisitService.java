package app.vinculo.visits.boundary;

import app.vinculo.agreements.boundary.AssistanceGate;
import app.vinculo.clients.boundary.ClientModuleService;
import app.vinculo.clients.boundary.ClientService;
import app.vinculo.clients.boundary.ContactService;
import app.vinculo.clients.boundary.ModuleRow;
import app.vinculo.clients.entity.Client;
import app.vinculo.clients.entity.ModuleStatus;
import app.vinculo.followups.boundary.FollowUpService;
import app.vinculo.followups.entity.Nature;
import app.vinculo.platform.error.BusinessException;
import app.vinculo.platform.error.InvalidInputException;
import app.vinculo.platform.error.NotFoundException;
import app.vinculo.platform.i18n.Dates;
import app.vinculo.platform.i18n.LocalizedText;
import app.vinculo.platform.persistence.Entities;
import app.vinculo.platform.security.CurrentUser;
import app.vinculo.platform.security.Role;
import app.vinculo.platform.settings.Setting;
import app.vinculo.platform.settings.SettingsStore;
import app.vinculo.requirements.boundary.RequirementService;
import app.vinculo.requirements.entity.RequirementOrigin;
import app.vinculo.visits.control.VisitQueries;
import app.vinculo.visits.entity.DetectedRequirement;
import app.vinculo.visits.entity.InterestLevel;
import app.vinculo.visits.entity.Visit;
import app.vinculo.visits.entity.VisitStatus;
import app.vinculo.visits.entity.VisitTopic;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Boundary of visits (PRODUCT.md §2, IT APE): plan (ASSISTANCE and MIXED visits pass the R1.3 gate for the visit's
 * day), confirm (R2.1 minimum topics; R2.2 warning), postpone, cancel, record (next steps become follow-ups, module
 * interest updates the client's modules, the client's last contact moves) and R2.3: a held visit's record locks
 * some days after the visit; then only an Implementation Head may correct it (audited, with who and when).
 */
@Stateless
public class VisitService {

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    @Inject
    AssistanceGate gate;

    @Inject
    ClientService clients;

    @Inject
    ContactService contactService;

    @Inject
    ClientModuleService moduleService;

    @Inject
    FollowUpService followUps;

    @Inject
    RequirementService requirements;

    @Inject
    SettingsStore settings;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    VisitQueries queries;

    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD})
    public VisitDetail plan(@NotNull @Valid VisitForm form) {
        Client client = client(form.getClientId());
        checkPlan(client, form);
        Visit visit = new Visit(client, form.getKind(), form.getScheduledAt(), form.getDurationMinutes());
        apply(visit, form);
        em.persist(visit);
        em.flush();
        return detail(visit);
    }

    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD})
    public VisitDetail replan(long visitId, @NotNull @Valid VisitForm form) {
        Visit visit = load(visitId, form.getVersion());
        if (!visit.getClient().getId().equals(form.getClientId())) {
            throw new InvalidInputException("visit.clientChanged");
        }
        checkPlan(visit.getClient(), form);
        apply(visit, form);
        em.flush();
        return detail(visit);
    }

    private void checkPlan(Client client, VisitForm form) {
        if (!contactService.contactsBelong(client.getId(), form.getInvitedContactIds())) {
            throw new InvalidInputException("visit.contactNotOfClient");
        }
        Set<String> consultants = form.getConsultants().isEmpty() ? Set.of(currentUser.name()) : form.getConsultants();
        Long known = em.createQuery("select count(u) from AppUser u where u.username in :names and u.enabled = :yes", Long.class)
                .setParameter("names", consultants).setParameter("yes", Boolean.TRUE).getSingleResult();
        if (known != consultants.size()) {
            throw new InvalidInputException("visit.consultantUnknown");
        }
        for (TopicForm t : form.getTopics()) {
            if (t.getTitle() == null || t.getTitle().isBlank() || t.getTitle().length() > 200) {
                throw new InvalidInputException("visit.topicTitleInvalid");
            }
        }
        if (form.getKind().isAssistance()) {
            LocalDate day = LocalDate.ofInstant(form.getScheduledAt(), clock.getZone());
            gate.requireAssistable(client.getId(), day, LocalizedText.of("referral.visit." + form.getKind().name(), day));
        }
    }

    private void apply(Visit visit, VisitForm f) {
        Set<String> consultants = f.getConsultants().isEmpty() ? Set.of(currentUser.name()) : f.getConsultants();
        visit.plan(f.getKind(), f.getScheduledAt(), f.getDurationMinutes(), f.getPlace(), consultants,
                f.getCommercialObjectives(), f.getTechnicalObjectives(),
                f.getTopics().stream().map(t -> new VisitTopic(t.getTitle(), t.getKind(), t.getModuleCode(), t.isSpare())
                        .from(t.getSourceKind(), t.getSourceId())).toList(),
                f.getInvitedContactIds());
    }

    /** R2.1 (refused below the minimum topics) and R2.2 (warning: no decision maker or influencer invited). */
    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD})
    public Confirmation confirm(long visitId, long version) {
        Visit visit = load(visitId, version);
        boolean keyPerson = !visit.getInvitedContactIds().isEmpty() && em.createQuery(
                        "select count(c) from Contact c where c.id in :ids and (c.decisionMaker = :yes or c.influencer = :yes)", Long.class)
                .setParameter("ids", visit.getInvitedContactIds()).setParameter("yes", Boolean.TRUE).getSingleResult() > 0;
        List<String> warnings = visit.confirm(settings.intValue(Setting.VISIT_MIN_TOPICS), keyPerson);
        em.flush();
        return new Confirmation(detail(visit), warnings);
    }

    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD})
    public VisitDetail postpone(long visitId, long version, String reason) {
        Visit visit = load(visitId, version);
        visit.postpone(reason);
        em.flush();
        return detail(visit);
    }

    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD})
    public VisitDetail cancel(long visitId, long version, String reason) {
        Visit visit = load(visitId, version);
        visit.cancel(reason);
        em.flush();
        return detail(visit);
    }

    /**
     * Records the visit (IT APE). R2.3: after the lock date only an Implementation Head may change the record, and
     * the change is a correction (who and when kept; every field change in the audit trail).
     */
    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD})
    public VisitDetail record(long visitId, @NotNull @Valid VisitRecordForm form) {
        Visit visit = load(visitId, form.getVersion());
        Instant now = clock.instant();
        int lockDays = settings.intValue(Setting.VISIT_LOCK_DAYS);
        boolean correction = visit.isLocked(now, lockDays, clock.getZone());
        if (correction && !currentUser.hasRole(Role.IMPLEMENTATION_HEAD)) {
            throw new BusinessException("visit.locked", LocalizedText.date(visit.lockDate(lockDays, clock.getZone())));
        }
        long clientId = visit.getClient().getId();
        if (!contactService.contactsBelong(clientId, form.getAttendeeContactIds())) {
            throw new InvalidInputException("visit.contactNotOfClient");
        }
        boolean firstRecord = visit.getStatus() != VisitStatus.HELD;
        List<VisitTopic> results = new ArrayList<>();
        for (int i = 0; i < visit.getTopics().size(); i++) {
            VisitTopic planned = visit.getTopics().get(i);
            TopicForm result = i < form.getTopics().size() ? form.getTopics().get(i) : new TopicForm();
            results.add(planned.withResult(result.getOutcome(), result.getInterest()));
        }
        Map<String, Long> registered = new HashMap<>();
        visit.getDetectedRequirements().forEach(d -> registered.put(d.getTitle(), d.getRequirementId()));
        List<DetectedRequirement> requirements = new ArrayList<>();
        for (VisitRecordForm.RequirementItem r : form.getRequirements()) {
            if (r.title() == null || r.title().isBlank() || r.title().length() > 200
                    || (r.description() != null && r.description().length() > 2000)) {
                throw new InvalidInputException("visit.requirementInvalid");
            }
            Long requirementId = registered.get(r.title().trim());
            if (requirementId == null) {
                // each requirement detected on the visit becomes a Requirement (origin VISIT) linked to it
                requirementId = this.requirements.register(clientId, r.title(), r.description(), r.moduleCode(),
                        RequirementOrigin.VISIT, visit.getId()).id();
            }
            requirements.add(new DetectedRequirement(r.title(), r.description(), r.moduleCode(), requirementId));
        }
        visit.record(form.getAttendeeContactIds(), form.getOtherAttendees(), results, form.getQuestionsAnswered(),
                requirements, form.getCoursesSuggested(), form.getAssessment(), currentUser.name(),
                now.isBefore(visit.getScheduledAt()) ? visit.getScheduledAt() : now, correction);
        if (firstRecord) {
            interest(visit, form.getModuleInterest(), results);
            if (!form.getNextSteps().isEmpty()) {
                followUps.nextStepsOfVisit(clientId, visit.getId(),
                        visit.getKind() == app.vinculo.visits.entity.VisitKind.ASSISTANCE ? Nature.TECHNICAL : Nature.COMMERCIAL,
                        visit.getScheduledAt(), "Próximo paso de la visita del "
                                + Dates.format(LocalDate.ofInstant(visit.getScheduledAt(), clock.getZone())), form.getNextSteps());
            }
            clients.contacted(clientId, visit.getScheduledAt());
        }
        em.flush();
        return detail(visit);
    }

    /** Modules named in the record, or topics with medium/high interest: OF_INTEREST on the client unless installed. */
    private void interest(Visit visit, Set<String> named, List<VisitTopic> results) {
        Set<String> codes = new LinkedHashSet<>(named);
        results.stream().filter(t -> t.getModuleCode() != null
                        && (t.getInterest() == InterestLevel.HIGH || t.getInterest() == InterestLevel.MEDIUM))
                .forEach(t -> codes.add(t.getModuleCode()));
        if (codes.isEmpty()) {
            return;
        }
        long clientId = visit.getClient().getId();
        Map<String, ModuleRow> current = moduleService.modules(clientId).stream()
                .collect(Collectors.toMap(ModuleRow::code, m -> m));
        String note = "Interés detectado en la visita del " + Dates.format(LocalDate.ofInstant(visit.getScheduledAt(), clock.getZone()));
        for (String code : codes) {
            ModuleRow row = current.get(code);
            if (row == null) {
                throw new InvalidInputException("module.unknown", code);
            }
            if (row.status() != ModuleStatus.INSTALLED) {
                moduleService.setModule(clientId, code, ModuleStatus.OF_INTEREST, null, null, note);
            }
        }
    }

    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD, Role.Names.PROJECT_MANAGER,
            Role.Names.RD_MANAGER, Role.Names.AUDITOR})
    public VisitDetail find(long id) {
        return detail(Entities.require(em, Visit.class, id, "visit"));
    }

    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD, Role.Names.PROJECT_MANAGER,
            Role.Names.RD_MANAGER, Role.Names.AUDITOR})
    public List<VisitSummary> page(VisitFilter filter, int first, int size, boolean newestFirst) {
        return queries.page(filter, first, size, newestFirst);
    }

    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD, Role.Names.PROJECT_MANAGER,
            Role.Names.RD_MANAGER, Role.Names.AUDITOR})
    public long count(VisitFilter filter) {
        return queries.count(filter);
    }

    private Client client(Long id) {
        Client client = id == null ? null : em.find(Client.class, id);
        if (client == null) {
            throw new NotFoundException("client", id);
        }
        return client;
    }

    private Visit load(long id, long version) {
        return Entities.requireCurrent(em, Visit.class, id, version, "visit");
    }

    private VisitDetail detail(Visit v) {
        int lockDays = settings.intValue(Setting.VISIT_LOCK_DAYS);
        return new VisitDetail(v.getId(), v.getVersion(), v.getClient().getId(), v.getClient().displayName(), v.getKind(),
                v.getScheduledAt(), v.getDurationMinutes(), v.getPlace(), Set.copyOf(v.getConsultants()),
                v.getCommercialObjectives(), v.getTechnicalObjectives(),
                v.getTopics().stream().map(TopicForm::of).toList(), Set.copyOf(v.getInvitedContactIds()), v.getStatus(),
                v.getStatusReason(), Set.copyOf(v.getAttendeeContactIds()), v.getOtherAttendees(), v.getQuestionsAnswered(),
                v.getDetectedRequirements().stream().map(r -> new VisitRecordForm.RequirementItem(r.getTitle(),
                        r.getDescription(), r.getModuleCode())).toList(), v.getCoursesSuggested(), v.getAssessment(),
                v.getRecordedAt(), v.getRecordedBy(), v.getCorrectedAt(), v.getCorrectedBy(),
                v.lockDate(lockDays, clock.getZone()), v.isLocked(clock.instant(), lockDays, clock.getZone()));
    }
}
