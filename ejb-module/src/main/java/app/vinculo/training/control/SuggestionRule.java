package app.vinculo.training.control;

import app.vinculo.training.entity.SuggestionSource;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * R5.3: a topic (a module of the ERP) shared by at least N clients — through a module of interest, an open
 * requirement or a visit topic — with no upcoming edition of a course covering it is a candidate for a specific course.
 */
public final class SuggestionRule {

    /** Why a client is behind a topic. */

    /** One client's link to a topic. */
    public record Signal(String topic, long clientId, SuggestionSource source) {
    }

    /** A suggested topic: the clients behind it, with their reasons. */
    public record Suggestion(String topic, Map<Long, Set<SuggestionSource>> clients) {
    }

    private SuggestionRule() {
    }

    public static List<Suggestion> apply(Collection<Signal> signals, Set<String> topicsWithUpcomingEdition, int minClients) {
        Map<String, Map<Long, Set<SuggestionSource>>> byTopic = new TreeMap<>();
        for (Signal s : signals) {
            if (s.topic() == null || topicsWithUpcomingEdition.contains(s.topic())) {
                continue;
            }
            byTopic.computeIfAbsent(s.topic(), t -> new TreeMap<>())
                    .computeIfAbsent(s.clientId(), c -> new TreeSet<>()).add(s.source());
        }
        List<Suggestion> out = new ArrayList<>();
        byTopic.forEach((topic, clients) -> {
            if (clients.size() >= Math.max(1, minClients)) {
                out.add(new Suggestion(topic, clients));
            }
        });
        out.sort(Comparator.comparing((Suggestion s) -> -s.clients().size()).thenComparing(Suggestion::topic));
        return out;
    }
}
