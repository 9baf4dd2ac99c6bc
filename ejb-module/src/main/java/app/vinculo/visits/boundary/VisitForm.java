package app.vinculo.visits.boundary;

import app.vinculo.visits.entity.VisitKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The plan of a visit as typed. */
public class VisitForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @NotNull(message = "{visit.client.required}")
    private Long clientId;
    @NotNull(message = "{visit.kind.required}")
    private VisitKind kind = VisitKind.MIXED;
    @NotNull(message = "{visit.scheduledAt.required}")
    private Instant scheduledAt;
    @Min(value = 15, message = "{visit.duration.invalid}")
    @Max(value = 1440, message = "{visit.duration.invalid}")
    private int durationMinutes = 120;
    @Size(max = 200, message = "{visit.place.size}")
    private String place;
    private Set<String> consultants = new LinkedHashSet<>();
    @Size(max = 2000, message = "{visit.objectives.size}")
    private String commercialObjectives;
    @Size(max = 2000, message = "{visit.objectives.size}")
    private String technicalObjectives;
    @Size(max = 30, message = "{visit.topics.size}")
    private List<TopicForm> topics = new ArrayList<>();
    private Set<Long> invitedContactIds = new LinkedHashSet<>();
    private long version;

    public Long getClientId() { return clientId; }
    public void setClientId(Long v) { clientId = v; }
    public VisitKind getKind() { return kind; }
    public void setKind(VisitKind v) { kind = v; }
    public Instant getScheduledAt() { return scheduledAt; }
    public void setScheduledAt(Instant v) { scheduledAt = v; }
    public int getDurationMinutes() { return durationMinutes; }
    public void setDurationMinutes(int v) { durationMinutes = v; }
    public String getPlace() { return place; }
    public void setPlace(String v) { place = v; }
    public Set<String> getConsultants() { return consultants; }
    public void setConsultants(Set<String> v) { consultants = v == null ? new LinkedHashSet<>() : v; }
    public String getCommercialObjectives() { return commercialObjectives; }
    public void setCommercialObjectives(String v) { commercialObjectives = v; }
    public String getTechnicalObjectives() { return technicalObjectives; }
    public void setTechnicalObjectives(String v) { technicalObjectives = v; }
    public List<TopicForm> getTopics() { return topics; }
    public void setTopics(List<TopicForm> v) { topics = v == null ? new ArrayList<>() : v; }
    public Set<Long> getInvitedContactIds() { return invitedContactIds; }
    public void setInvitedContactIds(Set<Long> v) { invitedContactIds = v == null ? new LinkedHashSet<>() : v; }
    public long getVersion() { return version; }
    public void setVersion(long v) { version = v; }
}
