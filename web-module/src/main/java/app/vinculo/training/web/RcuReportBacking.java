package app.vinculo.training.web;

import app.vinculo.platform.web.DisplayFormat;
import app.vinculo.platform.web.PageMessages;
import app.vinculo.training.boundary.RcuReport;
import app.vinculo.training.boundary.RcuService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * {@code training/rcu.xhtml}: the RCU report ("Registro de Cursos", R5.2) of a period — by default the last twelve
 * months — editions given, instructors, hours, attendees by client and the attendance rate, as PDF and XLSX.
 */
@Named
@ViewScoped
public class RcuReportBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    RcuService rcu;

    @Inject
    DisplayFormat format;

    private LocalDate from;
    private LocalDate to;
    private RcuReport report;

    /** f:viewAction on GET: the last twelve months. */
    public void load() {
        if (report != null) {
            return;
        }
        LocalDate today = LocalDate.now(format.getZone());
        to = today;
        from = today.minusYears(1).plusDays(1);
        report = rcu.report(from, to);
    }

    public void show() {
        report = rcu.report(from, to);
    }

    public void pdf() throws IOException {
        RcuReport r = rcu.report(from, to);
        Faces.sendFile(RcuExport.pdf(r, LocalDate.now(format.getZone()), PageMessages.locale()), RcuExport.fileName(r) + ".pdf", true);
    }

    public void xlsx() throws IOException {
        RcuReport r = rcu.report(from, to);
        Faces.sendFile(RcuExport.xlsx(r, PageMessages.locale()), RcuExport.fileName(r) + ".xlsx", true);
    }

    public String hours(BigDecimal h) {
        return TrainingNumbers.hours(h);
    }

    public String join(java.util.List<String> names) {
        return names == null ? "" : String.join(", ", names);
    }

    public String rate(BigDecimal r) {
        return TrainingNumbers.rate(r);
    }

    public RcuReport getReport() { return report; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate v) { from = v; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate v) { to = v; }
}
