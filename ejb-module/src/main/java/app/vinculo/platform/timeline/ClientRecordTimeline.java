package app.vinculo.platform.timeline;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The skeleton every timeline source shares: the kinds it writes, and for each kind of record one bounded query of
 * the client's records before an instant, newest first ({@link #recordsBefore}: the JPQL names the client
 * {@code :client} and the instant {@code :before}), each row mapped to a {@link TimelineEntry}; a source with several
 * queries merges them with {@link #newestFirst}. Subclasses are {@code @ApplicationScoped} CDI beans that only read.
 */
public abstract class ClientRecordTimeline implements TimelineSource {

    @PersistenceContext(unitName = "vinculo")
    protected EntityManager em;

    private final Set<String> kinds;

    protected ClientRecordTimeline(String... kinds) {
        this.kinds = Set.of(kinds);
    }

    @Override
    public Set<String> kinds() {
        return kinds;
    }

    /** The query with the client, the instant and at most {@code max} rows set; other parameters are the caller's. */
    protected <T> TypedQuery<T> recordsBefore(String jpql, Class<T> type, long clientId, Instant before, int max) {
        return em.createQuery(jpql, type).setParameter("client", clientId).setParameter("before", before).setMaxResults(max);
    }

    /** Entries of several sources or queries as the timeline shows them: newest first, at most {@code max}. */
    public static List<TimelineEntry> newestFirst(Collection<TimelineEntry> entries, int max) {
        return entries.stream().sorted(Comparator.comparing(TimelineEntry::at).reversed()).limit(max).toList();
    }
}
