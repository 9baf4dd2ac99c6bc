package app.vinculo.releases.boundary;

import app.vinculo.releases.entity.ChangeKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serial;
import java.io.Serializable;

/** A change as typed: kind, module, description, optional requirement it delivers. */
public class ChangeForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @NotNull(message = "{change.kind.required}")
    private ChangeKind kind = ChangeKind.NEW_DEVELOPMENT;

    @NotBlank(message = "{change.module.required}")
    private String moduleCode;

    @NotBlank(message = "{change.description.required}")
    @Size(max = 1000, message = "{change.description.size}")
    private String description;

    private Long requirementId;

    public ChangeForm() {
    }

    public ChangeForm(ChangeKind kind, String moduleCode, String description, Long requirementId) {
        this.kind = kind;
        this.moduleCode = moduleCode;
        this.description = description;
        this.requirementId = requirementId;
    }

    public ChangeKind getKind() { return kind; }
    public void setKind(ChangeKind v) { kind = v; }
    public String getModuleCode() { return moduleCode; }
    public void setModuleCode(String v) { moduleCode = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { description = v; }
    public Long getRequirementId() { return requirementId; }
    public void setRequirementId(Long v) { requirementId = v; }
}
