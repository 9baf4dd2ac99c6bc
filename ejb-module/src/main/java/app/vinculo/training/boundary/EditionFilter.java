package app.vinculo.training.boundary;

import app.vinculo.training.entity.EditionStatus;

import java.io.Serializable;
import java.time.LocalDate;

/** Filters of the edition list; any may be null. */
public record EditionFilter(EditionStatus status, Long courseId, LocalDate from, LocalDate to, String instructor)
        implements Serializable {

    public static EditionFilter none() {
        return new EditionFilter(null, null, null, null, null);
    }
}
