package app.vinculo.training.boundary;

import app.vinculo.training.entity.EditionStatus;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One session on the calendar. */
public record CalendarEntry(Long editionId, int sessionNo, int sessions, String courseTitle, LocalDateTime start,
                            LocalDateTime end, String place, EditionStatus status) implements Serializable {
}
