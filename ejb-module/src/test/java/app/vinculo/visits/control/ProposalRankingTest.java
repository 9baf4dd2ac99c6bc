package app.vinculo.visits.control;

import app.vinculo.visits.boundary.ProposedTopic;
import app.vinculo.visits.boundary.TopicForm;
import app.vinculo.visits.entity.TopicKind;
import app.vinculo.visits.entity.TopicSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProposalRankingTest {

    static TopicCandidate c(TopicSource source, long id, String module, int strength, String status, boolean shown) {
        return new TopicCandidate(source, id, "#" + id, TopicKind.DEMO, module, "proposal.title." + source,
                List.of("t" + id), "proposal.reason." + source, List.of(), strength, status, shown);
    }

    static List<TopicCandidate> fixed() {
        return List.of(
                c(TopicSource.GROWTH, 1, "CRM", 60, null, false),            // 30
                c(TopicSource.INTEREST, 2, "STOCK", 40, null, false),        // 55 + 14 = 69
                c(TopicSource.DELIVERED, 3, "VENTAS", 0, "DELIVERED", false),// 90
                c(TopicSource.REQUIREMENT, 4, "VENTAS", 100, "PLANNED", false), // 65
                c(TopicSource.RELEASE, 5, "CONTAB", 50, null, false),        // 60
                c(TopicSource.COURSE, 6, "SUELDOS", 100, null, false),       // 60
                c(TopicSource.NEXT_ACTION, 7, null, 100, null, false),       // 90
                c(TopicSource.SKIPPED, 8, "COMPRAS", 0, null, false));       // 75
    }

    @Test
    @DisplayName("R2.4 proposals ranked by source base plus strength; ties by source order; the first three main, the rest spares")
    void ranksFixedSet() {
        List<ProposedTopic> r = ProposalRanking.rank(fixed(), Set.of(), List.of(), 2);
        assertEquals(List.of(3L, 7L, 8L, 2L, 4L, 5L, 6L, 1L), r.stream().map(ProposedTopic::sourceId).toList());
        assertEquals(List.of(90, 90, 75, 69, 65, 60, 60, 30), r.stream().map(ProposedTopic::score).toList());
        assertEquals(3, r.stream().filter(ProposedTopic::main).count());
        assertTrue(r.get(3).spare());
    }

    @Test
    @DisplayName("R2.1 the main topics suggested are at least the configured minimum")
    void mainFollowsMinimum() {
        assertEquals(5, ProposalRanking.rank(fixed(), Set.of(), List.of(), 5).stream().filter(ProposedTopic::main).count());
    }

    @Test
    @DisplayName("R2.4 never a NOT_INTERESTED module, a REJECTED requirement nor a DELIVERED one already shown")
    void exclusions() {
        List<TopicCandidate> all = new ArrayList<>(fixed());
        all.add(c(TopicSource.REQUIREMENT, 9, null, 100, "REJECTED", false));
        all.add(c(TopicSource.DELIVERED, 10, null, 0, "DELIVERED", true));
        List<ProposedTopic> r = ProposalRanking.rank(all, Set.of("CONTAB", "SUELDOS"), List.of(), 2);
        List<Long> ids = r.stream().map(ProposedTopic::sourceId).toList();
        assertFalse(ids.contains(5L), "release change on a NOT_INTERESTED module");
        assertFalse(ids.contains(6L), "course on a NOT_INTERESTED module");
        assertFalse(ids.contains(9L), "rejected requirement");
        assertFalse(ids.contains(10L), "delivered and shown");
        assertTrue(ids.contains(3L), "delivered, not shown yet");
    }

    @Test
    @DisplayName("R2.4 what the plan already has is not proposed again: same source record, or a demo of the same module")
    void skipsWhatThePlanHas() {
        TopicForm added = new TopicForm();
        added.setTitle("t3");
        added.setSourceKind(TopicSource.DELIVERED);
        added.setSourceId(3L);
        TopicForm typed = new TopicForm();
        typed.setTitle("Demo de Stock");
        typed.setModuleCode("STOCK");
        List<Long> ids = ProposalRanking.rank(fixed(), Set.of(), List.of(added, typed), 2).stream()
                .map(ProposedTopic::sourceId).toList();
        assertFalse(ids.contains(3L));
        assertFalse(ids.contains(2L));
        assertEquals(6, ids.size());
        assertEquals(1, ProposalRanking.rank(fixed(), Set.of(), List.of(added, typed), 2).stream()
                .filter(ProposedTopic::main).count(), "two main topics planned: one more suggested as main, the rest spares");
    }

    @Test
    @DisplayName("ties with the same score and source are ordered by title, then source id; at most twelve proposals")
    void tiesAndLimit() {
        List<TopicCandidate> many = new ArrayList<>();
        for (long i = 20; i > 0; i--) {
            many.add(new TopicCandidate(TopicSource.GROWTH, i, "m", TopicKind.DEMO, "M" + i, "k",
                    List.of(i % 2 == 0 ? "b" : "a"), "r", List.of(), 50, null, false));
        }
        List<ProposedTopic> r = ProposalRanking.rank(many, Set.of(), List.of(), 2);
        assertEquals(ProposalRanking.LIMIT, r.size());
        assertEquals(List.of(1L, 3L, 5L), r.subList(0, 3).stream().map(ProposedTopic::sourceId).toList());
    }
}
