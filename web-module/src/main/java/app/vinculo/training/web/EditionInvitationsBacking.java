package app.vinculo.training.web;

import app.vinculo.clients.boundary.ClientHit;
import app.vinculo.platform.web.PageMessages;
import app.vinculo.training.boundary.CandidateRow;
import app.vinculo.training.boundary.CandidateSource;
import app.vinculo.training.boundary.RegistrationService;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The invitations tab of an edition: find candidates (contacts of a client, key users of the course's modules,
 * contacts of interested clients) and invite the chosen ones (an e-mail each).
 */
@Named
@ViewScoped
public class EditionInvitationsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    EditionViewBacking view;

    @Inject
    RegistrationService registrationService;

    // invitations
    private CandidateSource source = CandidateSource.CLIENT;

    private ClientHit inviteClient;

    private List<CandidateRow> candidates;

    private List<CandidateRow> chosen = new ArrayList<>();

    public void sourceChanged() {
        candidates = null;
        chosen = new ArrayList<>();
    }

    public void search() {
        if (source == CandidateSource.CLIENT && inviteClient == null) {
            PageMessages.error("edition.clientRequired");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        candidates = registrationService.candidates(view.getId(), source, inviteClient == null ? null : inviteClient.id());
        chosen = new ArrayList<>();
    }

    public void invite() {
        List<Long> ids = chosen == null ? List.of() : chosen.stream().filter(c -> !c.alreadyOnEdition())
                .map(CandidateRow::contactId).toList();
        int invited = registrationService.invite(view.getId(), ids);
        PageMessages.info("edition.invited", invited);
        view.refresh();
        if (candidates != null) {
            candidates = registrationService.candidates(view.getId(), source, inviteClient == null ? null : inviteClient.id());
        }
        chosen = new ArrayList<>();
    }

    public CandidateSource[] getSources() { return CandidateSource.values(); }

    public CandidateSource getSource() { return source; }

    public void setSource(CandidateSource v) { source = v; }

    public ClientHit getInviteClient() { return inviteClient; }

    public void setInviteClient(ClientHit v) { inviteClient = v; }

    public List<CandidateRow> getCandidates() { return candidates; }

    public List<CandidateRow> getChosen() { return chosen; }

    public void setChosen(List<CandidateRow> v) { chosen = v; }
}
