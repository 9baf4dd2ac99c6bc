package app.vinculo.requirements.web;

import app.vinculo.clients.boundary.CatalogueModule;
import app.vinculo.clients.boundary.ClientModuleService;
import app.vinculo.clients.boundary.ClientService;
import app.vinculo.clients.boundary.ConsultantChoice;
import app.vinculo.platform.security.Role;
import app.vinculo.platform.web.PageMessages;
import app.vinculo.platform.web.ViewIds;
import app.vinculo.requirements.boundary.QuoteDetail;
import app.vinculo.requirements.boundary.QuoteService;
import app.vinculo.requirements.boundary.RequirementRow;
import app.vinculo.requirements.boundary.RequirementService;
import app.vinculo.requirements.entity.RequirementStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code requirements/view.xhtml?id=N}: the requirement and its actions by role and status: submit for review,
 * approve (R4.1: to planning or to QUOTING), reject with a reason, plan (target, estimate, owner), start, deliver;
 * "Preparar presupuesto" for the Implementation Head while QUOTING, and the quotes that include it.
 */
@Named
@ViewScoped
public class RequirementViewBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    RequirementService requirements;

    @Inject
    QuoteService quotes;

    @Inject
    ClientService clients;

    @Inject
    ClientModuleService moduleService;

    @Inject
    SecurityContext security;

    private Long id;
    private RequirementRow requirement;
    private List<QuoteDetail> relatedQuotes = List.of();
    private List<ConsultantChoice> owners = List.of();
    private List<CatalogueModule> modules = List.of();

    // reject dialog
    private String reason;
    // plan dialog
    private LocalDate targetDate;
    private String targetVersion;
    private Integer estimateHours;
    private String owner;

    /** f:viewAction on GET. */
    public void load() throws IOException {
        if (requirement != null) {
            return;
        }
        requirement = requirements.find(ViewIds.require(id, "requirement"));
        owners = clients.consultants();
        modules = moduleService.catalogue();
        loadQuotes();
    }

    private void loadQuotes() {
        relatedQuotes = quotes.page(requirement.clientId(), null, 0, 500).stream()
                .filter(q -> q.requirementIds().contains(id)).toList();
    }

    private void done(RequirementRow r, String key) {
        requirement = r;
        loadQuotes();
        PageMessages.info(key, r.title());
    }

    public void submit() {
        done(requirements.submit(id, requirement.version()), "requirement.submitted");
    }

    public void approve() {
        RequirementRow r = requirements.approve(id, requirement.version());
        done(r, r.status() == RequirementStatus.PLANNED ? "requirement.approvedPlanned" : "requirement.approvedQuoting");
    }

    public void openReject() {
        reason = null;
    }

    public void reject() {
        done(requirements.reject(id, requirement.version(), reason), "requirement.rejected");
        reason = null;
    }

    public void openPlan() {
        targetDate = requirement.targetDate();
        targetVersion = requirement.targetVersion();
        estimateHours = requirement.estimateHours();
        owner = requirement.planOwner();
    }

    public void plan() {
        done(requirements.plan(id, requirement.version(), targetDate, blankToNull(targetVersion), estimateHours,
                blankToNull(owner)), "requirement.planSaved");
    }

    public void start() {
        done(requirements.start(id, requirement.version()), "requirement.started");
    }

    public void deliver() {
        done(requirements.deliver(id, requirement.version()), "requirement.delivered");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private boolean role(String r) {
        return security.isCallerInRole(r);
    }

    private boolean is(RequirementStatus s) {
        return requirement != null && requirement.status() == s;
    }

    public boolean isHead() {
        return role(Role.Names.IMPLEMENTATION_HEAD);
    }

    public boolean isSubmittable() {
        return is(RequirementStatus.NEW) && (role(Role.Names.CONSULTANT) || isHead());
    }

    public boolean isReviewable() {
        return is(RequirementStatus.UNDER_REVIEW) && isHead();
    }

    public boolean isPlannable() {
        return (is(RequirementStatus.PLANNED) || is(RequirementStatus.IN_PROGRESS)) && isHead();
    }

    public boolean isStartable() {
        return is(RequirementStatus.PLANNED) && requirement.planOwner() != null && (isHead() || role(Role.Names.CONSULTANT));
    }

    public boolean isDeliverable() {
        return is(RequirementStatus.IN_PROGRESS) && (isHead() || role(Role.Names.CONSULTANT));
    }

    public boolean isQuotable() {
        return is(RequirementStatus.QUOTING) && isHead();
    }

    public boolean isPlanned() {
        return requirement != null && (requirement.targetDate() != null || requirement.targetVersion() != null
                || requirement.estimateHours() != null || requirement.planOwner() != null);
    }

    public String statusSeverity(RequirementStatus s) {
        return RequirementListBacking.severity(s);
    }

    public String ownerName(String username) {
        if (username == null) {
            return "—";
        }
        return owners.stream().filter(c -> c.username().equals(username)).map(ConsultantChoice::displayName)
                .filter(n -> n != null && !n.isBlank()).findFirst().orElse(username);
    }

    public String moduleName(String code) {
        if (code == null) {
            return "—";
        }
        return modules.stream().filter(m -> m.code().equals(code)).map(CatalogueModule::name).findFirst().orElse(code);
    }

    public Long getId() { return id; }
    public void setId(Long v) { id = v; }
    public RequirementRow getRequirement() { return requirement; }
    public List<QuoteDetail> getRelatedQuotes() { return relatedQuotes; }
    public List<ConsultantChoice> getOwners() { return owners; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
    public LocalDate getTargetDate() { return targetDate; }
    public void setTargetDate(LocalDate v) { targetDate = v; }
    public String getTargetVersion() { return targetVersion; }
    public void setTargetVersion(String v) { targetVersion = v; }
    public Integer getEstimateHours() { return estimateHours; }
    public void setEstimateHours(Integer v) { estimateHours = v; }
    public String getOwner() { return owner; }
    public void setOwner(String v) { owner = v; }
}
