package app.vinculo.training.web;

import app.vinculo.platform.web.PdfReport;
import app.vinculo.training.boundary.RcuReport;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The RCU report ("Registro de Cursos") of a period as PDF, A4 landscape: summary, editions given with instructors,
 * hours, registered, attendees and attendance rate, and attendees by client; the XLSX is {@link RcuExport}'s.
 */
final class RcuPdf extends PdfReport {

    private final RcuReport r;
    private final LocalDate issued;

    RcuPdf(RcuReport r, LocalDate issued, Locale locale) {
        super(locale, Page.landscape(36, 36), 16, 9);
        this.r = r;
        this.issued = issued;
    }

    @Override
    protected String documentTitle() {
        return t("rcu.report.title");
    }

    @Override
    protected void body(Document doc) {
        letterhead(doc, t("rcu.report.letterhead"), t("rcu.period", date(r.from()), date(r.to())), 11);

        PdfPTable facts = leftTable(50, 2f, 3f);
        fact(facts, t("rcu.editionsGiven"), String.valueOf(r.editions().size()));
        fact(facts, t("rcu.totalHours"), TrainingNumbers.hours(r.totalHours()));
        fact(facts, t("rcu.registered"), String.valueOf(r.registered()));
        fact(facts, t("rcu.attendees"), String.valueOf(r.attendees()));
        fact(facts, t("rcu.rate"), TrainingNumbers.rate(r.rate()));
        doc.add(facts);

        section(doc, t("rcu.section.editions"));
        if (r.editions().isEmpty()) {
            doc.add(new Paragraph(t("rcu.empty"), normal));
        } else {
            PdfPTable editions = table(1.6f, 3.1f, 1.7f, 0.9f, 2.1f, 0.8f, 1f, 1.25f, 1f, 1.1f);
            editions.setHeaderRows(1);
            headers(editions, RcuExport.editionHeaders(locale).toArray(String[]::new));
            for (RcuReport.Edition e : r.editions()) {
                cell(editions, e.courseCode());
                cell(editions, e.courseTitle());
                cell(editions, days(e.firstDay(), e.lastDay()));
                cell(editions, String.valueOf(e.sessions()), Element.ALIGN_RIGHT);
                cell(editions, String.join(", ", e.instructors()));
                cell(editions, TrainingNumbers.hours(e.hours()), Element.ALIGN_RIGHT);
                cell(editions, String.valueOf(e.registered()), Element.ALIGN_RIGHT);
                cell(editions, String.valueOf(e.attendees()), Element.ALIGN_RIGHT);
                cell(editions, TrainingNumbers.rate(e.rate()), Element.ALIGN_RIGHT);
                cell(editions, t(e.closed() ? "rcu.register.closed" : "rcu.register.open"));
            }
            doc.add(editions);
        }

        section(doc, t("rcu.section.clients"));
        if (r.clients().isEmpty()) {
            doc.add(new Paragraph(t("rcu.clients.empty"), normal));
        } else {
            PdfPTable clients = leftTable(80, 4f, 1f, 1f, 1f, 1.2f);
            clients.setHeaderRows(1);
            headers(clients, RcuExport.clientHeaders(locale).toArray(String[]::new));
            for (RcuReport.ClientLine c : r.clients()) {
                cell(clients, c.clientName());
                cell(clients, String.valueOf(c.editions()), Element.ALIGN_RIGHT);
                cell(clients, String.valueOf(c.registered()), Element.ALIGN_RIGHT);
                cell(clients, String.valueOf(c.attendees()), Element.ALIGN_RIGHT);
                cell(clients, TrainingNumbers.rate(c.rate()), Element.ALIGN_RIGHT);
            }
            doc.add(clients);
        }
        closing(doc, t("rcu.report.footer", date(issued)));
    }

    private static String days(LocalDate first, LocalDate last) {
        if (first == null) {
            return "";
        }
        return first.equals(last) || last == null ? date(first) : date(first) + " – " + date(last);
    }
}
