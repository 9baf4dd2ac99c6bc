package app.vinculo.integration.rest;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Request bodies of the REST API")
class JsonBodyTest {

    @Test
    @DisplayName("the nesting depth counts arrays and objects, not brackets inside strings (escaped quotes included)")
    void depth() {
        assertEquals(0, JsonBody.depth(bytes("42")));
        assertEquals(3, JsonBody.depth(bytes("{\"a\":[1,{\"b\":2}],\"c\":{}}")));
        assertEquals(1, JsonBody.depth(bytes("{\"summary\":\"[[[{{{ \\\" [[[\"}")));
    }

    @Test
    @DisplayName("JSON nested thousands of levels deep is a 400 problem (it was a 500 from the parser's own limit)")
    void tooDeepIsRefusedBeforeParsing() {
        ApiInputException deep = assertThrows(ApiInputException.class, () -> JsonBody.read(
                new ByteArrayInputStream(bytes("[".repeat(5_000) + "]".repeat(5_000))), Set.of("summary")));
        assertEquals("problem.body.tooDeep", deep.key());
        ApiInputException objects = assertThrows(ApiInputException.class, () -> JsonBody.read(new ByteArrayInputStream(
                bytes("{\"a\":".repeat(33) + "1" + "}".repeat(33))), Set.of("a")));
        assertEquals("problem.body.tooDeep", objects.key());
        assertEquals(JsonBody.DEPTH, JsonBody.depth(bytes("[".repeat(32) + "]".repeat(32))), "32 levels go on to the parser");
    }

    @Test
    @DisplayName("a text with a lone UTF-16 surrogate is not text (Payara's parser let \\ud800 through and it was stored)")
    void loneSurrogatesAreNotText() {
        assertFalse(JsonBody.wellFormed("a\ud800b"));
        assertFalse(JsonBody.wellFormed("\ude00"));
        assertFalse(JsonBody.wellFormed("end \ud83d"));
        assertTrue(JsonBody.wellFormed("ok \ud83d\ude00 Fábrica"));
        assertTrue(JsonBody.wellFormed(""));
        assertFalse(JsonBody.wellFormed("nul \u0000 in it"), "PostgreSQL refuses a NUL in a text");
        assertFalse(JsonBody.wellFormed("bell \u0007"));
        assertTrue(JsonBody.wellFormed("tab\tand\r\nlines"));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
