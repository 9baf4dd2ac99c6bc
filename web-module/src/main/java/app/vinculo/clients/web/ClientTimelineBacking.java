package app.vinculo.clients.web;

import app.vinculo.clients.boundary.ClientTimelineService;
import app.vinculo.platform.timeline.TimelineEntry;
import app.vinculo.platform.web.PageMessages;
import app.vinculo.platform.web.Texts;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The timeline tab of the client page: everything that happened with the client, newest first, filterable by
 * kind, loaded in steps ("Ver más").
 */
@Named
@ViewScoped
public class ClientTimelineBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    ClientViewBacking view;

    @Inject
    ClientTimelineService timelineService;

    private boolean loaded;

    /** Timeline entries loaded per step ("Ver más"). */
    static final int TIMELINE_PAGE = 20;

    /** Prefixes of labels for enum codes that timeline entries carry as arguments. */
    private static final List<String> CODE_LABELS = List.of("agreement.type.", "agreement.status.", "gate.reason.",
            "regularization.status.", "module.status.", "visit.kind.", "followup.channel.", "followup.nature.",
            "requirement.status.", "quote.status.");

    private static final Map<String, String> KIND_ICONS = Map.of(
            "AGREEMENT", "pi pi-file", "REGULARIZATION", "pi pi-briefcase", "ASSISTANCE", "pi pi-question-circle",
            "VISIT", "pi pi-map-marker", "FOLLOW_UP", "pi pi-comments", "REQUIREMENT", "pi pi-list",
            "QUOTE", "pi pi-dollar", "COURSE", "pi pi-book", "RELEASE", "pi pi-box");

    // timeline
    private List<String> timelineKinds;

    private List<String> kindFilter = new ArrayList<>();

    private List<TimelineEntry> timeline = new ArrayList<>();

    private boolean timelineMore;

    public void reloadTimeline() {
        List<TimelineEntry> page = timelineService.timeline(view.getId(), null, TIMELINE_PAGE + 1, kinds());
        timelineMore = page.size() > TIMELINE_PAGE;
        timeline = new ArrayList<>(page.subList(0, Math.min(page.size(), TIMELINE_PAGE)));
    }

    /** "Ver más": the next entries before the oldest one shown. */
    public void moreTimeline() {
        if (timeline.isEmpty()) {
            reloadTimeline();
            return;
        }
        Instant before = timeline.get(timeline.size() - 1).at();
        List<TimelineEntry> page = timelineService.timeline(view.getId(), before, TIMELINE_PAGE + 1, kinds());
        timelineMore = page.size() > TIMELINE_PAGE;
        timeline.addAll(page.subList(0, Math.min(page.size(), TIMELINE_PAGE)));
    }

    private Set<String> kinds() {
        return kindFilter == null || kindFilter.isEmpty() ? Set.of() : new LinkedHashSet<>(kindFilter);
    }

    /** The entry's text in the page's language, enum codes among its arguments translated. */
    public String entryText(TimelineEntry entry) {
        ResourceBundle bundle = Texts.bundle(PageMessages.locale());
        Object[] args = entry.arguments().stream().map(a -> {
            if (a == null) {
                return "";
            }
            for (String prefix : CODE_LABELS) {
                if (bundle.containsKey(prefix + a)) {
                    return bundle.getString(prefix + a);
                }
            }
            return a;
        }).toArray();
        return Texts.text(PageMessages.locale(), entry.messageKey(), args);
    }

    public String kindLabel(String kind) {
        String key = "timeline.kind." + kind;
        String text = PageMessages.text(key);
        return key.equals(text) ? kind : text;
    }

    public String kindIcon(String kind) {
        return KIND_ICONS.getOrDefault(kind, "pi pi-circle");
    }

    /** A link of an entry, below the portal root, as an absolute path. */
    public String entryLink(TimelineEntry entry) {
        if (entry.link() == null || entry.link().isBlank()) {
            return null;
        }
        String path = entry.link().startsWith("/") ? entry.link() : "/" + entry.link();
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + path;
    }

    public List<String> getTimelineKinds() {
        if (timelineKinds == null) {
            timelineKinds = new ArrayList<>(timelineService.timelineKinds());
        }
        return timelineKinds;
    }

    public List<String> getKindFilter() { return kindFilter; }

    public void setKindFilter(List<String> v) { kindFilter = v; }

    public List<TimelineEntry> getTimeline() {
        if (!loaded) {
            loaded = true;
            reloadTimeline();
        }
        return timeline;
    }

    public boolean isTimelineMore() { return timelineMore; }
}
