package app.vinculo.training.boundary;

import app.vinculo.training.entity.Modality;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serial;
import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.Set;

/** A catalogue course as typed. */
public class CourseForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{course.code.required}")
    @Pattern(regexp = "[A-Za-z0-9_-]{2,20}", message = "{course.code.pattern}")
    private String code;

    @NotBlank(message = "{course.title.required}")
    @Size(max = 200, message = "{course.title.size}")
    private String title;

    private Set<String> modules = new LinkedHashSet<>();

    @Size(max = 20000, message = "{course.syllabus.size}")
    private String syllabus;

    @NotNull(message = "{course.duration.required}")
    @Min(value = 1, message = "{course.duration.range}")
    @Max(value = 1000, message = "{course.duration.range}")
    private Integer durationHours = 8;

    private Modality modality = Modality.OFFICES;
    private boolean active = true;
    private long version;

    public String getCode() { return code; }
    public void setCode(String v) { code = v; }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public Set<String> getModules() { return modules; }
    public void setModules(Set<String> v) { modules = v == null ? new LinkedHashSet<>() : v; }
    public String getSyllabus() { return syllabus; }
    public void setSyllabus(String v) { syllabus = v; }
    public Integer getDurationHours() { return durationHours; }
    public void setDurationHours(Integer v) { durationHours = v; }
    public Modality getModality() { return modality; }
    public void setModality(Modality v) { modality = v; }
    public boolean isActive() { return active; }
    public void setActive(boolean v) { active = v; }
    public long getVersion() { return version; }
    public void setVersion(long v) { version = v; }
}
