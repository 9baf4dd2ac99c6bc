package app.vinculo.releases.entity;

import app.vinculo.platform.audit.Audited;
import app.vinculo.platform.error.InvalidInputException;
import app.vinculo.platform.persistence.BaseEntity;
import app.vinculo.requirements.entity.Requirement;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.io.Serial;

/** One change of a release: kind, module, description, and optionally the requirement it delivers. */
@Entity
@Table(name = "RELEASE_CHANGE")
@Audited
public class ReleaseChange extends BaseEntity {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final int DESCRIPTION_MAX = 1000;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "RELEASE_ID", nullable = false, updatable = false)
    private Release release;

    @Column(name = "SORT_ORDER", nullable = false)
    private int sortOrder;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", length = 16, nullable = false)
    private ChangeKind kind;

    @Column(name = "MODULE_CODE", length = 20, nullable = false)
    private String moduleCode;

    @Column(name = "DESCRIPTION", length = DESCRIPTION_MAX, nullable = false)
    private String description;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "REQUIREMENT_ID")
    private Requirement requirement;

    protected ReleaseChange() {
    }

    public ReleaseChange(Release release, int sortOrder) {
        release.checkDraft();
        this.release = release;
        this.sortOrder = sortOrder;
    }

    public void describe(ChangeKind kind, String moduleCode, String description, Requirement requirement) {
        release.checkDraft();
        if (kind == null) {
            throw new InvalidInputException("change.kindRequired");
        }
        if (moduleCode == null || moduleCode.isBlank()) {
            throw new InvalidInputException("change.moduleRequired");
        }
        if (description == null || description.isBlank()) {
            throw new InvalidInputException("change.descriptionRequired");
        }
        if (description.trim().length() > DESCRIPTION_MAX) {
            throw new InvalidInputException("change.descriptionTooLong", DESCRIPTION_MAX);
        }
        this.kind = kind;
        this.moduleCode = moduleCode.trim();
        this.description = description.trim();
        this.requirement = requirement;
    }

    public Release getRelease() { return release; }
    public int getSortOrder() { return sortOrder; }
    public ChangeKind getKind() { return kind; }
    public String getModuleCode() { return moduleCode; }
    public String getDescription() { return description; }
    public Requirement getRequirement() { return requirement; }
}
