package app.vinculo.releases.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.io.Serial;
import java.io.Serializable;

/** A manual test case as typed by the Implementation Head. */
public class CaseForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{testcase.module.required}")
    private String moduleCode;

    @NotBlank(message = "{testcase.title.required}")
    @Size(max = 300, message = "{testcase.title.size}")
    private String title;

    @Size(max = 2000, message = "{testcase.steps.size}")
    private String steps;

    public CaseForm() {
    }

    public CaseForm(String moduleCode, String title, String steps) {
        this.moduleCode = moduleCode;
        this.title = title;
        this.steps = steps;
    }

    public String getModuleCode() { return moduleCode; }
    public void setModuleCode(String v) { moduleCode = v; }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public String getSteps() { return steps; }
    public void setSteps(String v) { steps = v; }
}
