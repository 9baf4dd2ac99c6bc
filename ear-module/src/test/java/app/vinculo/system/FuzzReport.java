package app.vinculo.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a fuzzer did and found: the forms or endpoints covered, every request with its answer, and the problems.
 * Written to {@code test.fuzz.report} (target/fuzz) for docs/security.md; a test asserts the problems it added.
 */
final class FuzzReport {

    private final String name;
    private final Set<String> covered = new LinkedHashSet<>();
    private final Map<String, Integer> outcomes = new TreeMap<>();
    private final List<String> lines = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private int requests;

    FuzzReport(String name) {
        this.name = name;
    }

    static PortalHttp signIn(String user) {
        PortalHttp http = new PortalHttp();
        assertTrue(http.login(user, Browser.DEMO_PASSWORD), user + " signs in");
        return http;
    }

    synchronized void form(String user, String view, String formId) {
        covered.add(user + " " + view + "#" + formId);
    }

    synchronized void endpoint(String endpoint) {
        covered.add(endpoint);
    }

    synchronized void gone(String what) {
        lines.add("skipped (no longer on the page) " + what);
    }

    synchronized void post(String what, int status, String outcome, List<String> found) {
        requests++;
        outcomes.merge(outcome, 1, Integer::sum);
        lines.add(status + " " + outcome + " | " + what);
        problems.addAll(found);
    }

    synchronized void problem(String problem) {
        problems.add(problem);
    }

    /** The problems found since the last call. */
    synchronized List<String> takeProblems() {
        List<String> taken = List.copyOf(problems);
        problems.clear();
        return taken;
    }

    synchronized int requests() {
        return requests;
    }

    synchronized String summary() {
        return name + ": " + covered.size() + " forms/endpoints, " + requests + " requests, outcomes " + outcomes;
    }

    /** Appends the lines to the report file (when the build names a folder for it). */
    synchronized void write() {
        String folder = System.getProperty("test.fuzz.report");
        if (folder == null) {
            return;
        }
        List<String> text = new ArrayList<>();
        text.add(summary());
        text.add("covered:");
        covered.forEach(c -> text.add("  " + c));
        text.addAll(lines);
        try {
            Files.createDirectories(Path.of(folder));
            Files.write(Path.of(folder, name + ".txt"), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
