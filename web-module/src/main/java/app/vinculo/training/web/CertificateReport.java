package app.vinculo.training.web;

import app.vinculo.platform.web.PdfParts;
import app.vinculo.platform.web.Texts;
import app.vinculo.training.boundary.CertificateData;
import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;

import java.awt.Color;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The attendance certificate of one attendee of a closed edition (R5.2), as a one-page landscape PDF with OpenPDF. */
public final class CertificateReport {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Color PRIMARY = new Color(0x1f, 0x5f, 0xa8);

    private CertificateReport() {
    }

    public static byte[] render(CertificateData c, LocalDate issued, Locale locale) {
        Font letterhead = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12, PRIMARY);
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 26, PRIMARY);
        Font name = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 22);
        Font normal = FontFactory.getFont(FontFactory.HELVETICA, 13);
        Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
        Font muted = FontFactory.getFont(FontFactory.HELVETICA, 10, Color.GRAY);
        return PdfParts.write(PageSize.A4.rotate(), 64, 56, t(locale, "certificate.title") + " — " + c.contactName(), doc -> {
            doc.add(centered(t(locale, "certificate.letterhead"), letterhead, 0));
            doc.add(centered(t(locale, "certificate.title"), title, 36));
            doc.add(centered(t(locale, "certificate.certifies"), normal, 28));
            doc.add(centered(c.contactName(), name, 10));
            doc.add(centered(t(locale, "certificate.ofClient", c.clientName()), normal, 6));
            Paragraph course = new Paragraph();
            course.setAlignment(Element.ALIGN_CENTER);
            course.setSpacingBefore(20);
            course.add(new Chunk(t(locale, "certificate.attended") + " ", normal));
            course.add(new Chunk("«" + c.courseTitle() + "» (" + c.courseCode() + ")", bold));
            doc.add(course);
            String days = c.firstDay() == null ? "" : c.firstDay().equals(c.lastDay())
                    ? t(locale, "certificate.onDay", DATE.format(c.firstDay()))
                    : t(locale, "certificate.betweenDays", DATE.format(c.firstDay()), DATE.format(c.lastDay()));
            doc.add(centered(days, normal, 8));
            doc.add(centered(t(locale, "certificate.sessions", c.attendedSessions(), c.sessions(),
                    TrainingNumbers.hours(c.hours())), normal, 8));
            if (!c.instructors().isEmpty()) {
                doc.add(centered(t(locale, "certificate.instructors", String.join(", ", c.instructors())), normal, 20));
            }
            if (c.place() != null && !c.place().isBlank()) {
                doc.add(centered(t(locale, "certificate.place", c.place()), normal, 6));
            }
            doc.add(centered(t(locale, "certificate.issued", DATE.format(issued)), muted, 40));
            doc.add(centered(t(locale, "certificate.footer"), muted, 4));
        });
    }

    private static Paragraph centered(String text, Font font, float before) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingBefore(before);
        return p;
    }

    private static String t(Locale locale, String key, Object... args) {
        return Texts.text(locale, key, args);
    }
}
