package app.vinculo.reminders.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import java.io.UnsupportedEncodingException;
import java.time.Instant;

/**
 * Sends rendered mails through the server's {@code mail/vinculo} resource (host, port, credentials and the
 * connect/read/write timeouts are configured there by server-config). One SMTP connection per batch.
 */
@ApplicationScoped
public class MailTransport {

    @Resource(lookup = "mail/vinculo")
    Session session;

    /** Opens one SMTP connection for several mails. */
    public Batch open() throws MessagingException {
        Transport transport = session.getTransport("smtp");
        transport.connect();
        return new Batch(transport);
    }

    public final class Batch implements AutoCloseable {
        private final Transport transport;

        private Batch(Transport transport) {
            this.transport = transport;
        }

        /** Sends one mail; returns when the SMTP server accepted it. */
        public Instant send(String toAddress, String toName, RenderedMail mail) throws MessagingException {
            MimeMessage message = new MimeMessage(session);
            try {
                message.setRecipient(Message.RecipientType.TO, new InternetAddress(toAddress, toName, "UTF-8"));
            } catch (UnsupportedEncodingException impossible) {
                throw new MessagingException(impossible.getMessage());
            }
            if (message.getFrom() == null || message.getFrom().length == 0) {
                message.setFrom();
            }
            message.setSubject(mail.subject(), "UTF-8");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.text(), "UTF-8", "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(mail.html(), "UTF-8", "html");
            MimeMultipart alternative = new MimeMultipart("alternative");
            alternative.addBodyPart(text);
            alternative.addBodyPart(html);
            message.setContent(alternative);
            message.setSentDate(new java.util.Date());
            message.saveChanges();
            Address[] to = message.getAllRecipients();
            transport.sendMessage(message, to);
            return Instant.now();
        }

        @Override
        public void close() {
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // the mails were accepted or recorded as failed already
            }
        }
    }
}
