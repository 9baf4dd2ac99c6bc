package app.vinculo.clients.boundary;

import app.vinculo.clients.entity.Client;
import app.vinculo.platform.persistence.Entities;
import app.vinculo.platform.security.Role;
import app.vinculo.platform.timeline.ClientRecordTimeline;
import app.vinculo.platform.timeline.TimelineEntry;
import app.vinculo.platform.timeline.TimelineSource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Boundary of a client's timeline: what happened with the client, merged from every feature's
 * {@link TimelineSource} (follow-ups, visits, agreements, requirements, quotes, courses, releases), newest first.
 */
@Stateless
@RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD, Role.Names.PROJECT_MANAGER,
        Role.Names.RD_MANAGER, Role.Names.AUDITOR})
public class ClientTimelineService {

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    @Inject
    Instance<TimelineSource> timelineSources;

    @Inject
    Clock clock;

    /**
     * Up to {@code max} entries before {@code before} (null: now), optionally only of the given kinds; each source is
     * asked for at most {@code max} entries, so a page costs one bounded query per source.
     */
    public List<TimelineEntry> timeline(long clientId, Instant before, int max, Set<String> kinds) {
        Entities.require(em, Client.class, clientId, "client");
        Instant cursor = before == null ? clock.instant().plus(Duration.ofDays(3650)) : before;
        int limit = Math.min(Math.max(1, max), 200);
        List<TimelineEntry> all = new ArrayList<>();
        for (TimelineSource source : timelineSources) {
            if (kinds == null || kinds.isEmpty() || source.kinds().stream().anyMatch(kinds::contains)) {
                source.entries(clientId, cursor, limit).stream()
                        .filter(e -> kinds == null || kinds.isEmpty() || kinds.contains(e.kind()))
                        .forEach(all::add);
            }
        }
        return ClientRecordTimeline.newestFirst(all, limit);
    }

    /** Every kind of entry some source writes (the timeline's filter choices). */
    public Set<String> timelineKinds() {
        Set<String> kinds = new TreeSet<>();
        timelineSources.forEach(s -> kinds.addAll(s.kinds()));
        return kinds;
    }
}
