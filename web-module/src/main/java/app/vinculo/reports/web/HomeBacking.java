package app.vinculo.reports.web;

import app.vinculo.platform.web.DisplayFormat;
import app.vinculo.reports.boundary.AgendaItem;
import app.vinculo.reports.boundary.DashboardService;
import app.vinculo.reports.boundary.Home;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** {@code index.xhtml}: the home page per role, read in one boundary call per request. */
@Named
@RequestScoped
public class HomeBacking {

    private static final Logger LOG = Logger.getLogger(HomeBacking.class.getName());

    @Inject
    DashboardService dashboard;

    @Inject
    DisplayFormat format;

    private Home home;
    private boolean failed;

    public Home getHome() {
        if (home == null && !failed) {
            try {
                home = dashboard.home();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not read the home page", e);
                failed = true;
            }
        }
        return home;
    }

    public boolean isFailed() {
        getHome();
        return failed;
    }

    public boolean isToday(AgendaItem item) {
        return LocalDate.ofInstant(item.start(), format.getZone()).equals(LocalDate.now(format.getZone()));
    }

    public List<AgendaItem> getToday() {
        return getHome() == null ? List.of() : getHome().agenda().stream().filter(this::isToday).toList();
    }

    public List<AgendaItem> getLater() {
        return getHome() == null ? List.of() : getHome().agenda().stream().filter(a -> !isToday(a)).toList();
    }

    /** The page an agenda item opens. */
    public String outcome(AgendaItem item) {
        return item.kind() == AgendaItem.Kind.VISIT ? "/visits/view" : "/training/editions/view";
    }

    public String time(AgendaItem item) {
        return isToday(item) ? java.time.format.DateTimeFormatter.ofPattern("HH:mm").withZone(format.getZone()).format(item.start())
                : format.dateTime(item.start());
    }
}
