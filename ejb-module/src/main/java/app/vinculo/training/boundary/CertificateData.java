package app.vinculo.training.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What an attendance certificate states, for one attendee of a closed edition. */
public record CertificateData(Long registrationId, String contactName, String clientName, String courseCode,
                              String courseTitle, BigDecimal hours, LocalDate firstDay, LocalDate lastDay,
                              int attendedSessions, int sessions, List<String> instructors, String place)
        implements Serializable {
}
