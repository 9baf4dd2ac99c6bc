package app.vinculo.requirements.web;

import app.vinculo.platform.error.NotFoundException;
import app.vinculo.platform.security.Role;
import app.vinculo.platform.web.DisplayFormat;
import app.vinculo.platform.web.PageMessages;
import app.vinculo.platform.web.ViewIds;
import app.vinculo.requirements.boundary.QuoteDetail;
import app.vinculo.requirements.boundary.QuoteService;
import app.vinculo.requirements.boundary.RequirementRow;
import app.vinculo.requirements.boundary.RequirementService;
import app.vinculo.requirements.entity.QuoteStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code quotes/view.xhtml?id=N}: the quote (number, client, requirements, lines, totals, terms, status and its
 * history) and its workflow by role (R4.2): submit for approval (Implementation Head), approve or return with
 * comments, send, accepted or rejected with a reason (Project Manager), new revision; the PDF.
 */
@Named
@ViewScoped
public class QuoteViewBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    QuoteService quotes;

    @Inject
    RequirementService requirements;

    @Inject
    SecurityContext security;

    @Inject
    DisplayFormat format;

    private Long id;
    private QuoteDetail quote;
    private List<RequirementRow> quoteRequirements = List.of();

    // return / reject dialog
    private String answerAction;
    private String text;

    /** f:viewAction on GET. */
    public void load() throws IOException {
        if (quote != null) {
            return;
        }
        quote = quotes.find(ViewIds.require(id, "quote"));
        loadRequirements();
    }

    private void loadRequirements() {
        List<RequirementRow> rows = new ArrayList<>();
        for (Long r : quote.requirementIds()) {
            try {
                rows.add(requirements.find(r));
            } catch (NotFoundException e) {
                // gone: not shown
            }
        }
        quoteRequirements = rows;
    }

    private void done(QuoteDetail q, String key) {
        quote = q;
        loadRequirements();
        PageMessages.info(key, q.number());
    }

    public void submitForApproval() {
        done(quotes.submitForApproval(id, quote.version()), "quote.submitted");
    }

    public void approve() {
        done(quotes.approve(id, quote.version()), "quote.approved");
    }

    public void send() {
        done(quotes.send(id, quote.version()), "quote.sent");
    }

    public void accept() {
        done(quotes.accept(id, quote.version()), "quote.accepted");
    }

    public void openAnswer(String action) {
        answerAction = action;
        text = null;
    }

    public void answer() {
        if ("RETURN".equals(answerAction)) {
            done(quotes.returnToDraft(id, quote.version(), text), "quote.returned");
        } else {
            done(quotes.reject(id, quote.version(), text), "quote.rejected");
        }
        text = null;
    }

    public String newRevision() {
        QuoteDetail next = quotes.newRevision(id, quote.version());
        PageMessages.flashInfo("quote.revised", next.number(), quote.number());
        return "/quotes/view?faces-redirect=true&id=" + next.id();
    }

    public void pdf() throws IOException {
        byte[] pdf = QuoteReport.render(new QuoteReport.Data(quote, format.getZone(), quoteRequirements.stream()
                .map(RequirementRow::title).toList()), PageMessages.locale());
        Faces.sendFile(pdf, quote.number() + ".pdf", true);
    }

    // ---- by role and status --------------------------------------------------------------------------------

    private boolean is(QuoteStatus s) {
        return quote != null && quote.status() == s;
    }

    private boolean head() {
        return security.isCallerInRole(Role.Names.IMPLEMENTATION_HEAD);
    }

    private boolean manager() {
        return security.isCallerInRole(Role.Names.PROJECT_MANAGER);
    }

    public boolean isEditable() {
        return is(QuoteStatus.DRAFT) && head();
    }

    public boolean isSubmittable() {
        return is(QuoteStatus.DRAFT) && head();
    }

    public boolean isApprovable() {
        return is(QuoteStatus.PENDING_APPROVAL) && manager();
    }

    public boolean isSendable() {
        return is(QuoteStatus.APPROVED) && manager();
    }

    public boolean isAnswerable() {
        return is(QuoteStatus.SENT) && manager();
    }

    public boolean isRevisable() {
        return quote != null && (head() || manager()) && quote.status() != QuoteStatus.ACCEPTED
                && quote.status() != QuoteStatus.SUPERSEDED && quote.status() != QuoteStatus.DRAFT
                && quote.status() != QuoteStatus.PENDING_APPROVAL;
    }

    public String statusSeverity(QuoteStatus s) {
        return QuoteListBacking.severity(s);
    }

    public Long getId() { return id; }
    public void setId(Long v) { id = v; }
    public QuoteDetail getQuote() { return quote; }
    public List<RequirementRow> getQuoteRequirements() { return quoteRequirements; }
    public String getAnswerAction() { return answerAction; }
    public String getText() { return text; }
    public void setText(String v) { text = v; }
}
