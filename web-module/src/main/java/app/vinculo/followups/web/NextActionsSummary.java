package app.vinculo.followups.web;

import app.vinculo.followups.boundary.FollowUpRow;
import app.vinculo.followups.boundary.FollowUpService;
import app.vinculo.platform.security.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The menu badge and the home card: how many open next actions the signed-in user has, and how many are overdue. */
@Named
@RequestScoped
public class NextActionsSummary {

    private static final Logger LOG = Logger.getLogger(NextActionsSummary.class.getName());

    @Inject
    FollowUpService followUps;

    @Inject
    SecurityContext security;

    private Long count;
    private Long overdue;

    public boolean isAvailable() {
        return security.getCallerPrincipal() != null && (security.isCallerInRole(Role.Names.CONSULTANT)
                || security.isCallerInRole(Role.Names.IMPLEMENTATION_HEAD)
                || security.isCallerInRole(Role.Names.PROJECT_MANAGER));
    }

    public long getCount() {
        if (count == null) {
            try {
                count = isAvailable() ? followUps.myNextActionsCount() : 0L;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not count the next actions", e);
                count = 0L;
            }
        }
        return count;
    }

    /** The badge text: empty when there is nothing open (no badge). */
    public String getBadge() {
        return getCount() == 0 ? null : String.valueOf(getCount());
    }

    public long getOverdue() {
        if (overdue == null) {
            try {
                List<FollowUpRow> rows = isAvailable() && getCount() > 0
                        ? followUps.myNextActions(0, NextActionsBacking.MAX) : List.of();
                overdue = rows.stream().filter(FollowUpRow::overdue).count();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not read the next actions", e);
                overdue = 0L;
            }
        }
        return overdue;
    }
}
