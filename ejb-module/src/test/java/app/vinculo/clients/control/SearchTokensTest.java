package app.vinculo.clients.control;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchTokensTest {

    @Test
    @DisplayName("names become lower-case words without accents, so 'fabrica' finds 'Fábrica Sur'")
    void accentsAndCase() {
        assertEquals(Set.of("fabrica", "sur", "s", "a"), SearchTokens.of(List.of("FÁBRICA Sur S.A.")));
        assertEquals(List.of("fabrica"), SearchTokens.query("  Fábrica ", 5));
    }

    @Test
    @DisplayName("a tax id is found by its parts and by its digits joined")
    void taxIds() {
        Set<String> tokens = SearchTokens.of(List.of("30-71234567-1"));
        assertTrue(tokens.containsAll(Set.of("30", "71234567", "1", "30712345671")), tokens.toString());
    }

    @Test
    @DisplayName("query words are capped and the longest come first; SQL wildcards and markup are no words")
    void queries() {
        assertEquals(List.of("gonzalez", "juan"), SearchTokens.query("juan % González _ <b>", 2));
        assertTrue(SearchTokens.query("%%% ___", 5).isEmpty());
    }
}
