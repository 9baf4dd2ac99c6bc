package app.vinculo.reports.web;

import app.vinculo.clients.boundary.ClientHit;
import app.vinculo.clients.boundary.ClientService;
import app.vinculo.platform.web.DisplayFormat;
import app.vinculo.platform.web.PageMessages;
import app.vinculo.reports.boundary.EvidencePack;
import app.vinculo.reports.boundary.EvidenceService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;

/** {@code reports/evidence.xhtml}: choose a client and a period (the last twelve months by default), download the PDF. */
@Named
@ViewScoped
public class EvidenceBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    EvidenceService evidence;

    @Inject
    ClientService clients;

    @Inject
    DisplayFormat format;

    private ClientHit client;
    private Long clientId;
    private LocalDate from;
    private LocalDate to;

    /** f:viewAction: the period, and the client of {@code ?client=} if given. */
    public void load() {
        if (to == null) {
            to = LocalDate.now(format.getZone());
            from = to.minusYears(1).plusDays(1);
        }
        if (clientId != null && client == null) {
            var d = clients.find(clientId);
            client = new ClientHit(d.id(), d.tradeName() != null ? d.tradeName() : d.legalName(), d.taxId(), d.active());
        }
    }


    public void pdf() throws IOException {
        if (client == null) {
            PageMessages.error("evidence.clientRequired");
            return;
        }
        EvidencePack pack = evidence.pack(client.id(), from, to);
        Faces.sendFile(EvidencePdf.pdf(pack, format, PageMessages.locale()), EvidencePdf.fileName(pack) + ".pdf", true);
    }

    public ClientHit getClient() { return client; }
    public void setClient(ClientHit client) { this.client = client; }
    public Long getClientId() { return clientId; }
    public void setClientId(Long clientId) { this.clientId = clientId; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
