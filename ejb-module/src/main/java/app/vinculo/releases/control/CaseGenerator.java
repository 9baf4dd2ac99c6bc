package app.vinculo.releases.control;

import app.vinculo.releases.entity.ChangeKind;

import java.util.ArrayList;
import java.util.List;

/**
 * One test case per change of the release, in the order of the changes: what to test (by kind) and where (the
 * change's module). The titles are records of the procedure, written in its language (Spanish).
 */
public final class CaseGenerator {

    /** A change as the generator needs it; {@code moduleName} is how the steps name the module. */
    public record Change(Long id, ChangeKind kind, String moduleCode, String moduleName, String description) {
    }

    /** A case to create. */
    public record Case(Long changeId, int sortOrder, String moduleCode, String title, String steps) {
    }

    private CaseGenerator() {
    }

    public static List<Case> casesFor(List<Change> changes) {
        List<Case> out = new ArrayList<>();
        int order = 1;
        for (Change c : changes) {
            String prefix = switch (c.kind()) {
                case NEW_DEVELOPMENT -> "Probar nuevo desarrollo";
                case MODIFICATION -> "Probar modificación";
                case FIX -> "Verificar corrección";
            };
            String steps = switch (c.kind()) {
                case NEW_DEVELOPMENT -> "Recorrer la funcionalidad nueva en " + c.moduleName()
                        + " con datos de un cliente tipo y comparar con lo especificado.";
                case MODIFICATION -> "Verificar el comportamiento modificado en " + c.moduleName()
                        + " y que los circuitos relacionados sigan funcionando.";
                case FIX -> "Reproducir el error original en " + c.moduleName() + " y verificar que ya no ocurre.";
            };
            out.add(new Case(c.id(), order++, c.moduleCode(), prefix + ": " + c.description(), steps));
        }
        return out;
    }
}
