package app.vinculo.clients.web;

import app.vinculo.agreements.boundary.AgreementForm;
import app.vinculo.agreements.boundary.AgreementGlance;
import app.vinculo.agreements.boundary.AgreementRow;
import app.vinculo.agreements.boundary.AgreementService;
import app.vinculo.agreements.entity.AgreementStatus;
import app.vinculo.agreements.entity.AgreementType;
import app.vinculo.agreements.entity.Currency;
import app.vinculo.clients.boundary.CatalogueModule;
import app.vinculo.clients.boundary.ClientDetail;
import app.vinculo.clients.boundary.ClientService;
import app.vinculo.clients.boundary.ConsultantChoice;
import app.vinculo.clients.boundary.ContactForm;
import app.vinculo.clients.boundary.ContactRow;
import app.vinculo.clients.boundary.ModuleRow;
import app.vinculo.clients.entity.ModuleStatus;
import app.vinculo.platform.error.NotFoundException;
import app.vinculo.platform.security.Role;
import app.vinculo.platform.timeline.TimelineEntry;
import app.vinculo.platform.web.DisplayFormat;
import app.vinculo.platform.web.PageMessages;
import app.vinculo.platform.web.Texts;
import app.vinculo.training.boundary.ContactCourseRow;
import app.vinculo.training.boundary.EditionService;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code clients/view.xhtml?id=N}: the client page. Header with the agreements at a glance and the days since the
 * last contact; actions (edit, deactivate/reactivate, assistance request, assign consultants for Implementation
 * Heads); tabs for contacts, modules (growth room), agreements (PMs create, renew and cancel; R1.2) and the
 * timeline. An unknown id gives the 404 page.
 */
