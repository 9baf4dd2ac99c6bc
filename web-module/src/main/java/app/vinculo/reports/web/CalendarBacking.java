package app.vinculo.reports.web;

import app.vinculo.platform.web.DisplayFormat;
import app.vinculo.platform.web.PageMessages;
import app.vinculo.reports.boundary.AgendaItem;
import app.vinculo.reports.boundary.CalendarService;
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
import java.time.ZoneId;

/**
 * {@code reports/calendar.xhtml}: visits and course sessions on a month, week or list calendar (p:schedule), mine or
 * my team's, loaded lazily for the range shown; and the private iCalendar feed (new address, revoke).
 */
@Named
@ViewScoped
public class CalendarBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    CalendarService calendar;

    @Inject
    DisplayFormat format;

    private String contextPath;
    private String zone;
    private boolean team;
    private ScheduleModel model;
    private String feedUrl;
    private CalendarService.FeedState feed;

    @PostConstruct
    void init() {
        contextPath = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        zone = format.getZone().getId();
        model = new Events(this);
        feed = calendar.myFeed().orElse(null);
    }

    /** The lazy model: asks the boundary for the events of the range shown. */
    static final class Events extends LazyScheduleModel {

        @Serial
        private static final long serialVersionUID = 1L;

        private final CalendarBacking owner;

        Events(CalendarBacking owner) {
            this.owner = owner;
        }

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            ZoneId z = ZoneId.of(owner.zone);
            for (AgendaItem e : owner.calendar.events(start.atZone(z).toInstant(), end.atZone(z).toInstant(), owner.team)) {
                boolean visit = e.kind() == AgendaItem.Kind.VISIT;
                addEvent(DefaultScheduleEvent.builder()
                        .id(e.uid())
                        .title((visit ? PageMessages.text("cal.visit") : PageMessages.text("cal.session")) + ": " + e.title())
                        .description((e.place() == null ? "" : e.place() + " · ") + e.people())
                        .startDate(LocalDateTime.ofInstant(e.start(), z))
                        .endDate(LocalDateTime.ofInstant(e.end(), z))
                        .styleClass((visit ? "visit-event" : "course-event") + " status-" + e.status())
                        .url(owner.contextPath + (visit ? "/visits/view.xhtml?id=" : "/training/editions/view.xhtml?id=") + e.id())
                        .editable(false)
                        .build());
            }
        }
    }

    public void newFeed() {
        String token = calendar.newFeedToken();
        // the address as this browser reaches the portal (behind a proxy, vinculo.base-url is the public one)
        jakarta.servlet.http.HttpServletRequest req = (jakarta.servlet.http.HttpServletRequest) FacesContext.getCurrentInstance()
                .getExternalContext().getRequest();
        String origin = req.getRequestURL().substring(0, req.getRequestURL().indexOf(req.getRequestURI()));
        feedUrl = origin + contextPath + "/feeds/calendar/" + token + ".ics";
        feed = calendar.myFeed().orElse(null);
        PageMessages.info("cal.feed.created");
    }

    public void revokeFeed() {
        calendar.revokeFeed();
        feedUrl = null;
        feed = null;
        PageMessages.info("cal.feed.revoked");
    }

    public ScheduleModel getModel() { return model; }
    public String getZone() { return zone; }
    public boolean isTeam() { return team; }
    public void setTeam(boolean team) { this.team = team; }
    public String getFeedUrl() { return feedUrl; }
    public CalendarService.FeedState getFeed() { return feed; }
}
