package app.vinculo.testing;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/** A real SMTP server (GreenMail) on the port the test server's mail/vinculo resource points at. */
public final class Smtp implements AutoCloseable {

    private final GreenMail server;

    /** Written into the deployment by {@link Deployments#withSmtpServer}: the build's SMTP port. */
    public static final String PORT_RESOURCE = "it-smtp.properties";

    private Smtp() {
        int port = port();
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    private static int port() {
        java.util.Properties p = new java.util.Properties();
        try (java.io.InputStream in = Smtp.class.getClassLoader().getResourceAsStream(PORT_RESOURCE)) {
            if (in != null) {
                p.load(in);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return Integer.parseInt(p.getProperty("port", System.getProperty("test.smtp.port", "3025")));
    }

    public static Smtp start() {
        Smtp smtp = new Smtp();
        smtp.server.start();
        return smtp;
    }

    /** A server that is not listening yet (SMTP "down"); {@link #up()} starts it. */
    public static Smtp down() {
        return new Smtp();
    }

    public void up() {
        server.start();
    }

    public List<MimeMessage> to(String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().toLowerCase().contains(address.toLowerCase()));
            } catch (MessagingException e) {
                return false;
            }
        }).toList();
    }

    /** The subjects of the mails {@code address} received, in the order they arrived. */
    public List<String> subjects(String address) {
        return to(address).stream().map(m -> {
            try {
                return m.getSubject();
            } catch (MessagingException e) {
                return "";
            }
        }).toList();
    }

    /** The plain-text and HTML parts of a received mail, concatenated. */
    public static String body(MimeMessage message) throws MessagingException, IOException {
        Object content = message.getContent();
        if (content instanceof MimeMultipart multipart) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                sb.append(multipart.getBodyPart(i).getContent()).append('\n');
            }
            return sb.toString();
        }
        return String.valueOf(content);
    }

    @Override
    public void close() {
        server.stop();
    }
}