@Named
@ViewScoped
public class ClientViewBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Timeline entries loaded per step ("Ver más"). */
    static final int TIMELINE_PAGE = 20;

    /** Prefixes of labels for enum codes that timeline entries carry as arguments. */
    private static final List<String> CODE_LABELS = List.of("agreement.type.", "agreement.status.", "gate.reason.",
            "regularization.status.", "module.status.", "visit.kind.", "followup.channel.", "followup.nature.",
            "requirement.status.", "quote.status.");

    private static final Map<String, String> KIND_ICONS = Map.of(
            "AGREEMENT", "pi pi-file", "REGULARIZATION", "pi pi-briefcase", "ASSISTANCE", "pi pi-question-circle",
            "VISIT", "pi pi-map-marker", "FOLLOW_UP", "pi pi-comments", "REQUIREMENT", "pi pi-list",
            "QUOTE", "pi pi-dollar", "COURSE", "pi pi-book", "RELEASE", "pi pi-box");

    @Inject
    ClientService clients;

    @Inject
    AgreementService agreements;

    @Inject
    EditionService editions;

    @Inject
    SecurityContext security;

    @Inject
    DisplayFormat format;

    private Long id;
    private ClientDetail client;
    private List<ConsultantChoice> consultants;
    private List<CatalogueModule> catalogue;
    private List<AgreementGlance> glance;
    private List<ContactRow> contacts;
    private List<ModuleRow> modules;
    private List<AgreementRow> agreementRows;

    // contact dialog
    private Long contactId;
    private ContactForm contactForm = new ContactForm();
    private List<String> contactModules = new ArrayList<>();

    // a contact's courses
    private String coursesContact;
    private List<ContactCourseRow> contactCourses = List.of();

    // module dialog
    private String moduleCode;
    private String moduleName;
    private ModuleStatus moduleStatus;
    private LocalDate moduleSince;
    private String moduleVersion;
    private String moduleNote;

    // agreement dialogs
    private Long renewingId;
    private long renewingVersion;
    private AgreementForm agreementForm = new AgreementForm();
    private Long cancellingId;
    private long cancellingVersion;
    private String cancelReason;

    // assignment dialog
    private String lead;
    private List<String> others = new ArrayList<>();

    // timeline
    private List<String> timelineKinds;
    private List<String> kindFilter = new ArrayList<>();
    private List<TimelineEntry> timeline = new ArrayList<>();
    private boolean timelineMore;

    /** f:viewAction on GET: an unknown or missing id gives the 404 page. */
    public void load() throws IOException {
        if (id == null) {
            notFound();
            return;
        }
        try {
            client = clients.find(id);
        } catch (NotFoundException e) {
            notFound();
            return;
        }
        consultants = clients.consultants();
        catalogue = clients.catalogue();
        timelineKinds = new ArrayList<>(clients.timelineKinds());
        refresh();
        reloadTimeline();
    }

    private static void notFound() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().responseSendError(404, "");
        context.responseComplete();
    }

    private void refresh() {
        client = clients.find(id);
        glance = agreements.glance(id);
        contacts = clients.contacts(id);
        modules = clients.modules(id);
        agreementRows = agreements.forClient(id);
    }

    // ---- header ---------------------------------------------------------------------------------------------

    public void deactivate() {
        clients.deactivate(id, client.version());
        refresh();
        PageMessages.info("client.deactivated", client.legalName());
    }

    public void reactivate() {
        clients.reactivate(id);
        refresh();
        PageMessages.info("client.reactivated", client.legalName());
    }

    public String consultantName(String username) {
        if (username == null) {
            return "";
        }
        return consultants.stream().filter(c -> c.username().equals(username)).map(ConsultantChoice::displayName)
                .filter(n -> n != null && !n.isBlank()).findFirst().orElse(username);
    }

    /** "Hace 12 días" or "Sin contactos registrados". */
    public String getDaysText() {
        Long days = client.daysSinceContact();
        return days == null ? PageMessages.text("clients.neverContacted") : PageMessages.text("client.daysAgo", days);
    }

    /** The other consultants (not the lead), by name. */
    public String otherConsultants() {
        return client.consultants().stream().filter(c -> !Objects.equals(c, client.leadConsultant()))
                .map(this::consultantName).sorted().collect(Collectors.joining(", "));
    }

    /** "A&M vigente hasta 31/12/2026", "Sin A&M"…: the text of a glance tag. */
    public String glanceText(AgreementGlance g) {
        String state = g.status() == null ? "NONE" : g.status().name();
        return PageMessages.text("glance." + state + "." + g.type().name(), format.date(g.start()), format.date(g.end()));
    }

    public String glanceSeverity(AgreementGlance g) {
        if (g.status() == null) {
            return g.type() == AgreementType.SUPPORT_MAINTENANCE ? "danger" : "secondary";
        }
        return switch (g.status()) {
            case ACTIVE -> "success";
            case FUTURE -> "info";
            case EXPIRED, CANCELLED -> g.type() == AgreementType.SUPPORT_MAINTENANCE ? "danger" : "warning";
        };
    }

    public void openAssign() {
        lead = client.leadConsultant();
        others = client.consultants().stream().filter(c -> !Objects.equals(c, lead)).collect(Collectors.toList());
    }

    public void assign() {
        Set<String> rest = new LinkedHashSet<>(others == null ? List.of() : others);
        rest.remove(lead);
        clients.assign(id, lead, rest);
        refresh();
        PageMessages.info("client.assigned", client.legalName());
    }

    // ---- contacts --------------------------------------------------------------------------------------------

    public void newContact() {
        contactId = null;
        contactForm = new ContactForm();
        contactModules = new ArrayList<>();
    }

    public void editContact(ContactRow row) {
        contactId = row.id();
        contactForm = row.toForm();
        contactModules = new ArrayList<>(row.keyUserOf());
    }

    public void saveContact() {
        contactForm.setKeyUserOf(new LinkedHashSet<>(contactModules == null ? List.of() : contactModules));
        ContactRow saved = contactId == null ? clients.addContact(id, contactForm)
                : clients.updateContact(contactId, contactForm);
        contacts = clients.contacts(id);
        PageMessages.info(contactId == null ? "contact.created" : "contact.saved", saved.name());
        contactId = saved.id();
    }

    /** The contact's history of courses (invited, registered, attended), newest first. */
    public void showCourses(ContactRow row) {
        coursesContact = row.name();
        contactCourses = editions.coursesOfContact(row.id());
    }

    public String moduleName(String code) {
        return catalogue.stream().filter(m -> m.code().equals(code)).map(CatalogueModule::name).findFirst().orElse(code);
    }

    public List<String> keyUserNames(ContactRow row) {
        return row.keyUserOf().stream().map(this::moduleName).sorted().toList();
    }

    // ---- modules ---------------------------------------------------------------------------------------------

    public void editModule(ModuleRow row) {
        moduleCode = row.code();
        moduleName = row.name();
        moduleStatus = row.status();
        moduleSince = row.since();
        moduleVersion = row.versionLabel();
        moduleNote = row.note();
    }

    public void saveModule() {
        clients.setModule(id, moduleCode, moduleStatus, moduleStatus == ModuleStatus.INSTALLED ? moduleSince : null,
                blankToNull(moduleVersion), blankToNull(moduleNote));
        modules = clients.modules(id);
        PageMessages.info("module.saved", moduleName);
    }

    /** The modules not installed: the account's growth room. */
    public List<ModuleRow> getGrowthRoom() {
        return modules.stream().filter(ModuleRow::growthRoom).toList();
    }

    public List<ModuleRow> getOpportunities() {
        return modules.stream().filter(m -> m.status() == ModuleStatus.OF_INTEREST).toList();
    }

    public String moduleSeverity(ModuleStatus status) {
        if (status == null) {
            return "secondary";
        }
        return switch (status) {
            case INSTALLED -> "success";
            case OF_INTEREST -> "info";
            case NOT_INTERESTED -> "warning";
        };
    }

    // ---- agreements ------------------------------------------------------------------------------------------

    public void newAgreement() {
        renewingId = null;
        agreementForm = new AgreementForm();
        LocalDate today = LocalDate.now(format.getZone());
        agreementForm.setStart(today);
        agreementForm.setEnd(today.plusYears(1).minusDays(1));
    }

    /** Renewal prefilled with the next period: the day after the end, for the same length, same terms. */
    public void renewAgreement(AgreementRow row) {
        renewingId = row.id();
        renewingVersion = row.version();
        agreementForm = new AgreementForm();
        agreementForm.setType(row.type());
        LocalDate start = row.end().plusDays(1);
        agreementForm.setStart(start);
        agreementForm.setEnd(start.plusDays(java.time.temporal.ChronoUnit.DAYS.between(row.start(), row.end())));
        agreementForm.setHours(row.hours());
        agreementForm.setFee(row.fee());
        agreementForm.setCurrency(row.currency() == null ? Currency.ARS : row.currency());
        agreementForm.setTerms(row.terms());
    }

    public void saveAgreement() {
        AgreementRow saved = renewingId == null ? agreements.create(id, agreementForm)
                : agreements.renew(renewingId, renewingVersion, agreementForm);
        refresh();
        PageMessages.info(renewingId == null ? "agreement.created" : "agreement.renewed",
                typeLabel(saved.type()), format.date(saved.start()), format.date(saved.end()));
        renewingId = null;
    }

    public void openCancel(AgreementRow row) {
        cancellingId = row.id();
        cancellingVersion = row.version();
        cancelReason = null;
    }

    public void cancelAgreement() {
        AgreementRow cancelled = agreements.cancel(cancellingId, cancellingVersion, cancelReason);
        refresh();
        PageMessages.info("agreement.cancelled", typeLabel(cancelled.type()));
    }

    public boolean renewable(AgreementRow row) {
        return row.status() != AgreementStatus.CANCELLED
                && agreementRows.stream().noneMatch(a -> Objects.equals(a.previousId(), row.id()));
    }

    public boolean cancellable(AgreementRow row) {
        return row.status() == AgreementStatus.ACTIVE || row.status() == AgreementStatus.FUTURE;
    }

    public String agreementSeverity(AgreementStatus status) {
        return switch (status) {
            case ACTIVE -> "success";
            case FUTURE -> "info";
            case EXPIRED -> "warning";
            case CANCELLED -> "danger";
        };
    }

    public String typeLabel(AgreementType type) {
        return PageMessages.text("agreement.type." + type.name());
    }

    /** The agreement a renewal came from, as its period. */
    public String renewedFrom(AgreementRow row) {
        if (row.previousId() == null) {
            return "";
        }
        return agreementRows.stream().filter(a -> a.id().equals(row.previousId())).findFirst()
                .map(a -> format.date(a.start()) + " – " + format.date(a.end()))
                .orElse("#" + row.previousId());
    }

    // ---- timeline --------------------------------------------------------------------------------------------

    public void reloadTimeline() {
        List<TimelineEntry> page = clients.timeline(id, null, TIMELINE_PAGE + 1, kinds());
        timelineMore = page.size() > TIMELINE_PAGE;
        timeline = new ArrayList<>(page.subList(0, Math.min(page.size(), TIMELINE_PAGE)));
    }

    /** "Ver más": the next entries before the oldest one shown. */
    public void moreTimeline() {
        if (timeline.isEmpty()) {
            reloadTimeline();
            return;
        }
        Instant before = timeline.get(timeline.size() - 1).at();
        List<TimelineEntry> page = clients.timeline(id, before, TIMELINE_PAGE + 1, kinds());
        timelineMore = page.size() > TIMELINE_PAGE;
        timeline.addAll(page.subList(0, Math.min(page.size(), TIMELINE_PAGE)));
    }

    private Set<String> kinds() {
        return kindFilter == null || kindFilter.isEmpty() ? Set.of() : new LinkedHashSet<>(kindFilter);
    }

    /** The entry's text in the page's language, enum codes among its arguments translated. */
    public String entryText(TimelineEntry entry) {
        ResourceBundle bundle = Texts.bundle(PageMessages.locale());
        Object[] args = entry.arguments().stream().map(a -> {
            if (a == null) {
                return "";
            }
            for (String prefix : CODE_LABELS) {
                if (bundle.containsKey(prefix + a)) {
                    return bundle.getString(prefix + a);
                }
            }
            return a;
        }).toArray();
        return Texts.text(PageMessages.locale(), entry.messageKey(), args);
    }

    public String kindLabel(String kind) {
        String key = "timeline.kind." + kind;
        String text = PageMessages.text(key);
        return key.equals(text) ? kind : text;
    }

    public String kindIcon(String kind) {
        return KIND_ICONS.getOrDefault(kind, "pi pi-circle");
    }

    /** A link of an entry, below the portal root, as an absolute path. */
    public String entryLink(TimelineEntry entry) {
        if (entry.link() == null || entry.link().isBlank()) {
            return null;
        }
        String path = entry.link().startsWith("/") ? entry.link() : "/" + entry.link();
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + path;
    }

    // ---- roles -----------------------------------------------------------------------------------------------

    public boolean isWriter() {
        return security.isCallerInRole(Role.Names.CONSULTANT) || security.isCallerInRole(Role.Names.IMPLEMENTATION_HEAD)
                || security.isCallerInRole(Role.Names.PROJECT_MANAGER);
    }

    public boolean isProjectManager() {
        return security.isCallerInRole(Role.Names.PROJECT_MANAGER);
    }

    public boolean isImplementationHead() {
        return security.isCallerInRole(Role.Names.IMPLEMENTATION_HEAD);
    }

    public boolean isAssistance() {
        return security.isCallerInRole(Role.Names.CONSULTANT) || security.isCallerInRole(Role.Names.IMPLEMENTATION_HEAD);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    // ---- getters and setters ---------------------------------------------------------------------------------

    public AgreementType[] getAgreementTypes() {
        return AgreementType.values();
    }

    public Currency[] getCurrencies() {
        return Currency.values();
    }

    public ModuleStatus[] getModuleStatuses() {
        return ModuleStatus.values();
    }

    public List<CatalogueModule> getActiveModules() {
        return catalogue.stream().filter(CatalogueModule::active).toList();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public ClientDetail getClient() { return client; }
    public List<ConsultantChoice> getConsultants() { return consultants; }
    public List<AgreementGlance> getGlance() { return glance; }
    public List<ContactRow> getContacts() { return contacts; }
    public List<ModuleRow> getModules() { return modules; }
    public List<AgreementRow> getAgreementRows() { return agreementRows; }
    public Long getContactId() { return contactId; }
    public ContactForm getContactForm() { return contactForm; }
    public List<String> getContactModules() { return contactModules; }
    public void setContactModules(List<String> v) { contactModules = v; }
    public String getCoursesContact() { return coursesContact; }
    public List<ContactCourseRow> getContactCourses() { return contactCourses; }
    public String getModuleCode() { return moduleCode; }
    public String getModuleName() { return moduleName; }
    public ModuleStatus getModuleStatus() { return moduleStatus; }
    public void setModuleStatus(ModuleStatus v) { moduleStatus = v; }
    public LocalDate getModuleSince() { return moduleSince; }
    public void setModuleSince(LocalDate v) { moduleSince = v; }
    public String getModuleVersion() { return moduleVersion; }
    public void setModuleVersion(String v) { moduleVersion = v; }
    public String getModuleNote() { return moduleNote; }
    public void setModuleNote(String v) { moduleNote = v; }
    public Long getRenewingId() { return renewingId; }
    public AgreementForm getAgreementForm() { return agreementForm; }
    public String getCancelReason() { return cancelReason; }
    public void setCancelReason(String v) { cancelReason = v; }
    public String getLead() { return lead; }
    public void setLead(String v) { lead = v; }
    public List<String> getOthers() { return others; }
    public void setOthers(List<String> v) { others = v; }
    public List<String> getTimelineKinds() { return timelineKinds; }
    public List<String> getKindFilter() { return kindFilter; }
    public void setKindFilter(List<String> v) { kindFilter = v; }
    public List<TimelineEntry> getTimeline() { return timeline; }
    public boolean isTimelineMore() { return timelineMore; }
}
