package app.vinculo.platform.web;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CausesTest {

    @Test
    @DisplayName("the chain runs outermost first and finds the first of a type")
    void chainAndFind() {
        SQLException sql = new SQLException("refused", "08001");
        IllegalStateException wrapper = new IllegalStateException(new RuntimeException(sql));
        List<Throwable> chain = Causes.of(wrapper);
        assertEquals(3, chain.size());
        assertEquals(wrapper, chain.get(0));
        assertEquals(sql, chain.get(2));
        assertEquals(Optional.of(sql), Causes.find(wrapper, SQLException.class));
        assertEquals(Optional.empty(), Causes.find(wrapper, ArithmeticException.class));
    }

    @Test
    @DisplayName("a cause pointing back into the chain ends it instead of looping")
    void cycleEnds() {
        RuntimeException outer = new RuntimeException("outer");
        RuntimeException inner = new RuntimeException("inner", outer);
        outer.initCause(inner);
        assertEquals(List.of(outer, inner), Causes.of(outer));
        assertEquals(List.of(), Causes.of(null));
    }
}
