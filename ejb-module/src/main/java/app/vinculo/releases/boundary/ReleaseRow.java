package app.vinculo.releases.boundary;

import app.vinculo.releases.entity.ReleaseStatus;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A release as lists show it; {@code campaignId} is null until a test campaign is opened. */
public record ReleaseRow(Long id, long version, String label, LocalDate releaseDate, String notes, ReleaseStatus status,
                         Instant publishedAt, String publishedBy, long changes, Long campaignId) implements Serializable {

    public ReleaseForm toForm() {
        ReleaseForm f = new ReleaseForm();
        f.setLabel(label);
        f.setReleaseDate(releaseDate);
        f.setNotes(notes);
        f.setVersion(version);
        return f;
    }
}
