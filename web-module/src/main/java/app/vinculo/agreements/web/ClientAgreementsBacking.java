package app.vinculo.agreements.web;

import app.vinculo.agreements.boundary.AgreementForm;
import app.vinculo.agreements.boundary.AgreementRow;
import app.vinculo.agreements.boundary.AgreementService;
import app.vinculo.agreements.entity.AgreementStatus;
import app.vinculo.agreements.entity.AgreementType;
import app.vinculo.agreements.entity.Currency;
import app.vinculo.clients.web.ClientViewBacking;
import app.vinculo.platform.web.DisplayFormat;
import app.vinculo.platform.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The agreements tab of the client page: the client's agreements; Project Managers create, renew and cancel them
 * (R1.2: never overlapping — the boundary refuses, the dialog keeps what was typed).
 */
@Named
@ViewScoped
public class ClientAgreementsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    ClientViewBacking view;

    @Inject
    AgreementService agreements;

    @Inject
    DisplayFormat format;

    private List<AgreementRow> agreementRows;

    // agreement dialogs
    private Long renewingId;

    private long renewingVersion;

    private AgreementForm agreementForm = new AgreementForm();

    private Long cancellingId;

    private long cancellingVersion;

    private String cancelReason;

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
        AgreementRow saved = renewingId == null ? agreements.create(view.getId(), agreementForm)
                : agreements.renew(renewingId, renewingVersion, agreementForm);
        agreementRows = null;
        view.refreshHeader();
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
        if (PageMessages.nothingChosen(cancellingId)) {
            return;
        }
        AgreementRow cancelled = agreements.cancel(cancellingId, cancellingVersion, cancelReason);
        agreementRows = null;
        view.refreshHeader();
        PageMessages.info("agreement.cancelled", typeLabel(cancelled.type()));
    }

    public boolean renewable(AgreementRow row) {
        return row.status() != AgreementStatus.CANCELLED
                && getAgreementRows().stream().noneMatch(a -> Objects.equals(a.previousId(), row.id()));
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
        return getAgreementRows().stream().filter(a -> a.id().equals(row.previousId())).findFirst()
                .map(a -> format.date(a.start()) + " – " + format.date(a.end()))
                .orElse("#" + row.previousId());
    }

    public AgreementType[] getAgreementTypes() {
        return AgreementType.values();
    }

    public Currency[] getCurrencies() {
        return Currency.values();
    }

    public List<AgreementRow> getAgreementRows() {
        if (agreementRows == null) {
            agreementRows = agreements.forClient(view.getId());
        }
        return agreementRows;
    }

    public Long getRenewingId() { return renewingId; }

    public AgreementForm getAgreementForm() { return agreementForm; }

    public String getCancelReason() { return cancelReason; }

    public void setCancelReason(String v) { cancelReason = v; }
}
