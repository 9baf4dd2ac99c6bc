package app.vinculo.reports.web;

import app.vinculo.agreements.entity.Currency;
import app.vinculo.clients.boundary.ClientService;
import app.vinculo.clients.boundary.ConsultantChoice;
import app.vinculo.platform.web.DisplayFormat;
import app.vinculo.platform.web.PageMessages;
import app.vinculo.reports.boundary.KpiFilter;
import app.vinculo.reports.boundary.KpiService;
import app.vinculo.reports.boundary.Kpis;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code reports/kpis.xhtml}: the procedure's objectives for a period (this year by default) and optionally one
 * consultant — figures, charts (Chart.js configurations for p:chart) and the figures as CSV or XLSX.
 */
@Named
@ViewScoped
public class KpiBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    KpiService kpis;

    @Inject
    ClientService clients;

    @Inject
    DisplayFormat format;

    private LocalDate from;
    private LocalDate to;
    private String consultant;
    private Kpis result;
    private List<ConsultantChoice> consultants = List.of();

    /** f:viewAction on GET: from January 1st to today. */
    public void load() {
        if (result != null) {
            return;
        }
        to = LocalDate.now(format.getZone());
        from = to.withDayOfYear(1);
        consultants = clients.consultants();
        show();
    }

    public void show() {
        result = kpis.compute(new KpiFilter(from, to, consultant));
    }

    public String percent(BigDecimal p) {
        return p == null ? "—" : p.toPlainString().replace('.', ',') + " %";
    }

    public String money(Kpis.Money m, Currency c) {
        return format.money(m.amount(c), c);
    }

    public Currency[] getCurrencies() {
        return Currency.values();
    }

    public String getVisitsChart() {
        return KpiCharts.visits(result, PageMessages.locale());
    }

    public String getObjectivesChart() {
        return KpiCharts.objectives(result, PageMessages.locale());
    }

    public String getPipelineChart() {
        return KpiCharts.pipeline(result, PageMessages.locale());
    }

    public void csv() throws IOException {
        Faces.sendFile(KpiExport.csv(result, format, PageMessages.locale()), KpiExport.fileName(result) + ".csv", true);
    }

    public void xlsx() throws IOException {
        Faces.sendFile(KpiExport.xlsx(result, format, PageMessages.locale()), KpiExport.fileName(result) + ".xlsx", true);
    }

    /** The display name of a consultant's username (the username when unknown). */
    public String consultantName(String username) {
        return ConsultantChoice.nameOf(consultants, username);
    }

    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public String getConsultant() { return consultant; }
    public void setConsultant(String consultant) { this.consultant = consultant; }
    public Kpis getResult() { return result; }
    public List<ConsultantChoice> getConsultants() { return consultants; }
}
