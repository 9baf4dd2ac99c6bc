package app.vinculo.visits.control;

import app.vinculo.visits.boundary.ProposedTopic;
import app.vinculo.visits.boundary.TopicForm;
import app.vinculo.visits.entity.TopicSource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * R2.4 the visit assistant's exclusions and ranking, a pure function of the candidates. Never proposed: a module
 * the client marked NOT_INTERESTED, a REJECTED requirement, a DELIVERED requirement already shown, or what the plan
 * already has (same source record; for module demos, a topic on the same module). Score = the source's base + its
 * share of the candidate's strength; ties by source (the order below) then title arguments. The first ones up to
 * {@code max(minTopics, 3)} main topics in all (the plan's own main topics count) are suggested as main, the rest
 * as spares ("contar con varios temas").
 */
public final class ProposalRanking {

    /** Base score and the points the strength (0–100) adds, per source. */
    static final Map<TopicSource, int[]> SCORES = new EnumMap<>(TopicSource.class);

    static {
        SCORES.put(TopicSource.DELIVERED, new int[]{90, 0});
        SCORES.put(TopicSource.NEXT_ACTION, new int[]{60, 30});
        SCORES.put(TopicSource.SKIPPED, new int[]{75, 0});
        SCORES.put(TopicSource.INTEREST, new int[]{55, 35});
        SCORES.put(TopicSource.RELEASE, new int[]{50, 20});
        SCORES.put(TopicSource.REQUIREMENT, new int[]{45, 20});
        SCORES.put(TopicSource.COURSE, new int[]{35, 25});
        SCORES.put(TopicSource.GROWTH, new int[]{0, 50});
    }

    public static final int LIMIT = 12;

    private ProposalRanking() {
    }

    public static int score(TopicCandidate c) {
        int[] s = SCORES.get(c.source());
        return s[0] + s[1] * c.strength() / 100;
    }

    /** R2.4: whether the candidate may be proposed at all. */
    public static boolean allowed(TopicCandidate c, Set<String> notInterested) {
        if (c.moduleCode() != null && notInterested.contains(c.moduleCode())) {
            return false;
        }
        if ("REJECTED".equals(c.requirementStatus())) {
            return false;
        }
        return !("DELIVERED".equals(c.requirementStatus()) && c.shown());
    }

    public static List<ProposedTopic> rank(List<TopicCandidate> candidates, Set<String> notInterested,
                                           List<TopicForm> plan, int minTopics) {
        Set<String> planned = new HashSet<>();
        Set<String> plannedModules = new HashSet<>();
        for (TopicForm t : plan) {
            if (t.getSourceKind() != null && t.getSourceId() != null) {
                planned.add(t.getSourceKind().name() + ":" + t.getSourceId());
            }
            if (t.getModuleCode() != null) {
                plannedModules.add(t.getModuleCode());
            }
        }
        Set<String> seen = new HashSet<>();
        List<TopicCandidate> kept = new ArrayList<>();
        for (TopicCandidate c : candidates) {
            String key = c.source().name() + ":" + c.sourceId();
            boolean moduleDemo = c.source() == TopicSource.INTEREST || c.source() == TopicSource.GROWTH;
            if (!allowed(c, notInterested) || planned.contains(key) || !seen.add(key)
                    || (moduleDemo && plannedModules.contains(c.moduleCode()))) {
                continue;
            }
            kept.add(c);
        }
        kept.sort(Comparator.comparingInt(ProposalRanking::score).reversed()
                .thenComparing(c -> c.source().ordinal())
                .thenComparing(c -> String.join(" ", c.titleArgs()))
                .thenComparingLong(TopicCandidate::sourceId));
        // the plan's own main topics count towards the main ones suggested; the rest are spares
        long plannedMain = plan.stream().filter(t -> !t.isSpare() && t.getTitle() != null && !t.getTitle().isBlank()).count();
        int main = (int) Math.max(0, Math.max(minTopics, 3) - plannedMain);
        List<ProposedTopic> out = new ArrayList<>();
        for (TopicCandidate c : kept.subList(0, Math.min(LIMIT, kept.size()))) {
            out.add(new ProposedTopic(c.source(), c.sourceId(), c.sourceLabel(), c.kind(), c.moduleCode(), c.titleKey(),
                    c.titleArgs(), c.reasonKey(), c.reasonArgs(), score(c), out.size() < main));
        }
        return out;
    }
}
