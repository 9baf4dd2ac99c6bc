package app.vinculo.platform.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A failure and what it wraps, outermost first, each once: the exception handlers look through the container's and
 * the EJB tier's wrappers for the exception that says what happened. A cause that points back into the chain (some
 * libraries set an exception as its own cause) ends it.
 */
public final class Causes {

    private Causes() {
    }

    public static List<Throwable> of(Throwable thrown) {
        List<Throwable> chain = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = thrown; t != null && seen.add(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    /** The outermost throwable of the chain that is a {@code type}. */
    public static <T extends Throwable> Optional<T> find(Throwable thrown, Class<T> type) {
        return of(thrown).stream().filter(type::isInstance).map(type::cast).findFirst();
    }
}
