package app.vinculo.training.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** An edition as typed: course, sessions, place, capacity, instructors, audience. */
public class EditionForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @NotNull(message = "{edition.course.required}")
    private Long courseId;

    @Valid
    @Size(min = 1, max = 60, message = "{edition.sessions.size}")
    private List<SessionForm> sessions = new ArrayList<>();

    @Size(max = 200, message = "{edition.place.size}")
    private String place;

    @NotNull(message = "{edition.capacity.required}")
    @Min(value = 1, message = "{edition.capacity.range}")
    @Max(value = 500, message = "{edition.capacity.range}")
    private Integer capacity = 12;

    private Set<String> instructors = new LinkedHashSet<>();
    private boolean openToAll = true;
    private Set<Long> audienceClientIds = new LinkedHashSet<>();
    private long version;

    public Long getCourseId() { return courseId; }
    public void setCourseId(Long v) { courseId = v; }
    public List<SessionForm> getSessions() { return sessions; }
    public void setSessions(List<SessionForm> v) { sessions = v == null ? new ArrayList<>() : v; }
    public String getPlace() { return place; }
    public void setPlace(String v) { place = v; }
    public Integer getCapacity() { return capacity; }
    public void setCapacity(Integer v) { capacity = v; }
    public Set<String> getInstructors() { return instructors; }
    public void setInstructors(Set<String> v) { instructors = v == null ? new LinkedHashSet<>() : v; }
    public boolean isOpenToAll() { return openToAll; }
    public void setOpenToAll(boolean v) { openToAll = v; }
    public Set<Long> getAudienceClientIds() { return audienceClientIds; }
    public void setAudienceClientIds(Set<Long> v) { audienceClientIds = v == null ? new LinkedHashSet<>() : v; }
    public long getVersion() { return version; }
    public void setVersion(long v) { version = v; }
}
