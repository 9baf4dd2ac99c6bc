package app.vinculo.visits.web;

import app.vinculo.followups.boundary.NextStep;
import app.vinculo.platform.web.PdfParts;
import app.vinculo.platform.web.Texts;
import app.vinculo.visits.boundary.TopicForm;
import app.vinculo.visits.boundary.VisitDetail;
import app.vinculo.visits.boundary.VisitRecordForm;
import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;

import java.awt.Color;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import static app.vinculo.platform.web.PdfParts.fact;
import static app.vinculo.platform.web.PdfParts.header;
import static app.vinculo.platform.web.PdfParts.or;
import static app.vinculo.platform.web.PdfParts.section;
import static app.vinculo.platform.web.PdfParts.text;

/**
 * The visit report ("Informe de visita") as PDF, with OpenPDF: client, date, kind, consultants, objectives, topics with
 * outcome and interest, attendees, questions answered, requirements detected, courses, next steps and assessment.
 */
public final class VisitReport {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Color PRIMARY = new Color(0x1f, 0x5f, 0xa8);

    /** What the report shows: the visit and how to name its consultants, contacts and modules. */
    public record Data(VisitDetail visit, ZoneId zone, Function<String, String> consultantName,
                       Function<Long, String> contactName, Function<String, String> moduleName,
                       List<NextStep> nextSteps) {
    }

    private VisitReport() {
    }

