package app.vinculo.releases.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;

/** A release as typed by R&D. */
public class ReleaseForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{release.label.required}")
    @Pattern(regexp = "[0-9A-Za-z][0-9A-Za-z._-]{0,29}", message = "{release.label.pattern}")
    private String label;

    @NotNull(message = "{release.date.required}")
    private LocalDate releaseDate;

    @Size(max = 4000, message = "{release.notes.size}")
    private String notes;

    private long version;

    public String getLabel() { return label; }
    public void setLabel(String v) { label = v; }
    public LocalDate getReleaseDate() { return releaseDate; }
    public void setReleaseDate(LocalDate v) { releaseDate = v; }
    public String getNotes() { return notes; }
    public void setNotes(String v) { notes = v; }
    public long getVersion() { return version; }
    public void setVersion(long v) { version = v; }
}
