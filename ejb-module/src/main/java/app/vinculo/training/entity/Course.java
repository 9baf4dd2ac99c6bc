package app.vinculo.training.entity;

import app.vinculo.platform.audit.Audited;
import app.vinculo.platform.error.InvalidInputException;
import app.vinculo.platform.persistence.BaseEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import java.io.Serial;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/** A course of the catalogue (IT RCU): what is taught, for which modules, how long and how. */
@Entity
@Table(name = "COURSE")
@Audited
public class Course extends BaseEntity {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final int SYLLABUS_MAX = 20_000;

    @Column(name = "CODE", length = 20, nullable = false, unique = true)
    private String code;

    @Column(name = "TITLE", length = 200, nullable = false)
    private String title;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "COURSE_MODULE", joinColumns = @JoinColumn(name = "COURSE_ID"))
    @Column(name = "MODULE_CODE", length = 20, nullable = false)
    private Set<String> modules = new LinkedHashSet<>();

    /** Sanitised HTML. */
    @Column(name = "SYLLABUS", length = SYLLABUS_MAX)
    private String syllabus;

    @Column(name = "DURATION_HOURS", nullable = false)
    private int durationHours;

    @Enumerated(EnumType.STRING)
    @Column(name = "MODALITY", length = 10, nullable = false)
    private Modality modality;

    @Column(name = "ACTIVE", nullable = false)
    private boolean active = true;

    protected Course() {
    }

    public Course(String code) {
        if (code == null || !code.trim().matches("[A-Za-z0-9_-]{2,20}")) {
            throw new InvalidInputException("course.codeInvalid");
        }
        this.code = code.trim().toUpperCase(java.util.Locale.ROOT);
    }

    /** @param sanitisedSyllabus HTML already cleaned by the boundary */
    public void describe(String title, Set<String> modules, String sanitisedSyllabus, int durationHours, Modality modality,
                         boolean active) {
        if (title == null || title.isBlank() || title.length() > 200) {
            throw new InvalidInputException("course.titleInvalid");
        }
        if (durationHours < 1 || durationHours > 1000) {
            throw new InvalidInputException("course.durationInvalid");
        }
        if (sanitisedSyllabus != null && sanitisedSyllabus.length() > SYLLABUS_MAX) {
            throw new InvalidInputException("course.syllabusTooLong", SYLLABUS_MAX);
        }
        this.title = title.trim();
        this.modules.clear();
        this.modules.addAll(modules);
        this.syllabus = sanitisedSyllabus == null || sanitisedSyllabus.isBlank() ? null : sanitisedSyllabus;
        this.durationHours = durationHours;
        this.modality = modality == null ? Modality.OFFICES : modality;
        this.active = active;
    }

    public String getCode() { return code; }
    public String getTitle() { return title; }
    public Set<String> getModules() { return Collections.unmodifiableSet(modules); }
    public String getSyllabus() { return syllabus; }
    public int getDurationHours() { return durationHours; }
    public Modality getModality() { return modality; }
    public boolean isActive() { return active; }
}
