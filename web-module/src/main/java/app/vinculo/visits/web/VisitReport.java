package app.vinculo.visits.web;

import app.vinculo.followups.boundary.NextStep;
import app.vinculo.platform.web.PdfReport;
import app.vinculo.visits.boundary.TopicForm;
import app.vinculo.visits.boundary.VisitDetail;
import app.vinculo.visits.boundary.VisitRecordForm;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import static app.vinculo.platform.web.PdfParts.or;

/**
 * The visit report ("Informe de visita") as PDF: client, date, kind, consultants, objectives, topics with outcome and
 * interest, attendees, questions answered, requirements detected, courses, next steps and assessment.
 */
public final class VisitReport extends PdfReport {

    /** What the report shows: the visit and how to name its consultants, contacts and modules. */
    public record Data(VisitDetail visit, ZoneId zone, Function<String, String> consultantName,
                       Function<Long, String> contactName, Function<String, String> moduleName,
                       List<NextStep> nextSteps) {
    }

    private final Data data;
    private final VisitDetail v;

    private VisitReport(Data data, Locale locale) {
        super(locale, Page.portrait(48, 48), 18, 10);
        this.data = data;
        this.v = data.visit();
    }

    public static byte[] render(Data data, Locale locale) {
        return new VisitReport(data, locale).render();
    }

    @Override
    protected String documentTitle() {
        return t("visit.report.title") + " · " + v.clientName();
    }

    @Override
    protected void body(Document doc) {
        letterhead(doc, t("visit.report.title"), v.clientName(), 14);

        PdfPTable facts = table(1.3f, 3.7f);
        fact(facts, t("visit.scheduledAt"), v.scheduledAt() == null ? ""
                : dateTime(v.scheduledAt(), data.zone()) + " · " + v.durationMinutes() + " min");
        fact(facts, t("visit.kind"), t("visit.kind." + v.kind().name()));
        fact(facts, t("visit.status"), t("visit.status." + v.status().name()));
        fact(facts, t("visit.place"), or(v.place()));
        fact(facts, t("visit.consultants"), v.consultants().stream().map(data.consultantName())
                .sorted().collect(Collectors.joining(", ")));
        doc.add(facts);

        section(doc, t("visit.section.objectives"));
        text(doc, t("visit.commercialObjectives"), v.commercialObjectives());
        text(doc, t("visit.technicalObjectives"), v.technicalObjectives());

        topics(doc);

        section(doc, t("visit.attendees"));
        String attendees = v.attendeeContactIds().stream().map(data.contactName()).sorted().collect(Collectors.joining(", "));
        doc.add(new Paragraph(attendees.isBlank() ? "—" : attendees, normal));
        if (v.otherAttendees() != null && !v.otherAttendees().isBlank()) {
            text(doc, t("visit.otherAttendees"), v.otherAttendees());
        }

        section(doc, t("visit.questionsAnswered"));
        doc.add(new Paragraph(or(v.questionsAnswered()), normal));

        requirements(doc);

        section(doc, t("visit.coursesSuggested"));
        doc.add(new Paragraph(or(v.coursesSuggested()), normal));

        nextSteps(doc);

        section(doc, t("visit.assessment"));
        doc.add(new Paragraph(or(v.assessment()), normal));

        if (v.recordedAt() != null) {
            doc.add(Chunk.NEWLINE);
            doc.add(new Paragraph(t("visit.report.recorded", data.consultantName().apply(v.recordedBy()),
                    dateTime(v.recordedAt(), data.zone())), muted));
        }
        if (v.correctedAt() != null) {
            doc.add(new Paragraph(t("visit.report.corrected", data.consultantName().apply(v.correctedBy()),
                    dateTime(v.correctedAt(), data.zone())), muted));
        }
    }

    private void topics(Document doc) {
        section(doc, t("visit.section.topics"));
        PdfPTable topics = table(0.4f, 3.2f, 1.4f, 1.4f, 1.2f, 1.1f);
        headers(topics, "#", t("visit.topic.title"), t("visit.topic.kind"), t("visit.topic.module"),
                t("visit.topic.outcome"), t("visit.topic.interest"));
        int i = 1;
        for (TopicForm topic : v.topics()) {
            cell(topics, String.valueOf(i++));
            cell(topics, topic.getTitle() + (topic.isSpare() ? " (" + t("visit.topic.spareTag") + ")" : ""));
            cell(topics, topic.getKind() == null ? "" : t("visit.topicKind." + topic.getKind().name()));
            cell(topics, topic.getModuleCode() == null ? "" : data.moduleName().apply(topic.getModuleCode()));
            cell(topics, topic.getOutcome() == null ? "—" : t("visit.outcome." + topic.getOutcome().name()));
            cell(topics, topic.getInterest() == null ? "—" : t("visit.interest." + topic.getInterest().name()));
        }
        doc.add(topics);
    }

    private void requirements(Document doc) {
        section(doc, t("visit.requirements"));
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
    }

    private void nextSteps(Document doc) {
        section(doc, t("visit.nextSteps"));
        if (data.nextSteps().isEmpty()) {
            doc.add(new Paragraph("—", normal));
            return;
        }
        PdfPTable steps = table(4f, 1.6f, 1.2f);
        headers(steps, t("visit.step.action"), t("visit.step.owner"), t("visit.step.due"));
        for (NextStep s : data.nextSteps()) {
            cell(steps, s.action());
            cell(steps, or(s.owner()));
            cell(steps, date(s.due()));
        }
        doc.add(steps);
    }
}