    public static byte[] render(Data data, Locale locale) {
        VisitDetail v = data.visit();
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18, PRIMARY);
        Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12, PRIMARY);
        Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
        Font normal = FontFactory.getFont(FontFactory.HELVETICA, 10);
        Font muted = FontFactory.getFont(FontFactory.HELVETICA, 9, Color.GRAY);
        return PdfParts.write(PageSize.A4, 48, 48, t(locale, "visit.report.title") + " · " + v.clientName(), doc -> {
            doc.add(new Paragraph(t(locale, "visit.report.title"), title));
            doc.add(new Paragraph(v.clientName(), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14)));
            doc.add(Chunk.NEWLINE);

            PdfPTable facts = new PdfPTable(new float[]{1.3f, 3.7f});
            facts.setWidthPercentage(100);
            fact(facts, t(locale, "visit.scheduledAt"), v.scheduledAt() == null ? ""
                    : DATE_TIME.format(v.scheduledAt().atZone(data.zone())) + " · " + v.durationMinutes() + " min", bold, normal);
            fact(facts, t(locale, "visit.kind"), t(locale, "visit.kind." + v.kind().name()), bold, normal);
            fact(facts, t(locale, "visit.status"), t(locale, "visit.status." + v.status().name()), bold, normal);
            fact(facts, t(locale, "visit.place"), or(v.place()), bold, normal);
            fact(facts, t(locale, "visit.consultants"), v.consultants().stream().map(data.consultantName())
                    .sorted().collect(Collectors.joining(", ")), bold, normal);
            doc.add(facts);

            section(doc, t(locale, "visit.section.objectives"), heading);
            text(doc, t(locale, "visit.commercialObjectives"), v.commercialObjectives(), bold, normal);
            text(doc, t(locale, "visit.technicalObjectives"), v.technicalObjectives(), bold, normal);

            section(doc, t(locale, "visit.section.topics"), heading);
            PdfPTable topics = new PdfPTable(new float[]{0.4f, 3.2f, 1.4f, 1.4f, 1.2f, 1.1f});
            topics.setWidthPercentage(100);
            for (String h : List.of("#", t(locale, "visit.topic.title"), t(locale, "visit.topic.kind"),
                    t(locale, "visit.topic.module"), t(locale, "visit.topic.outcome"), t(locale, "visit.topic.interest"))) {
                header(topics, h, bold);
            }
            int i = 1;
            for (TopicForm topic : v.topics()) {
                cell(topics, String.valueOf(i++), normal);
                cell(topics, topic.getTitle() + (topic.isSpare() ? " (" + t(locale, "visit.topic.spareTag") + ")" : ""), normal);
                cell(topics, topic.getKind() == null ? "" : t(locale, "visit.topicKind." + topic.getKind().name()), normal);
                cell(topics, topic.getModuleCode() == null ? "" : data.moduleName().apply(topic.getModuleCode()), normal);
                cell(topics, topic.getOutcome() == null ? "—" : t(locale, "visit.outcome." + topic.getOutcome().name()), normal);
                cell(topics, topic.getInterest() == null ? "—" : t(locale, "visit.interest." + topic.getInterest().name()), normal);
            }
            doc.add(topics);

            section(doc, t(locale, "visit.attendees"), heading);
            String attendees = v.attendeeContactIds().stream().map(data.contactName()).sorted().collect(Collectors.joining(", "));
            doc.add(new Paragraph(attendees.isBlank() ? "—" : attendees, normal));
            if (v.otherAttendees() != null && !v.otherAttendees().isBlank()) {
                text(doc, t(locale, "visit.otherAttendees"), v.otherAttendees(), bold, normal);
            }

            section(doc, t(locale, "visit.questionsAnswered"), heading);
            doc.add(new Paragraph(or(v.questionsAnswered()), normal));

            section(doc, t(locale, "visit.requirements"), heading);
            if (v.requirements().isEmpty()) {
                doc.add(new Paragraph("—", normal));
            }
            for (VisitRecordForm.RequirementItem r : v.requirements()) {
                Paragraph p = new Paragraph();
                p.add(new Chunk("• " + r.title(), bold));
                if (r.moduleCode() != null) {
                    p.add(new Chunk(" · " + data.moduleName().apply(r.moduleCode()), muted));
                }
                doc.add(p);
                if (r.description() != null && !r.description().isBlank()) {
                    Paragraph d = new Paragraph(r.description(), normal);
                    d.setIndentationLeft(12);
                    doc.add(d);
                }
            }

            section(doc, t(locale, "visit.coursesSuggested"), heading);
            doc.add(new Paragraph(or(v.coursesSuggested()), normal));

            section(doc, t(locale, "visit.nextSteps"), heading);
            if (data.nextSteps().isEmpty()) {
                doc.add(new Paragraph("—", normal));
            } else {
                PdfPTable steps = new PdfPTable(new float[]{4f, 1.6f, 1.2f});
                steps.setWidthPercentage(100);
                header(steps, t(locale, "visit.step.action"), bold);
                header(steps, t(locale, "visit.step.owner"), bold);
                header(steps, t(locale, "visit.step.due"), bold);
                for (NextStep s : data.nextSteps()) {
                    cell(steps, s.action(), normal);
                    cell(steps, or(s.owner()), normal);
                    cell(steps, s.due() == null ? "" : DATE.format(s.due()), normal);
                }
                doc.add(steps);
            }

            section(doc, t(locale, "visit.assessment"), heading);
            doc.add(new Paragraph(or(v.assessment()), normal));

            if (v.recordedAt() != null) {
                doc.add(Chunk.NEWLINE);
                doc.add(new Paragraph(t(locale, "visit.report.recorded", data.consultantName().apply(v.recordedBy()),
                        DATE_TIME.format(v.recordedAt().atZone(data.zone()))), muted));
            }
            if (v.correctedAt() != null) {
                doc.add(new Paragraph(t(locale, "visit.report.corrected", data.consultantName().apply(v.correctedBy()),
                        DATE_TIME.format(v.correctedAt().atZone(data.zone()))), muted));
            }
        });
    }

    private static String t(Locale locale, String key, Object... args) {
        return Texts.text(locale, key, args);
    }






    private static void cell(PdfPTable table, String text, Font font) {
        app.vinculo.platform.web.PdfParts.cell(table, text, font, Element.ALIGN_LEFT);
    }
}
