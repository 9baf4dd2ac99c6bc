package app.vinculo.visits.boundary;

import app.vinculo.visits.entity.InterestLevel;
import app.vinculo.visits.entity.TopicKind;
import app.vinculo.visits.entity.TopicOutcome;
import app.vinculo.visits.entity.VisitTopic;

import java.io.Serial;
import java.io.Serializable;

/** One topic in the plan form (and its result in the record form). */
public class TopicForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private String title;
    private TopicKind kind = TopicKind.DEMO;
    private String moduleCode;
    private boolean spare;
    private TopicOutcome outcome;
    private InterestLevel interest;
    private app.vinculo.visits.entity.TopicSource sourceKind;
    private Long sourceId;

    public static TopicForm of(VisitTopic t) {
        TopicForm f = new TopicForm();
        f.title = t.getTitle();
        f.kind = t.getKind();
        f.moduleCode = t.getModuleCode();
        f.spare = t.isSpare();
        f.outcome = t.getOutcome();
        f.interest = t.getInterest();
        f.sourceKind = t.getSourceKind();
        f.sourceId = t.getSourceId();
        return f;
    }

    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public TopicKind getKind() { return kind; }
    public void setKind(TopicKind v) { kind = v; }
    public String getModuleCode() { return moduleCode; }
    public void setModuleCode(String v) { moduleCode = v; }
    public boolean isSpare() { return spare; }
    public void setSpare(boolean v) { spare = v; }
    public TopicOutcome getOutcome() { return outcome; }
    public void setOutcome(TopicOutcome v) { outcome = v; }
    public InterestLevel getInterest() { return interest; }
    public void setInterest(InterestLevel v) { interest = v; }
    public app.vinculo.visits.entity.TopicSource getSourceKind() { return sourceKind; }
    public void setSourceKind(app.vinculo.visits.entity.TopicSource v) { sourceKind = v; }
    public Long getSourceId() { return sourceId; }
    public void setSourceId(Long v) { sourceId = v; }
}
