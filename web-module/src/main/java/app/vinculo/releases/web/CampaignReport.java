package app.vinculo.releases.web;

import app.vinculo.platform.web.PdfReport;
import app.vinculo.releases.boundary.CampaignDetail;
import app.vinculo.releases.boundary.CaseRow;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static app.vinculo.platform.web.PdfParts.or;

/**
 * The campaign report as PDF: the release, the campaign's status and sign-off (R6.2), progress, the summary by module
 * and every case with its assignee, result, notes and waiver.
 */
public final class CampaignReport extends PdfReport {

    /**
     * What the PDF shows: the campaign, its cases in order, the zone of its instants, and the display names of the
     * consultants (by username) and of the modules (by code); a name not found is shown as its code.
     */
    public record Data(CampaignDetail campaign, List<CaseRow> cases, ZoneId zone, Map<String, String> consultantNames,
                       Map<String, String> moduleNames) {
    }

    private final Data data;
    private final CampaignDetail c;

    private CampaignReport(Data data, Locale locale) {
        super(locale, Page.portrait(40, 44), 18, 9);
        this.data = data;
        this.c = data.campaign();
    }

    public static byte[] render(Data data, Locale locale) {
        return new CampaignReport(data, locale).render();
    }

    @Override
    protected String documentTitle() {
        return t("campaign.report.title", c.releaseLabel());
    }

    @Override
    protected void body(Document doc) {
        letterhead(doc, t("campaign.report.letterhead"), t("campaign.report.title", c.releaseLabel()), 14);

        PdfPTable facts = table(1.5f, 3.5f);
        fact(facts, t("release.date"), or(date(c.releaseDate())));
        fact(facts, t("release.publishedAt"), or(dateTime(c.publishedAt(), data.zone())));
        fact(facts, t("campaign.status"), t("campaign.status." + c.status().name()));
        fact(facts, t("campaign.openedBy"), t("campaign.byOn", name(c.openedBy()), dateTime(c.openedAt(), data.zone())));
        fact(facts, t("campaign.signedOffBy"), c.signedOffAt() == null ? t("campaign.signOff.pending")
                : t("campaign.byOn", name(c.signedOffBy()), dateTime(c.signedOffAt(), data.zone())));
        fact(facts, t("campaign.progress"), t("campaign.progress.text", c.total() - c.notRun(), c.total(), c.progress()));
        fact(facts, t("campaign.results"), t("campaign.results.text", c.passed(), c.failed(), c.blocked(), c.notRun(),
                c.waived()));
        doc.add(facts);

        section(doc, t("campaign.section.modules"));
        PdfPTable modules = table(2.6f, 1f, 1.2f, 1f, 1f, 1.1f);
        headers(modules, t("campaign.col.module"), t("campaign.col.total"), t("campaign.count.NOT_RUN"),
                t("campaign.count.PASSED"), t("campaign.count.FAILED"), t("campaign.count.BLOCKED"));
        for (CampaignDetail.ModuleSummary m : c.modules()) {
            cell(modules, module(m.moduleCode()));
            cell(modules, String.valueOf(m.total()), Element.ALIGN_RIGHT);
            cell(modules, String.valueOf(m.notRun()), Element.ALIGN_RIGHT);
            cell(modules, String.valueOf(m.passed()), Element.ALIGN_RIGHT);
            cell(modules, String.valueOf(m.failed()), Element.ALIGN_RIGHT);
            cell(modules, String.valueOf(m.blocked()), Element.ALIGN_RIGHT);
        }
        doc.add(modules);

        cases(doc);

        closing(doc, t("campaign.report.footer"));
    }

    private void cases(Document doc) {
        section(doc, t("campaign.section.cases"));
        PdfPTable cases = table(0.4f, 1.3f, 3.2f, 1.4f, 1.2f, 3f);
        cases.setHeaderRows(1);
        headers(cases, "#", t("campaign.col.module"), t("campaign.col.case"), t("campaign.col.assignee"),
                t("campaign.col.result"), t("campaign.col.notes"));
        int n = 1;
        for (CaseRow r : data.cases()) {
            cell(cases, String.valueOf(n++));
            cell(cases, module(r.moduleCode()));
            cell(cases, r.title());
            cell(cases, r.assignee() == null ? t("campaign.unassigned") : name(r.assignee()));
            cell(cases, t("testcase.result." + r.result().name()) + (r.waived() ? " · " + t("testcase.waivedTag") : ""));
            PdfPCell notes = new PdfPCell();
            notes.setPadding(4);
            notes.setPaddingTop(1);
            Paragraph p = new Paragraph();
            p.setLeading(0, 1.25f);
            if (r.notes() != null) {
                p.add(new Chunk(r.notes(), normal));
            }
            if (r.waived()) {
                p.add(new Chunk((p.isEmpty() ? "" : "\n") + t("testcase.waiverReason") + ": " + or(r.waiverReason()), bold));
            }
            if (r.resultAt() != null) {
                p.add(new Chunk((p.isEmpty() ? "" : "\n") + t("campaign.byOn", name(r.resultBy()),
                        dateTime(r.resultAt(), data.zone())), muted));
            }
            notes.addElement(p);
            cases.addCell(notes);
        }
        doc.add(cases);
    }

    private String name(String username) {
        if (username == null) {
            return "—";
        }
        String name = data.consultantNames() == null ? null : data.consultantNames().get(username);
        return name == null || name.isBlank() ? username : name;
    }

    private String module(String code) {
        String name = data.moduleNames() == null ? null : data.moduleNames().get(code);
        return name == null || name.isBlank() ? code : name;
    }
}
