package app.vinculo.visits.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serial;
import java.io.Serializable;

/**
 * A new need detected during the visit. Kept on the record until the requirements feature exists; then
 * {@code requirementId} links the Requirement created from it.
 */
@Embeddable
public class DetectedRequirement implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Column(name = "TITLE", length = 200, nullable = false)
    private String title;

    @Column(name = "DESCRIPTION", length = 2000)
    private String description;

    @Column(name = "MODULE_CODE", length = 20)
    private String moduleCode;

    @Column(name = "REQUIREMENT_ID")
    private Long requirementId;

    protected DetectedRequirement() {
    }

    public DetectedRequirement(String title, String description, String moduleCode) {
        this(title, description, moduleCode, null);
    }

    /** @param requirementId the Requirement registered from this item */
    public DetectedRequirement(String title, String description, String moduleCode, Long requirementId) {
        this.requirementId = requirementId;
        this.title = title.trim();
        this.description = description == null || description.isBlank() ? null : description.trim();
        this.moduleCode = moduleCode == null || moduleCode.isBlank() ? null : moduleCode.trim();
    }

    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public String getModuleCode() { return moduleCode; }
    public Long getRequirementId() { return requirementId; }
}
