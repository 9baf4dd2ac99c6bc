package app.vinculo.visits.boundary;

import app.vinculo.followups.boundary.NextStep;
import jakarta.validation.constraints.Size;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What is recorded after the visit (IT APE). */
public class VisitRecordForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private Set<Long> attendeeContactIds = new LinkedHashSet<>();
    @Size(max = 500, message = "{visit.otherAttendees.size}")
    private String otherAttendees;
    /** The plan's topics, same order, with outcome and interest. */
    private List<TopicForm> topics = new ArrayList<>();
    @Size(max = 4000, message = "{visit.text.size}")
    private String questionsAnswered;
    private List<RequirementItem> requirements = new ArrayList<>();
    /** Modules in which the client showed interest: become OF_INTEREST on the client (unless installed). */
    private Set<String> moduleInterest = new LinkedHashSet<>();
    @Size(max = 2000, message = "{visit.text.size}")
    private String coursesSuggested;
    @Size(max = 4000, message = "{visit.text.size}")
    private String assessment;
    private List<NextStep> nextSteps = new ArrayList<>();
    private long version;

    /** A requirement detected in the visit. */
    public record RequirementItem(String title, String description, String moduleCode) implements Serializable {
    }

    public Set<Long> getAttendeeContactIds() { return attendeeContactIds; }
    public void setAttendeeContactIds(Set<Long> v) { attendeeContactIds = v == null ? new LinkedHashSet<>() : v; }
    public String getOtherAttendees() { return otherAttendees; }
    public void setOtherAttendees(String v) { otherAttendees = v; }
    public List<TopicForm> getTopics() { return topics; }
    public void setTopics(List<TopicForm> v) { topics = v == null ? new ArrayList<>() : v; }
    public String getQuestionsAnswered() { return questionsAnswered; }
    public void setQuestionsAnswered(String v) { questionsAnswered = v; }
    public List<RequirementItem> getRequirements() { return requirements; }
    public void setRequirements(List<RequirementItem> v) { requirements = v == null ? new ArrayList<>() : v; }
    public Set<String> getModuleInterest() { return moduleInterest; }
    public void setModuleInterest(Set<String> v) { moduleInterest = v == null ? new LinkedHashSet<>() : v; }
    public String getCoursesSuggested() { return coursesSuggested; }
    public void setCoursesSuggested(String v) { coursesSuggested = v; }
    public String getAssessment() { return assessment; }
    public void setAssessment(String v) { assessment = v; }
    public List<NextStep> getNextSteps() { return nextSteps; }
    public void setNextSteps(List<NextStep> v) { nextSteps = v == null ? new ArrayList<>() : v; }
    public long getVersion() { return version; }
    public void setVersion(long v) { version = v; }
}
