package app.vinculo.training.web;

import app.vinculo.platform.security.Role;
import app.vinculo.platform.web.DisplayFormat;
import app.vinculo.platform.web.PageMessages;
import app.vinculo.training.boundary.CertificateData;
import app.vinculo.training.boundary.RcuService;
import app.vinculo.training.boundary.RegistrationRow;
import app.vinculo.training.boundary.RegistrationService;
import app.vinculo.training.entity.RegistrationStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * The registrations tab of an edition's page: register an invited contact within the capacity or on the waiting list
 * (R5.1), all of them in one call, decline, and the attendance certificate of a closed edition.
 */
@Named
@ViewScoped
public class EditionRegistrationsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    EditionViewBacking view;

    @Inject
    RegistrationService registrationService;

    @Inject
    RcuService rcu;

    @Inject
    SecurityContext security;

    @Inject
    DisplayFormat format;

    public void accept(RegistrationRow r) {
        RegistrationRow done = registrationService.accept(r.id(), r.version());
        view.refresh();
        PageMessages.info(done.status() == RegistrationStatus.WAITLISTED ? "registration.waitlisted" : "registration.registered",
                done.contactName());
    }

    /** Registers every invited contact in one boundary call (one transaction): seats first, then the waiting list (R5.1). */
    public void acceptAll() {
        RegistrationService.AcceptedAll done = registrationService.acceptAll(view.getId());
        view.refresh();
        PageMessages.info("registration.allRegistered", done.registered(), done.waitlisted());
    }

    public void decline(RegistrationRow r) {
        RegistrationRow done = registrationService.decline(r.id(), r.version());
        view.refresh();
        PageMessages.info("registration.declined", done.contactName());
    }

    public void certificate(RegistrationRow r) throws IOException {
        CertificateData data = rcu.certificate(r.id());
        byte[] pdf = CertificateReport.render(data, LocalDate.now(format.getZone()), PageMessages.locale());
        Faces.sendFile(pdf, PageMessages.text("certificate.fileName", slug(data.contactName()), data.courseCode()) + ".pdf", true);
    }

    static String slug(String s) {
        String ascii = java.text.Normalizer.normalize(s == null ? "" : s, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return ascii.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    public boolean isDeclinable(RegistrationRow r) {
        return view.isInviting() && r.status() != RegistrationStatus.DECLINED && r.attendedSessions() == 0;
    }

    public boolean isAcceptable(RegistrationRow r) {
        return view.isRegistering() && (r.status() == RegistrationStatus.INVITED || r.status() == RegistrationStatus.DECLINED);
    }

    public boolean hasCertificate(RegistrationRow r) {
        return view.isClosed() && r.status() == RegistrationStatus.REGISTERED && r.attendedSessions() > 0
                && (view.isPlanner() || security.isCallerInRole(Role.Names.AUDITOR));
    }
}
