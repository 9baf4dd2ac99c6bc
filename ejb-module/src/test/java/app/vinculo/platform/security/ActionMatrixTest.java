package app.vinculo.platform.security;

import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The auditors' action matrix ({@code docs/security/action-matrix.csv}, issue #16) says what the code does: every
 * role-restricted method of every boundary EJB is a row, and each row allows exactly the roles its
 * {@code @RolesAllowed} names. {@link ActionMatrixIT} then asks the container itself.
 */
@DisplayName("Access-control matrix: the documented actions are the code's (#16)")
class ActionMatrixTest {

    private static final Path CLASSES = Path.of("target/classes");
    private static ActionMatrix matrix;
    private static Map<String, Set<String>> code;

    @BeforeAll
    static void read() throws IOException {
        matrix = new ActionMatrix(Files.readString(Path.of("../docs/security", ActionMatrix.FILE)));
        code = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(CLASSES.resolve("app/vinculo"))) {
            for (Path file : files.filter(f -> f.toString().matches(".*/boundary/[^/$]+\\.class")).sorted().toList()) {
                String name = CLASSES.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = ActionMatrix.type(name.replace("app.vinculo.", ""));
                if (type.isAnnotationPresent(Stateless.class) || type.isAnnotationPresent(Singleton.class)
                        || type.isAnnotationPresent(Stateful.class)) {
                    code.putAll(ActionMatrix.restrictedMethods(type));
                }
            }
        }
    }

    @Test
    @DisplayName("every restricted boundary method is a row, and every row is a restricted boundary method")
    void everyRestrictedMethodIsListed() {
        assertTrue(code.size() > 150, "boundary methods found: " + code.size());
        List<String> missing = new ArrayList<>(code.keySet());
        missing.removeAll(matrix.allowed.keySet());
        List<String> extra = new ArrayList<>(matrix.allowed.keySet());
        extra.removeAll(code.keySet());
        assertEquals(List.of(), missing, "restricted methods not in docs/security/" + ActionMatrix.FILE);
        assertEquals(List.of(), extra, "rows of docs/security/" + ActionMatrix.FILE + " that are no restricted method");
    }

    @Test
    @DisplayName("each row allows exactly the roles of the method's @RolesAllowed")
    void rowsAllowTheAnnotatedRoles() {
        List<String> wrong = new ArrayList<>();
        matrix.allowed.forEach((action, roles) -> {
            if (code.containsKey(action) && !code.get(action).equals(roles)) {
                wrong.add(action + ": file " + roles + ", code " + code.get(action));
            }
        });
        assertEquals(List.of(), wrong);
        assertEquals(List.of("ADMIN", "IMPLEMENTATION_HEAD", "CONSULTANT", "PROJECT_MANAGER", "RD_MANAGER", "AUDITOR"),
                matrix.roles);
    }
}
