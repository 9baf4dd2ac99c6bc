package app.vinculo.visits.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.io.Serial;
import java.io.Serializable;

/**
 * One topic of the visit plan (an ordered list: demo of a module, installation, training, review), optionally
 * tied to a module, main or spare ("siempre es conveniente contar con varios temas"), and after the visit its
 * outcome and the interest shown.
 */
@Embeddable
public class VisitTopic implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Column(name = "TITLE", length = 200, nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "TOPIC_KIND", length = 20, nullable = false)
    private TopicKind kind = TopicKind.DEMO;

    @Column(name = "MODULE_CODE", length = 20)
    private String moduleCode;

    @Column(name = "SPARE", nullable = false)
    private boolean spare;

    @Enumerated(EnumType.STRING)
    @Column(name = "OUTCOME", length = 10)
    private TopicOutcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "INTEREST", length = 10)
    private InterestLevel interest;

    /** R2.4: the record a proposed topic came from (null for a topic typed by hand). */
    @Enumerated(EnumType.STRING)
    @Column(name = "SOURCE_KIND", length = 12)
    private TopicSource sourceKind;

    @Column(name = "SOURCE_ID")
    private Long sourceId;

    protected VisitTopic() {
    }

    public VisitTopic(String title, TopicKind kind, String moduleCode, boolean spare) {
        this.title = title.trim();
        this.kind = kind == null ? TopicKind.OTHER : kind;
        this.moduleCode = moduleCode == null || moduleCode.isBlank() ? null : moduleCode.trim();
        this.spare = spare;
    }

    /** The topic came from a proposal of the visit assistant (R2.4). */
    public VisitTopic from(TopicSource kind, Long id) {
        this.sourceKind = kind == null || id == null ? null : kind;
        this.sourceId = this.sourceKind == null ? null : id;
        return this;
    }

    public VisitTopic withResult(TopicOutcome outcome, InterestLevel interest) {
        VisitTopic t = new VisitTopic(title, kind, moduleCode, spare).from(sourceKind, sourceId);
        t.outcome = outcome;
        t.interest = interest;
        return t;
    }

    public String getTitle() { return title; }
    public TopicKind getKind() { return kind; }
    public String getModuleCode() { return moduleCode; }
    public boolean isSpare() { return spare; }
    public TopicOutcome getOutcome() { return outcome; }
    public InterestLevel getInterest() { return interest; }
    public TopicSource getSourceKind() { return sourceKind; }
    public Long getSourceId() { return sourceId; }
}
