package app.vinculo.releases.web;

import app.vinculo.platform.web.PdfParts;
import app.vinculo.platform.web.Texts;
import app.vinculo.releases.boundary.CampaignDetail;
import app.vinculo.releases.boundary.CaseRow;
import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import java.awt.Color;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static app.vinculo.platform.web.PdfParts.cell;
import static app.vinculo.platform.web.PdfParts.fact;
import static app.vinculo.platform.web.PdfParts.header;
import static app.vinculo.platform.web.PdfParts.or;
import static app.vinculo.platform.web.PdfParts.section;

/**
 * The campaign report as PDF, with OpenPDF and the shared {@code PdfParts}: the release, the campaign's status and
 * sign-off (R6.2), progress, the summary by module and every case with its assignee, result, notes and waiver.
 */
public final class CampaignReport {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final Color PRIMARY = new Color(0x1f, 0x5f, 0xa8);

    /**
     * What the PDF shows: the campaign, its cases in order, the zone of its instants, and the display names of the
     * consultants (by username) and of the modules (by code); a name not found is shown as its code.
     */
    public record Data(CampaignDetail campaign, List<CaseRow> cases, ZoneId zone, Map<String, String> consultantNames,
                       Map<String, String> moduleNames) {
    }

    private CampaignReport() {
    }

    public static byte[] render(Data data, Locale locale) {
        CampaignDetail c = data.campaign();
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18, PRIMARY);
        Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12, PRIMARY);
        Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
        Font normal = FontFactory.getFont(FontFactory.HELVETICA, 9);
        Font muted = FontFactory.getFont(FontFactory.HELVETICA, 8, Color.GRAY);
        return PdfParts.write(PageSize.A4, 40, 44, t(locale, "campaign.report.title", c.releaseLabel()), doc -> {
            doc.add(new Paragraph(t(locale, "campaign.report.letterhead"), title));
            doc.add(new Paragraph(t(locale, "campaign.report.title", c.releaseLabel()),
                    FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14)));
            doc.add(Chunk.NEWLINE);

            PdfPTable facts = new PdfPTable(new float[]{1.5f, 3.5f});
            facts.setWidthPercentage(100);
            fact(facts, t(locale, "release.date"), or(c.releaseDate() == null ? null : DATE.format(c.releaseDate())), bold, normal);
            fact(facts, t(locale, "release.publishedAt"), or(dateTime(c.publishedAt(), data.zone())), bold, normal);
            fact(facts, t(locale, "campaign.status"), t(locale, "campaign.status." + c.status().name()), bold, normal);
            fact(facts, t(locale, "campaign.openedBy"), t(locale, "campaign.byOn", name(data, c.openedBy()),
                    dateTime(c.openedAt(), data.zone())), bold, normal);
            fact(facts, t(locale, "campaign.signedOffBy"), c.signedOffAt() == null ? t(locale, "campaign.signOff.pending")
                    : t(locale, "campaign.byOn", name(data, c.signedOffBy()), dateTime(c.signedOffAt(), data.zone())), bold, normal);
            fact(facts, t(locale, "campaign.progress"), t(locale, "campaign.progress.text", c.total() - c.notRun(), c.total(),
                    c.progress()), bold, normal);
            fact(facts, t(locale, "campaign.results"), t(locale, "campaign.results.text", c.passed(), c.failed(), c.blocked(),
                    c.notRun(), c.waived()), bold, normal);
            doc.add(facts);

            section(doc, t(locale, "campaign.section.modules"), heading);
            PdfPTable modules = new PdfPTable(new float[]{2.6f, 1f, 1.2f, 1f, 1f, 1.1f});
            modules.setWidthPercentage(100);
            for (String h : List.of(t(locale, "campaign.col.module"), t(locale, "campaign.col.total"),
                    t(locale, "campaign.count.NOT_RUN"), t(locale, "campaign.count.PASSED"),
                    t(locale, "campaign.count.FAILED"), t(locale, "campaign.count.BLOCKED"))) {
                header(modules, h, bold);
            }
            for (CampaignDetail.ModuleSummary m : c.modules()) {
                cell(modules, module(data, m.moduleCode()), normal, Element.ALIGN_LEFT);
                cell(modules, String.valueOf(m.total()), normal, Element.ALIGN_RIGHT);
                cell(modules, String.valueOf(m.notRun()), normal, Element.ALIGN_RIGHT);
                cell(modules, String.valueOf(m.passed()), normal, Element.ALIGN_RIGHT);
                cell(modules, String.valueOf(m.failed()), normal, Element.ALIGN_RIGHT);
                cell(modules, String.valueOf(m.blocked()), normal, Element.ALIGN_RIGHT);
            }
            doc.add(modules);

            section(doc, t(locale, "campaign.section.cases"), heading);
            PdfPTable cases = new PdfPTable(new float[]{0.4f, 1.3f, 3.2f, 1.4f, 1.2f, 3f});
            cases.setWidthPercentage(100);
            cases.setHeaderRows(1);
            for (String h : List.of("#", t(locale, "campaign.col.module"), t(locale, "campaign.col.case"),
                    t(locale, "campaign.col.assignee"), t(locale, "campaign.col.result"), t(locale, "campaign.col.notes"))) {
                header(cases, h, bold);
            }
            int n = 1;
            for (CaseRow r : data.cases()) {
                cell(cases, String.valueOf(n++), normal, Element.ALIGN_LEFT);
                cell(cases, module(data, r.moduleCode()), normal, Element.ALIGN_LEFT);
                cell(cases, r.title(), normal, Element.ALIGN_LEFT);
                cell(cases, r.assignee() == null ? t(locale, "campaign.unassigned") : name(data, r.assignee()), normal,
                        Element.ALIGN_LEFT);
                cell(cases, t(locale, "testcase.result." + r.result().name())
                        + (r.waived() ? " · " + t(locale, "testcase.waivedTag") : ""), normal, Element.ALIGN_LEFT);
                PdfPCell notes = new PdfPCell();
                notes.setPadding(4);
                notes.setPaddingTop(1);
                Paragraph p = new Paragraph();
                p.setLeading(0, 1.25f);
                if (r.notes() != null) {
                    p.add(new Chunk(r.notes(), normal));
                }
                if (r.waived()) {
                    p.add(new Chunk((p.isEmpty() ? "" : "\n") + t(locale, "testcase.waiverReason") + ": "
                            + or(r.waiverReason()), bold));
                }
                if (r.resultAt() != null) {
                    p.add(new Chunk((p.isEmpty() ? "" : "\n") + t(locale, "campaign.byOn", name(data, r.resultBy()),
                            dateTime(r.resultAt(), data.zone())), muted));
                }
                notes.addElement(p);
                cases.addCell(notes);
            }
            doc.add(cases);

            doc.add(Chunk.NEWLINE);
            doc.add(new Paragraph(t(locale, "campaign.report.footer"), muted));
        });
    }

    private static String name(Data data, String username) {
        if (username == null) {
            return "—";
        }
        String name = data.consultantNames() == null ? null : data.consultantNames().get(username);
        return name == null || name.isBlank() ? username : name;
    }

    private static String module(Data data, String code) {
        String name = data.moduleNames() == null ? null : data.moduleNames().get(code);
        return name == null || name.isBlank() ? code : name;
    }

    private static String dateTime(Instant at, ZoneId zone) {
        return at == null ? "" : DATE_TIME.format(at.atZone(zone));
    }

    private static String t(Locale locale, String key, Object... args) {
        return Texts.text(locale, key, args);
    }
}
