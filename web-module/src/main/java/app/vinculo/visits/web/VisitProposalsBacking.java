package app.vinculo.visits.web;

import app.vinculo.clients.boundary.CatalogueModule;
import app.vinculo.platform.web.PageMessages;
import app.vinculo.visits.boundary.PeopleAdvice;
import app.vinculo.visits.boundary.ProposedContact;
import app.vinculo.visits.boundary.ProposedTopic;
import app.vinculo.visits.boundary.TopicForm;
import app.vinculo.visits.boundary.VisitAssistantService;
import app.vinculo.visits.entity.TopicSource;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The visit preparation assistant on {@code visits/edit.xhtml} (included once, WEB-INF/includes/visit-proposals.xhtml):
 * the proposed topics with their source and reason and a one-click "add to plan" (R2.4), "add the main ones", and who
 * should be there with "invite". It edits the plan held by {@link VisitEditBacking} (the same view); saving and
 * confirming stay the plan's own (R1.3, R2.1, R2.2). {@code ?prefill=1} on a new plan adds the main proposals at once
 * ("plan a visit" from "who to visit next").
 */
@Named
@ViewScoped
public class VisitProposalsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    VisitEditBacking edit;

    @Inject
    VisitAssistantService assistant;

    private Long clientId;
    private List<ProposedTopic> topics = List.of();
    private PeopleAdvice people = new PeopleAdvice(List.of(), List.of());
    private boolean prefilled;

    /** preRenderView: on the first GET with {@code prefill=1}, the main proposals go into the new plan. */
    public void init() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context.isPostback() || prefilled) {
            return;
        }
        prefilled = true;
        current();
        if (edit.isNew() && clientId != null && "1".equals(context.getExternalContext().getRequestParameterMap().get("prefill"))) {
            addMain();
        }
    }

    /** Reloads the proposals when the plan's client changed (autocomplete) or on request. */
    private void current() {
        Long now = edit.getClient() == null ? null : edit.getClient().id();
        if (!Objects.equals(now, clientId)) {
            clientId = now;
            refresh();
        }
    }

    public void refresh() {
        if (clientId == null) {
            topics = List.of();
            people = new PeopleAdvice(List.of(), List.of());
            return;
        }
        topics = assistant.proposeTopics(clientId, edit.getTopics());
        Set<String> modules = edit.getTopics().stream().map(TopicForm::getModuleCode).filter(Objects::nonNull)
                .collect(Collectors.toCollection(TreeSet::new));
        people = assistant.proposeContacts(clientId, modules);
    }

    public void add(String key) {
        topics.stream().filter(t -> t.key().equals(key)).findFirst().ifPresent(this::put);
        refresh();
    }

    public void addMain() {
        topics.stream().filter(ProposedTopic::main).toList().forEach(this::put);
        refresh();
    }

    private void put(ProposedTopic p) {
        TopicForm f = new TopicForm();
        String title = title(p);
        f.setTitle(title.length() > 200 ? title.substring(0, 200) : title);
        f.setKind(p.kind());
        f.setModuleCode(edit.getModules().stream().anyMatch(m -> m.code().equals(p.moduleCode())) ? p.moduleCode() : null);
        f.setSpare(p.spare());
        f.setSourceKind(p.source());
        f.setSourceId(p.sourceId());
        List<TopicForm> plan = edit.getTopics();
        // the empty first row of a new plan is replaced rather than kept blank
        plan.removeIf(t -> (t.getTitle() == null || t.getTitle().isBlank()) && t.getSourceKind() == null);
        plan.add(f);
    }

    public void invite(long contactId) {
        if (!edit.getInvited().contains(contactId)) {
            edit.getInvited().add(contactId);
        }
    }

    public boolean invited(long contactId) {
        return edit.getInvited().contains(contactId);
    }

    public String title(ProposedTopic p) {
        return PageMessages.text(p.titleKey(), p.titleArgs().toArray());
    }

    public String reason(ProposedTopic p) {
        Object[] args = p.reasonArgs().toArray();
        if (p.source() == TopicSource.REQUIREMENT && args.length > 0) {
            args[0] = PageMessages.text("requirement.status." + args[0]);
        }
        return PageMessages.text(p.reasonKey(), args);
    }

    public String source(ProposedTopic p) {
        return PageMessages.text("proposal.source." + p.source().name(), p.sourceLabel());
    }

    public String moduleName(String code) {
        return code == null ? "" : edit.getModules().stream().filter(m -> m.code().equals(code)).map(CatalogueModule::name)
                .findFirst().orElse(code);
    }

    public String keyUserOf(ProposedContact c) {
        return c.keyUserOf().stream().map(this::moduleName).collect(Collectors.joining(", "));
    }

    public String missingKeyUsers() {
        return people.modulesWithoutKeyUser().stream().map(this::moduleName).collect(Collectors.joining(", "));
    }

    public List<ProposedTopic> getTopics() {
        current();
        return topics;
    }

    public PeopleAdvice getPeople() {
        current();
        return people;
    }

    public boolean isClientChosen() {
        return edit.getClient() != null;
    }
}
