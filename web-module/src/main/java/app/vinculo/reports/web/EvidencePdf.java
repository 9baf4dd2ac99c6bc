package app.vinculo.reports.web;

import app.vinculo.platform.web.DisplayFormat;
import app.vinculo.platform.web.Texts;
import app.vinculo.reports.boundary.EvidencePack;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static app.vinculo.platform.web.PdfParts.cell;
import static app.vinculo.platform.web.PdfParts.fact;
import static app.vinculo.platform.web.PdfParts.header;
import static app.vinculo.platform.web.PdfParts.or;
import static app.vinculo.platform.web.PdfParts.section;

/** The ISO 9001 evidence pack as one PDF (OpenPDF, A4 landscape: the tables are wide), with the shared PdfParts. */
final class EvidencePdf {

    private static final Color PRIMARY = new Color(0x1f, 0x5f, 0xa8);

    private EvidencePdf() {
    }

    static String fileName(EvidencePack p) {
        return "evidencias-" + p.clientId() + "-" + p.from() + "-" + p.to();
    }

    static byte[] pdf(EvidencePack p, DisplayFormat f, Locale l) {
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16, PRIMARY);
        Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12, PRIMARY);
        Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
        Font normal = FontFactory.getFont(FontFactory.HELVETICA, 9);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle(t(l, "evidence.title") + " · " + p.clientName());
            doc.open();
            doc.add(new Paragraph(t(l, "evidence.title"), title));
            doc.add(new Paragraph(p.clientName(), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12)));
            doc.add(Chunk.NEWLINE);
            PdfPTable facts = new PdfPTable(new float[] {2f, 4f});
            facts.setWidthPercentage(60);
            facts.setHorizontalAlignment(Element.ALIGN_LEFT);
            fact(facts, t(l, "evidence.taxId"), p.taxId(), bold, normal);
            fact(facts, t(l, "evidence.lead"), or(p.leadConsultant()), bold, normal);
            fact(facts, t(l, "kpi.period"), f.date(p.from()) + " – " + f.date(p.to()), bold, normal);
            fact(facts, t(l, "evidence.issued"), f.dateTime(p.issuedAt()) + " · " + p.issuedBy(), bold, normal);
            doc.add(facts);

            List<List<String>> rows = new ArrayList<>();
            p.agreements().forEach(a -> rows.add(List.of(t(l, "agreement.type." + a.type()), f.date(a.start()), f.date(a.end()),
                    a.cancelledAt() == null ? "" : t(l, "evidence.cancelled") + " " + f.dateTime(a.cancelledAt()),
                    a.hours() == null ? "" : String.valueOf(a.hours()), a.fee() == null ? "" : f.money(a.fee(), a.currency()))));
            table(doc, t(l, "evidence.agreements"), heading, bold, normal, l, rows, new float[] {3, 1.2f, 1.2f, 2.2f, 0.8f, 1.5f},
                    "evidence.col.type", "evidence.col.start", "evidence.col.end", "evidence.col.state", "evidence.col.hours",
                    "evidence.col.fee");

            rows.clear();
            p.visits().forEach(v -> rows.add(List.of(f.dateTime(v.at()), t(l, "visit.kind." + v.kind()), t(l, "visit.status." + v.status()),
                    or(v.place()), or(v.assessment()), or(v.questionsAnswered()),
                    v.recordedAt() == null ? "" : f.dateTime(v.recordedAt()) + " · " + or(v.recordedBy()))));
            table(doc, t(l, "evidence.visits"), heading, bold, normal, l, rows, new float[] {1.3f, 1.1f, 1, 1.4f, 3, 3, 1.6f},
                    "evidence.col.date", "evidence.col.kind", "evidence.col.state", "evidence.col.place",
                    "evidence.col.assessment", "evidence.col.questions", "evidence.col.recorded");

            rows.clear();
            p.followUps().forEach(u -> rows.add(List.of(f.dateTime(u.at()), t(l, "followup.channel." + u.channel()),
                    t(l, "followup.nature." + u.nature()), u.author(), u.summary(), or(u.outcome()))));
            table(doc, t(l, "evidence.followUps"), heading, bold, normal, l, rows, new float[] {1.3f, 1, 1, 1, 4, 3},
                    "evidence.col.date", "evidence.col.channel", "evidence.col.nature", "evidence.col.author",
                    "evidence.col.summary", "evidence.col.outcome");

            rows.clear();
            p.courses().forEach(c -> rows.add(List.of(c.course(), f.date(c.firstDay()) + " – " + f.date(c.lastDay()),
                    t(l, "edition.status." + c.status()), c.contact(), String.valueOf(c.attendedSessions()))));
            table(doc, t(l, "evidence.courses"), heading, bold, normal, l, rows, new float[] {3, 2, 1.2f, 2.5f, 1},
                    "evidence.col.course", "evidence.col.days", "evidence.col.state", "evidence.col.contact",
                    "evidence.col.sessions");

            rows.clear();
            p.requirements().forEach(r -> rows.add(List.of(f.dateTime(r.createdAt()), r.title(),
                    t(l, "requirement.status." + r.status()), r.detectedBy())));
            table(doc, t(l, "evidence.requirements"), heading, bold, normal, l, rows, new float[] {1.3f, 5, 1.5f, 1.2f},
                    "evidence.col.date", "evidence.col.title", "evidence.col.state", "evidence.col.author");

            rows.clear();
            p.quotes().forEach(q -> rows.add(List.of(q.number(), f.dateTime(q.createdAt()), t(l, "quote.status." + q.status()),
                    f.money(q.total(), q.currency()), q.sentAt() == null ? "" : f.dateTime(q.sentAt()),
                    q.answeredAt() == null ? "" : f.dateTime(q.answeredAt()))));
            table(doc, t(l, "evidence.quotes"), heading, bold, normal, l, rows, new float[] {1.5f, 1.3f, 1.5f, 1.5f, 1.3f, 1.3f},
                    "evidence.col.number", "evidence.col.date", "evidence.col.state", "evidence.col.total",
                    "evidence.col.sent", "evidence.col.answered");
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        } finally {
            doc.close();
        }
        return out.toByteArray();
    }

    private static void table(Document doc, String title, Font heading, Font bold, Font normal, Locale l, List<List<String>> rows,
                              float[] widths, String... headers) {
        section(doc, title + " (" + rows.size() + ")", heading);
        if (rows.isEmpty()) {
            doc.add(new Paragraph(t(l, "evidence.none"), normal));
            return;
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String h : headers) {
            header(table, t(l, h), bold);
        }
        for (List<String> r : rows) {
            for (String v : r) {
                cell(table, v, normal, Element.ALIGN_LEFT);
            }
        }
        doc.add(table);
    }

    private static String t(Locale l, String key, Object... args) {
        return Texts.text(l, key, args);
    }
}
