package app.vinculo.training.web;

import app.vinculo.platform.security.Role;
import app.vinculo.training.boundary.CourseSuggestion;
import app.vinculo.training.boundary.RcuService;
import app.vinculo.training.entity.SuggestionSource;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code training/suggestions.xhtml}: R5.3 suggested courses — modules shared by at least N clients (a module of
 * interest, an open requirement, a visit topic) with no upcoming edition, the clients behind each, and a button that
 * starts an edition of a covering course for exactly those clients.
 */
@Named
@ViewScoped
public class SuggestionsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    RcuService rcu;

    @Inject
    SecurityContext security;

    private List<CourseSuggestion> suggestions;

    /** f:viewAction on GET. */
    public void load() {
        if (suggestions == null) {
            suggestions = rcu.suggestions();
        }
    }

    /** The query string that starts an edition of {@code courseId} for the suggestion's clients. */
    public String clientIds(CourseSuggestion s) {
        return s.clientIds().stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    public List<SuggestionSource> reasons(CourseSuggestion.SuggestedClient c) {
        return c.reasons().stream().sorted().toList();
    }

    public boolean isPlanner() {
        return security.isCallerInRole(Role.Names.IMPLEMENTATION_HEAD) || security.isCallerInRole(Role.Names.CONSULTANT);
    }

    public boolean isHead() {
        return security.isCallerInRole(Role.Names.IMPLEMENTATION_HEAD);
    }

    public List<CourseSuggestion> getSuggestions() { return suggestions; }
}
