package app.vinculo.releases.web;

import app.vinculo.admin.boundary.StaffDirectory;
import app.vinculo.clients.boundary.CatalogueModule;
import app.vinculo.clients.boundary.ClientModuleService;
import app.vinculo.platform.security.Role;
import app.vinculo.platform.web.PageMessages;
import app.vinculo.platform.web.PagedRows;
import app.vinculo.platform.web.ViewIds;
import app.vinculo.releases.boundary.CampaignDetail;
import app.vinculo.releases.boundary.CampaignService;
import app.vinculo.releases.boundary.ChangeForm;
import app.vinculo.releases.boundary.ChangeRow;
import app.vinculo.releases.boundary.ImpactedClientRow;
import app.vinculo.releases.boundary.ReleaseForm;
import app.vinculo.releases.boundary.ReleaseImpactService;
import app.vinculo.releases.boundary.ReleaseRow;
import app.vinculo.releases.boundary.ReleaseService;
import app.vinculo.releases.entity.ChangeKind;
import app.vinculo.releases.entity.ReleaseStatus;
import app.vinculo.reminders.entity.Recipient;
import app.vinculo.requirements.boundary.RequirementRow;
import app.vinculo.requirements.boundary.RequirementService;
import app.vinculo.requirements.entity.RequirementStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.primefaces.model.LazyDataModel;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * {@code releases/view.xhtml?id=N}: a release — details, its changes (added, edited and removed one by one or pasted
 * as a list while DRAFT, by R&amp;D), publication with a confirmation (R6.1), the impacted clients (paged, CSV/XLSX) and
 * its test campaign (opened here by the Implementation Head).
 */
