package app.vinculo.training.boundary;

import app.vinculo.training.entity.EditionStatus;
import app.vinculo.training.entity.RegistrationStatus;

import java.io.Serializable;
import java.time.LocalDate;

/** A course in a contact's history. */
public record ContactCourseRow(Long editionId, String courseTitle, LocalDate firstDay, LocalDate lastDay,
                               EditionStatus editionStatus, RegistrationStatus status, int attendedSessions, int sessions)
        implements Serializable {
}
