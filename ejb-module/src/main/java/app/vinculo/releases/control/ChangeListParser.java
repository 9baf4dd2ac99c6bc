package app.vinculo.releases.control;

import app.vinculo.releases.entity.ChangeKind;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a pasted list of changes, one per line: {@code kind | module | description [| requirement id]} — the
 * separator may also be a tab (pasted from a spreadsheet) or a semicolon. Kinds are accepted in Spanish or English
 * ("Nuevo", "Desarrollo", "Modificación", "Mod", "Corrección", "Fix"…). Blank lines and lines starting with # are
 * skipped. Every faulty line is reported with its number, so nothing is saved half-way.
 */
public final class ChangeListParser {

    public static final int MAX_LINES = 500;

    /** A line read. {@code requirementId} may be null. */
    public record Line(int number, ChangeKind kind, String moduleCode, String description, Long requirementId) {
    }

    /** A line that could not be read, and why (a message key: change.paste.kind, .module, .description, .requirement, .columns). */
    public record Problem(int number, String reason) {
    }

    public record Result(List<Line> lines, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private static final Map<String, ChangeKind> KINDS = Map.ofEntries(
            Map.entry("NEW_DEVELOPMENT", ChangeKind.NEW_DEVELOPMENT), Map.entry("NEW", ChangeKind.NEW_DEVELOPMENT),
            Map.entry("NUEVO", ChangeKind.NEW_DEVELOPMENT), Map.entry("NUEVO DESARROLLO", ChangeKind.NEW_DEVELOPMENT),
            Map.entry("DESARROLLO", ChangeKind.NEW_DEVELOPMENT), Map.entry("DEV", ChangeKind.NEW_DEVELOPMENT),
            Map.entry("MODIFICATION", ChangeKind.MODIFICATION), Map.entry("MODIFICACION", ChangeKind.MODIFICATION),
            Map.entry("MOD", ChangeKind.MODIFICATION), Map.entry("CAMBIO", ChangeKind.MODIFICATION),
            Map.entry("FIX", ChangeKind.FIX), Map.entry("CORRECCION", ChangeKind.FIX), Map.entry("ERROR", ChangeKind.FIX),
            Map.entry("BUG", ChangeKind.FIX));

    private ChangeListParser() {
    }

    public static Result parse(String text) {
        List<Line> lines = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        if (text == null) {
            return new Result(lines, problems);
        }
        String[] raw = text.split("\\R", -1);
        if (raw.length > MAX_LINES) {
            problems.add(new Problem(MAX_LINES + 1, "change.paste.tooMany"));
            return new Result(List.of(), problems);
        }
        for (int i = 0; i < raw.length; i++) {
            int number = i + 1;
            String line = raw[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split(line.contains("|") ? "\\|" : line.contains("\t") ? "\t" : ";", -1);
            if (cols.length < 3 || cols.length > 4) {
                problems.add(new Problem(number, "change.paste.columns"));
                continue;
            }
            ChangeKind kind = kind(cols[0]);
            String module = cols[1].strip().toUpperCase(Locale.ROOT);
            String description = cols[2].strip();
            Long requirement = null;
            if (kind == null) {
                problems.add(new Problem(number, "change.paste.kind"));
                continue;
            }
            if (!module.matches("[A-Z0-9_-]{1,20}")) {
                problems.add(new Problem(number, "change.paste.module"));
                continue;
            }
            if (description.isEmpty() || description.length() > 1000) {
                problems.add(new Problem(number, "change.paste.description"));
                continue;
            }
            if (cols.length == 4 && !cols[3].isBlank()) {
                String r = cols[3].strip().replaceFirst("^#", "");
                if (!r.matches("[0-9]{1,18}")) {
                    problems.add(new Problem(number, "change.paste.requirement"));
                    continue;
                }
                requirement = Long.valueOf(r);
            }
            lines.add(new Line(number, kind, module, description, requirement));
        }
        return new Result(lines, problems);
    }

    private static ChangeKind kind(String raw) {
        String k = Normalizer.normalize(raw.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT).replace('-', ' ').replace('_', ' ').replaceAll("\\s+", " ");
        ChangeKind kind = KINDS.get(k);
        return kind != null ? kind : KINDS.get(k.replace(' ', '_'));
    }
}
