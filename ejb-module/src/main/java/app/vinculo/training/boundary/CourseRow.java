package app.vinculo.training.boundary;

import app.vinculo.training.entity.Modality;

import java.io.Serializable;
import java.util.Set;

/** A catalogue course as pages show it; {@code syllabus} is sanitised HTML. */
public record CourseRow(Long id, long version, String code, String title, Set<String> modules, String syllabus,
                        int durationHours, Modality modality, boolean active) implements Serializable {

    public CourseForm toForm() {
        CourseForm f = new CourseForm();
        f.setCode(code);
        f.setTitle(title);
        f.setModules(new java.util.LinkedHashSet<>(modules));
        f.setSyllabus(syllabus);
        f.setDurationHours(durationHours);
        f.setModality(modality);
        f.setActive(active);
        f.setVersion(version);
        return f;
    }
}
