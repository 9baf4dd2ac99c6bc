package app.vinculo.training.web;

import app.vinculo.platform.web.PdfReport;
import app.vinculo.training.boundary.CertificateData;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Paragraph;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The attendance certificate of one attendee of a closed edition (R5.2), as a one-page landscape PDF: centred lines
 * in its own larger fonts (the report name is the certificate's title, 26 points).
 */
public final class CertificateReport extends PdfReport {

    private final CertificateData c;
    private final LocalDate issued;
    private final Font letterhead = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12, PRIMARY);
    private final Font name = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 22);
    private final Font small = FontFactory.getFont(FontFactory.HELVETICA, 10, java.awt.Color.GRAY);

    private CertificateReport(CertificateData c, LocalDate issued, Locale locale) {
        super(locale, Page.landscape(64, 56), 26, 13);
        this.c = c;
        this.issued = issued;
    }

    public static byte[] render(CertificateData c, LocalDate issued, Locale locale) {
        return new CertificateReport(c, issued, locale).render();
    }

    @Override
    protected String documentTitle() {
        return t("certificate.title") + " — " + c.contactName();
    }

    @Override
    protected void body(Document doc) {
        doc.add(centered(t("certificate.letterhead"), letterhead, 0));
        doc.add(centered(t("certificate.title"), title, 36));
        doc.add(centered(t("certificate.certifies"), normal, 28));
        doc.add(centered(c.contactName(), name, 10));
        doc.add(centered(t("certificate.ofClient", c.clientName()), normal, 6));
        Paragraph course = new Paragraph();
        course.setAlignment(Element.ALIGN_CENTER);
        course.setSpacingBefore(20);
        course.add(new Chunk(t("certificate.attended") + " ", normal));
        course.add(new Chunk("«" + c.courseTitle() + "» (" + c.courseCode() + ")", bold));
        doc.add(course);
        String days = c.firstDay() == null ? "" : c.firstDay().equals(c.lastDay())
                ? t("certificate.onDay", date(c.firstDay()))
                : t("certificate.betweenDays", date(c.firstDay()), date(c.lastDay()));
        doc.add(centered(days, normal, 8));
        doc.add(centered(t("certificate.sessions", c.attendedSessions(), c.sessions(), TrainingNumbers.hours(c.hours())),
                normal, 8));
        if (!c.instructors().isEmpty()) {
            doc.add(centered(t("certificate.instructors", String.join(", ", c.instructors())), normal, 20));
        }
        if (c.place() != null && !c.place().isBlank()) {
            doc.add(centered(t("certificate.place", c.place()), normal, 6));
        }
        doc.add(centered(t("certificate.issued", date(issued)), small, 40));
        doc.add(centered(t("certificate.footer"), small, 4));
    }

    private static Paragraph centered(String text, Font font, float before) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingBefore(before);
        return p;
    }
}
