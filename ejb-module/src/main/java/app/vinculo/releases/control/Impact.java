package app.vinculo.releases.control;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Impacted clients: those with an INSTALLED module touched by the release. Given the modules the release touches and
 * the modules each client has installed, the touched modules of each impacted client.
 */
public final class Impact {

    /** A client's installed module. */
    public record Installed(long clientId, String moduleCode) {
    }

    private Impact() {
    }

    public static Map<Long, Set<String>> of(Set<String> touched, Collection<Installed> installed) {
        Map<Long, Set<String>> out = new TreeMap<>();
        for (Installed i : installed) {
            if (touched.contains(i.moduleCode())) {
                out.computeIfAbsent(i.clientId(), k -> new TreeSet<>()).add(i.moduleCode());
            }
        }
        return out;
    }
}
