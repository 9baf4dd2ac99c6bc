package app.vinculo.reports.web;

import app.vinculo.platform.web.DisplayFormat;
import app.vinculo.platform.web.PdfReport;
import app.vinculo.reports.boundary.EvidencePack;
import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static app.vinculo.platform.web.PdfParts.or;

/**
 * The ISO 9001 evidence pack as one PDF (A4 landscape: the tables are wide); days, instants and money in the reader's
 * format ({@link DisplayFormat}).
 */
final class EvidencePdf extends PdfReport {

    private final EvidencePack p;
    private final DisplayFormat f;

    private EvidencePdf(EvidencePack p, DisplayFormat f, Locale l) {
        super(l, Page.landscape(36, 36), 16, 9);
        this.p = p;
        this.f = f;
    }

    static String fileName(EvidencePack p) {
        return "evidencias-" + p.clientId() + "-" + p.from() + "-" + p.to();
    }

    static byte[] pdf(EvidencePack p, DisplayFormat f, Locale l) {
        return new EvidencePdf(p, f, l).render();
    }

    @Override
    protected String documentTitle() {
        return t("evidence.title") + " · " + p.clientName();
    }

    @Override
    protected void body(Document doc) {
        letterhead(doc, t("evidence.title"), p.clientName(), 12);
        PdfPTable facts = leftTable(60, 2f, 4f);
        fact(facts, t("evidence.taxId"), p.taxId());
        fact(facts, t("evidence.lead"), or(p.leadConsultant()));
        fact(facts, t("kpi.period"), f.date(p.from()) + " – " + f.date(p.to()));
        fact(facts, t("evidence.issued"), f.dateTime(p.issuedAt()) + " · " + p.issuedBy());
        doc.add(facts);

        List<List<String>> rows = new ArrayList<>();
        p.agreements().forEach(a -> rows.add(List.of(t("agreement.type." + a.type()), f.date(a.start()), f.date(a.end()),
                a.cancelledAt() == null ? "" : t("evidence.cancelled") + " " + f.dateTime(a.cancelledAt()),
                a.hours() == null ? "" : String.valueOf(a.hours()), a.fee() == null ? "" : f.money(a.fee(), a.currency()))));
        records(doc, t("evidence.agreements"), rows, new float[] {3, 1.2f, 1.2f, 2.2f, 0.8f, 1.5f},
                "evidence.col.type", "evidence.col.start", "evidence.col.end", "evidence.col.state", "evidence.col.hours",
                "evidence.col.fee");

        rows.clear();
        p.visits().forEach(v -> rows.add(List.of(f.dateTime(v.at()), t("visit.kind." + v.kind()), t("visit.status." + v.status()),
                or(v.place()), or(v.assessment()), or(v.questionsAnswered()),
                v.recordedAt() == null ? "" : f.dateTime(v.recordedAt()) + " · " + or(v.recordedBy()))));
        records(doc, t("evidence.visits"), rows, new float[] {1.3f, 1.1f, 1, 1.4f, 3, 3, 1.6f},
                "evidence.col.date", "evidence.col.kind", "evidence.col.state", "evidence.col.place",
                "evidence.col.assessment", "evidence.col.questions", "evidence.col.recorded");

        rows.clear();
        p.followUps().forEach(u -> rows.add(List.of(f.dateTime(u.at()), t("followup.channel." + u.channel()),
                t("followup.nature." + u.nature()), u.author(), u.summary(), or(u.outcome()))));
        records(doc, t("evidence.followUps"), rows, new float[] {1.3f, 1, 1, 1, 4, 3},
                "evidence.col.date", "evidence.col.channel", "evidence.col.nature", "evidence.col.author",
                "evidence.col.summary", "evidence.col.outcome");

        rows.clear();
        p.courses().forEach(c -> rows.add(List.of(c.course(), f.date(c.firstDay()) + " – " + f.date(c.lastDay()),
                t("edition.status." + c.status()), c.contact(), String.valueOf(c.attendedSessions()))));
        records(doc, t("evidence.courses"), rows, new float[] {3, 2, 1.2f, 2.5f, 1},
                "evidence.col.course", "evidence.col.days", "evidence.col.state", "evidence.col.contact",
                "evidence.col.sessions");

        rows.clear();
        p.requirements().forEach(r -> rows.add(List.of(f.dateTime(r.createdAt()), r.title(),
                t("requirement.status." + r.status()), r.detectedBy())));
        records(doc, t("evidence.requirements"), rows, new float[] {1.3f, 5, 1.5f, 1.2f},
                "evidence.col.date", "evidence.col.title", "evidence.col.state", "evidence.col.author");

        rows.clear();
        p.quotes().forEach(q -> rows.add(List.of(q.number(), f.dateTime(q.createdAt()), t("quote.status." + q.status()),
                f.money(q.total(), q.currency()), q.sentAt() == null ? "" : f.dateTime(q.sentAt()),
                q.answeredAt() == null ? "" : f.dateTime(q.answeredAt()))));
        records(doc, t("evidence.quotes"), rows, new float[] {1.5f, 1.3f, 1.5f, 1.5f, 1.3f, 1.3f},
                "evidence.col.number", "evidence.col.date", "evidence.col.state", "evidence.col.total",
                "evidence.col.sent", "evidence.col.answered");
    }

    private void records(Document doc, String title, List<List<String>> rows, float[] widths, String... headers) {
        section(doc, title + " (" + rows.size() + ")");
        if (rows.isEmpty()) {
            doc.add(new Paragraph(t("evidence.none"), normal));
            return;
        }
        PdfPTable table = table(widths);
        table.setHeaderRows(1);
        for (String h : headers) {
            headers(table, t(h));
        }
        for (List<String> r : rows) {
            for (String v : r) {
                cell(table, v);
            }
        }
        doc.add(table);
    }
}