@Named
@ViewScoped
public class ReleaseViewBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Requirements offered per status in the change dialog (the ones a change may deliver). */
    private static final int REQUIREMENT_CHOICES = 200;

    /** A requirement a change may deliver, as the change dialog offers it. */
    public record RequirementChoice(Long id, String label) implements Serializable {
    }

    @Inject
    ReleaseService releases;

    @Inject
    ReleaseImpactService impact;

    @Inject
    CampaignService campaigns;

    @Inject
    ClientModuleService moduleService;

    @Inject
    RequirementService requirements;

    @Inject
    StaffDirectory staff;

    @Inject
    SecurityContext security;

    private Long id;
    private ReleaseRow release;
    private List<ChangeRow> changes = List.of();
    private Map<String, String> moduleNames = Map.of();
    private String publisherName;
    private List<CatalogueModule> modules = List.of();

    // details dialog
    private ReleaseForm form = new ReleaseForm();
    // change dialog
    private Long changeId;
    private ChangeForm changeForm = new ChangeForm();
    private List<RequirementChoice> requirementChoices;
    // paste dialog
    private String pasteText;

    private final LazyDataModel<ImpactedClientRow> impacted = new PagedRows<>(() -> impact.countImpacted(id),
            (first, size, sort, asc) -> impact.impactedClients(id, first, size), ImpactedClientRow::clientId);

    /** f:viewAction on GET. */
    public void load() throws IOException {
        if (release != null) {
            return;
        }
        release = releases.find(ViewIds.require(id, "release"));
        changes = releases.changes(id);
        List<CatalogueModule> catalogue = moduleService.catalogue();
        Map<String, String> names = new LinkedHashMap<>();
        catalogue.forEach(m -> names.put(m.code(), m.name()));
        moduleNames = names;
        modules = catalogue.stream().filter(CatalogueModule::active).toList();
    }

    private void reload() {
        release = releases.find(id);
        changes = releases.changes(id);
    }

    // ---- details ---------------------------------------------------------------------------------------------------

    public void openEdit() {
        form = release.toForm();
    }

    public void save() {
        release = releases.update(id, form);
        PageMessages.info("release.saved", release.label());
    }

    /** R6.1: the Implementation Heads get the list of developments and modifications by e-mail. */
    public void publish() {
        release = releases.publish(id, release.version());
        changes = releases.changes(id);
        PageMessages.info("release.published", release.label());
    }

    /** The Implementation Head opens the test campaign (one case per change) and goes there. */
    public String openCampaign() {
        CampaignDetail campaign = campaigns.open(id);
        PageMessages.flashInfo("campaign.opened", campaign.releaseLabel(), campaign.total());
        return "/releases/campaign?faces-redirect=true&id=" + campaign.id();
    }

    // ---- changes ---------------------------------------------------------------------------------------------------

    public void newChange() {
        changeId = null;
        changeForm = new ChangeForm();
        requirementChoices = loadRequirementChoices();
    }

    public void editChange(ChangeRow row) {
        changeId = row.id();
        changeForm = new ChangeForm(row.kind(), row.moduleCode(), row.description(), row.requirementId());
        requirementChoices = loadRequirementChoices();
    }

    public void saveChange() {
        ChangeRow saved = changeId == null ? releases.addChange(id, changeForm) : releases.updateChange(changeId, changeForm);
        PageMessages.info(changeId == null ? "change.added" : "change.saved", saved.description());
        changeId = saved.id();
        reload();
    }

    public void removeChange(ChangeRow row) {
        releases.removeChange(row.id());
        PageMessages.info("change.removed", row.description());
        reload();
    }

    public void openPaste() {
        // what a refused paste left stays, so the user fixes it; a new paste starts empty
        if (pasteText != null && pasteText.isBlank()) {
            pasteText = null;
        }
    }

    /** Adds every line, or nothing: a refusal names the faulty lines and the text stays in the dialog. */
    public void paste() {
        int added = releases.pasteChanges(id, pasteText);
        pasteText = null;
        PageMessages.info("change.pasted", added);
        reload();
    }

    /**
     * Requirements approved for development (planned or in progress), and the one the change already delivers; read
     * when the change dialog opens (not with every page).
     */
    private List<RequirementChoice> loadRequirementChoices() {
        Map<Long, RequirementChoice> choices = new LinkedHashMap<>();
        for (RequirementStatus s : List.of(RequirementStatus.IN_PROGRESS, RequirementStatus.PLANNED)) {
            for (RequirementRow r : requirements.page(null, s, 0, REQUIREMENT_CHOICES)) {
                choices.put(r.id(), new RequirementChoice(r.id(), "#" + r.id() + " · " + r.title() + " (" + r.clientName() + ")"));
            }
        }
        Long current = changeForm.getRequirementId();
        if (current != null && !choices.containsKey(current)) {
            changes.stream().filter(c -> current.equals(c.requirementId())).findFirst().ifPresent(c -> choices.put(current,
                    new RequirementChoice(current, "#" + current + " · " + c.requirementTitle() + " (" + c.clientName() + ")")));
        }
        return new ArrayList<>(choices.values());
    }

    public List<RequirementChoice> getRequirementChoices() {
        return requirementChoices == null ? List.of() : requirementChoices;
    }

    // ---- for the page ----------------------------------------------------------------------------------------------

    /** Who published the release, by name. */
    public String getPublisherName() {
        if (release == null || release.publishedBy() == null) {
            return "";
        }
        if (publisherName == null) {
            publisherName = staff.user(release.publishedBy()).map(Recipient::name).filter(n -> n != null && !n.isBlank())
                    .orElse(release.publishedBy());
        }
        return publisherName;
    }

    public String moduleName(String code) {
        return code == null ? "" : moduleNames.getOrDefault(code, code);
    }

    /** Active modules of the catalogue, for the change dialog. */
    public List<CatalogueModule> getModules() {
        return modules;
    }

    /** The module codes, for the paste dialog's explanation. */
    public String getModuleCodes() {
        return String.join(", ", moduleNames.keySet().stream().sorted().toList());
    }

    /** The touched modules a client has installed, by code. */
    public List<String> modulesOf(ImpactedClientRow row) {
        return row.modules() == null ? List.of() : List.copyOf(new TreeSet<>(row.modules()));
    }

    /** The same, by name, for the exports. */
    public String modulesText(ImpactedClientRow row) {
        return modulesOf(row).stream().map(this::moduleName).collect(Collectors.joining(", "));
    }

    public static String kindSeverity(ChangeKind k) {
        if (k == null) {
            return "secondary";
        }
        return switch (k) {
            case NEW_DEVELOPMENT -> "success";
            case MODIFICATION -> "info";
            case FIX -> "warning";
        };
    }

    public String severityOf(ChangeKind k) {
        return kindSeverity(k);
    }

    public String statusSeverity(ReleaseStatus s) {
        return ReleaseListBacking.severity(s);
    }

    public String exportName() {
        return PageMessages.text("export.file.impacted", release == null ? "" : release.label());
    }

    public boolean isDraft() {
        return release != null && release.status() == ReleaseStatus.DRAFT;
    }

    /** R&amp;D edits details and changes, and publishes, while DRAFT. */
    public boolean isEditable() {
        return isDraft() && security.isCallerInRole(Role.Names.RD_MANAGER);
    }

    public boolean isCampaignOpenable() {
        return release != null && release.status() == ReleaseStatus.PUBLISHED && release.campaignId() == null
                && security.isCallerInRole(Role.Names.IMPLEMENTATION_HEAD);
    }

    public ChangeKind[] getKinds() { return ChangeKind.values(); }
    public Long getId() { return id; }
    public void setId(Long v) { id = v; }
    public ReleaseRow getRelease() { return release; }
    public List<ChangeRow> getChanges() { return changes; }
    public ReleaseForm getForm() { return form; }
    public Long getChangeId() { return changeId; }
    public ChangeForm getChangeForm() { return changeForm; }
    public String getPasteText() { return pasteText; }
    public void setPasteText(String v) { pasteText = v; }
    public LazyDataModel<ImpactedClientRow> getImpacted() { return impacted; }
}
