package app.vinculo.training.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The RCU report ("Registro de Cursos") for a period: editions given (held or closed, first session in the period),
 * their instructors and hours, attendees by client and the attendance rate (marks attended over marks expected).
 */
public record RcuReport(LocalDate from, LocalDate to, List<Edition> editions, List<ClientLine> clients,
                        BigDecimal totalHours, long registered, long attendees, BigDecimal rate) implements Serializable {

    /** One edition given. {@code rate} is null when nothing was expected. */
    public record Edition(Long editionId, String courseCode, String courseTitle, LocalDate firstDay, LocalDate lastDay,
                          int sessions, List<String> instructors, BigDecimal hours, long registered, long attendees,
                          BigDecimal rate, boolean closed) implements Serializable {
    }

    /** Attendees of one client over the period. */
    public record ClientLine(Long clientId, String clientName, long editions, long registered, long attendees,
                             BigDecimal rate) implements Serializable {
    }

    public RcuReport {
        editions = List.copyOf(editions);
        clients = List.copyOf(clients);
    }
}
