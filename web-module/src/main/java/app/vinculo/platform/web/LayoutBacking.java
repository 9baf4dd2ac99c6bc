package app.vinculo.platform.web;

import app.vinculo.admin.boundary.UserRow;
import app.vinculo.admin.boundary.UserService;
import app.vinculo.platform.clock.ClockService;
import app.vinculo.platform.security.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the master template shows around every page: who is signed in, and which menu entries their roles may use.
 * Hiding an entry is a convenience; the boundaries decide.
 */
@Named
@RequestScoped
public class LayoutBacking {

    private static final Logger LOG = Logger.getLogger(LayoutBacking.class.getName());

    @Inject
    UserService users;

    @Inject
    ClockService clock;

    @Inject
    SecurityContext security;

    private Optional<UserRow> current;
    private Boolean demo;

    public boolean isSignedIn() {
        return security.getCallerPrincipal() != null;
    }

    public String getDisplayName() {
        return currentUser().map(UserRow::displayName).filter(n -> !n.isBlank())
                .orElseGet(() -> isSignedIn() ? security.getCallerPrincipal().getName() : "");
    }

    public boolean hasRole(String role) {
        return isSignedIn() && security.isCallerInRole(role);
    }

    /** Users, settings and audit trail: administrators, and auditors to read. */
    public boolean isAdministration() {
        return hasRole(Role.Names.ADMIN) || hasRole(Role.Names.AUDITOR);
    }

    public boolean isAdmin() {
        return hasRole(Role.Names.ADMIN);
    }

    public boolean isAuditor() {
        return hasRole(Role.Names.AUDITOR);
    }

    public boolean isConsultant() {
        return hasRole(Role.Names.CONSULTANT) || hasRole(Role.Names.IMPLEMENTATION_HEAD);
    }

    public boolean isImplementationHead() {
        return hasRole(Role.Names.IMPLEMENTATION_HEAD);
    }

    public boolean isProjectManager() {
        return hasRole(Role.Names.PROJECT_MANAGER);
    }

    public boolean isRdManager() {
        return hasRole(Role.Names.RD_MANAGER);
    }

    /** Clients: everyone who works with clients reads them (and uses the top bar's search). */
    public boolean isClientReader() {
        return hasRole(Role.Names.CONSULTANT) || hasRole(Role.Names.IMPLEMENTATION_HEAD)
                || hasRole(Role.Names.PROJECT_MANAGER) || hasRole(Role.Names.RD_MANAGER) || hasRole(Role.Names.AUDITOR);
    }

    /** Create and edit clients, contacts and modules. */
    public boolean isClientWriter() {
        return hasRole(Role.Names.CONSULTANT) || hasRole(Role.Names.IMPLEMENTATION_HEAD)
                || hasRole(Role.Names.PROJECT_MANAGER);
    }

    /** Visits: consultants and Implementation Heads plan and record them; PMs, R&amp;D managers and auditors read. */
    public boolean isVisits() {
        return isClientReader();
    }

    /** Requirements: consultants and Implementation Heads register and review them; PMs and auditors read. */
    public boolean isRequirements() {
        return hasRole(Role.Names.CONSULTANT) || hasRole(Role.Names.IMPLEMENTATION_HEAD)
                || hasRole(Role.Names.PROJECT_MANAGER) || hasRole(Role.Names.AUDITOR);
    }

    /** Quotes: Implementation Heads draft them, PMs approve and send them; auditors and consultants read. */
    public boolean isQuotes() {
        return isRequirements();
    }

    /** Courses, editions and the calendar of sessions: everyone who reads clients (planning is checked by the boundary). */
    public boolean isTraining() {
        return isClientReader();
    }

    /** The RCU report: consultants, Implementation Heads, PMs and auditors. */
    public boolean isCourseRegister() {
        return hasRole(Role.Names.CONSULTANT) || hasRole(Role.Names.IMPLEMENTATION_HEAD)
                || hasRole(Role.Names.PROJECT_MANAGER) || hasRole(Role.Names.AUDITOR);
    }

    /** "Próximas acciones": those who record follow-ups and own their next actions. */
    public boolean isNextActions() {
        return isClientWriter();
    }

    /** Record assistance requests (R1.3). */
    public boolean isAssistance() {
        return hasRole(Role.Names.CONSULTANT) || hasRole(Role.Names.IMPLEMENTATION_HEAD);
    }

    /** The regularisation cases (R1.4): PMs act, Implementation Heads and auditors read. */
    public boolean isRegularizations() {
        return hasRole(Role.Names.PROJECT_MANAGER) || hasRole(Role.Names.IMPLEMENTATION_HEAD)
                || hasRole(Role.Names.AUDITOR);
    }

    /** Releases and test campaigns (§6): R&amp;D publishes, the Implementation department tests, the rest read. */
    public boolean isReleases() {
        return isClientReader();
    }

    /** KPIs and the ISO 9001 evidence pack: Implementation Heads, PMs and auditors. */
    public boolean isKpis() {
        return hasRole(Role.Names.IMPLEMENTATION_HEAD) || hasRole(Role.Names.PROJECT_MANAGER) || hasRole(Role.Names.AUDITOR);
    }

    /** The demo clock entry: admins, in demo mode only. */
    public boolean isDemoClock() {
        if (!isAdmin()) {
            return false;
        }
        if (demo == null) {
            try {
                demo = clock.demo();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not ask for demo mode", e);
                demo = false;
            }
        }
        return demo;
    }

    private Optional<UserRow> currentUser() {
        if (current == null) {
            try {
                current = isSignedIn() ? users.current() : Optional.empty();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not read the signed-in user", e);
                current = Optional.empty();
            }
        }
        return current;
    }
}
