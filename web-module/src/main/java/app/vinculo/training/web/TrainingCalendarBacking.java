package app.vinculo.training.web;

import app.vinculo.platform.web.DisplayFormat;
import app.vinculo.training.boundary.CalendarEntry;
import app.vinculo.training.boundary.EditionService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * {@code training/calendar.xhtml}: the sessions of the editions (not cancelled) on a month, week or list calendar
 * (p:schedule), loaded lazily for the range shown; each session links to its edition.
 */
@Named
@ViewScoped
public class TrainingCalendarBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    EditionService editions;

    @Inject
    DisplayFormat format;

    private String contextPath;
    private String zone;
    private ScheduleModel model;

    @PostConstruct
    void init() {
        contextPath = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        zone = format.getZone().getId();
        model = new Sessions(this);
    }

    /** The lazy model: asks the boundary for the sessions of the range the calendar shows. */
    static final class Sessions extends LazyScheduleModel {

        @Serial
        private static final long serialVersionUID = 1L;

        private final TrainingCalendarBacking owner;

        Sessions(TrainingCalendarBacking owner) {
            this.owner = owner;
        }

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            for (CalendarEntry e : owner.editions.calendar(start.toLocalDate(), end.toLocalDate())) {
                String title = e.sessions() > 1 ? e.courseTitle() + " (" + e.sessionNo() + "/" + e.sessions() + ")"
                        : e.courseTitle();
                addEvent(DefaultScheduleEvent.builder()
                        .id(e.editionId() + "-" + e.sessionNo())
                        .title(title)
                        .description(e.place() == null ? "" : e.place())
                        .startDate(e.start())
                        .endDate(e.end())
                        .styleClass("course-event status-" + e.status().name())
                        .url(owner.contextPath + "/training/editions/view.xhtml?id=" + e.editionId())
                        .editable(false)
                        .build());
            }
        }
    }

    public ScheduleModel getModel() { return model; }
    public String getZone() { return zone; }
}
