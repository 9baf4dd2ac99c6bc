package app.vinculo.releases.entity;

import app.vinculo.platform.audit.Audited;
import app.vinculo.platform.error.BusinessException;
import app.vinculo.platform.error.InvalidInputException;
import app.vinculo.platform.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.io.Serial;
import java.time.Instant;
import java.time.LocalDate;

/** A new version of the ERP announced by R&D: its label, date, notes and (as {@link ReleaseChange}s) its changes. */
@Entity
@Table(name = "ERP_RELEASE")
@Audited
public class Release extends BaseEntity {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final String LABEL_PATTERN = "[0-9A-Za-z][0-9A-Za-z._-]{0,29}";

    @Column(name = "VERSION_LABEL", length = 30, nullable = false, unique = true)
    private String label;

    @Column(name = "RELEASE_DATE", nullable = false)
    private LocalDate releaseDate;

    @Column(name = "NOTES", length = 4000)
    private String notes;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 10, nullable = false)
    private ReleaseStatus status = ReleaseStatus.DRAFT;

    @Column(name = "PUBLISHED_AT")
    private Instant publishedAt;

    @Column(name = "PUBLISHED_BY", length = 40)
    private String publishedBy;

    protected Release() {
    }

    public Release(String label) {
        if (label == null || !label.trim().matches(LABEL_PATTERN)) {
            throw new InvalidInputException("release.labelInvalid");
        }
        this.label = label.trim();
    }

    public void describe(LocalDate releaseDate, String notes) {
        checkDraft();
        if (releaseDate == null) {
            throw new InvalidInputException("release.dateRequired");
        }
        if (notes != null && notes.length() > 4000) {
            throw new InvalidInputException("release.notesTooLong", 4000);
        }
        this.releaseDate = releaseDate;
        this.notes = notes == null || notes.isBlank() ? null : notes.trim();
    }

    /** R6.1: a release with at least one change is published once. */
    public void publish(long changes, String by, Instant at) {
        checkDraft();
        if (changes == 0) {
            throw new BusinessException("release.noChanges");
        }
        status = ReleaseStatus.PUBLISHED;
        publishedBy = by;
        publishedAt = at;
    }

    /** Changes and details are edited only before publication. */
    public void checkDraft() {
        if (status != ReleaseStatus.DRAFT) {
            throw new BusinessException("release.alreadyPublished", label);
        }
    }

    public String getLabel() { return label; }
    public LocalDate getReleaseDate() { return releaseDate; }
    public String getNotes() { return notes; }
    public ReleaseStatus getStatus() { return status; }
    public Instant getPublishedAt() { return publishedAt; }
    public String getPublishedBy() { return publishedBy; }
}
