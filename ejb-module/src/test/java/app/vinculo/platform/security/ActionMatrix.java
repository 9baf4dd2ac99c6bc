package app.vinculo.platform.security;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * {@code docs/security/action-matrix.csv} (issue #16): one row per role-restricted public method of a boundary
 * ({@code feature.boundary.Class#method}, {@code /N} when overloads differ in their number of parameters), one column
 * per role, {@code allowed} or {@code refused}. Read by {@link ActionMatrixTest} (the file says what the code's
 * annotations say, and lists every restricted method) and {@link ActionMatrixIT} (the container answers each role so).
 */
final class ActionMatrix {

    static final String FILE = "action-matrix.csv";

    /** The role columns, in the file's order. */
    final List<String> roles;
    /** Action → the roles the file allows, in the file's order. */
    final Map<String, Set<String>> allowed = new LinkedHashMap<>();

    ActionMatrix(String csv) throws IOException {
        List<String[]> lines;
        try (BufferedReader reader = new BufferedReader(new StringReader(csv))) {
            lines = reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split(",")).toList();
        }
        roles = List.of(lines.get(0)).subList(1, lines.get(0).length);
        for (String[] row : lines.subList(1, lines.size())) {
            Set<String> in = new TreeSet<>();
            for (int r = 1; r < row.length; r++) {
                if ("allowed".equals(row[r])) {
                    in.add(roles.get(r - 1));
                } else if (!"refused".equals(row[r])) {
                    throw new IllegalArgumentException(row[0] + ": '" + row[r] + "' is neither allowed nor refused");
                }
            }
            allowed.put(row[0], in);
        }
    }

    /** The role-restricted public business methods of a boundary, by their action name, and the roles let in. */
    static Map<String, Set<String>> restrictedMethods(Class<?> boundary) {
        List<Method> methods = Arrays.stream(boundary.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic())
                .filter(m -> !m.isAnnotationPresent(PermitAll.class))
                .filter(m -> m.isAnnotationPresent(RolesAllowed.class) || m.isAnnotationPresent(DenyAll.class)
                        || boundary.isAnnotationPresent(RolesAllowed.class) || boundary.isAnnotationPresent(DenyAll.class))
                .toList();
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (Method m : methods) {
            boolean overloaded = methods.stream().filter(o -> o.getName().equals(m.getName())).count() > 1;
            out.put(action(boundary, m, overloaded), rolesLetIn(boundary, m));
        }
        return out;
    }

    /** The method an action names. */
    static Method method(String action) {
        String[] parts = action.split("#");
        String[] name = parts[1].split("/");
        return Arrays.stream(type(parts[0]).getDeclaredMethods())
                .filter(m -> m.getName().equals(name[0]) && Modifier.isPublic(m.getModifiers()))
                .filter(m -> name.length == 1 || m.getParameterCount() == Integer.parseInt(name[1]))
                .findFirst().orElseThrow(() -> new AssertionError("no public method " + action));
    }

    static Class<?> type(String name) {
        try {
            return Class.forName("app.vinculo." + name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("no boundary " + name, e);
        }
    }

    /**
     * Whether the method's work outlives the caller's transaction (not supported, a new transaction, asynchronous):
     * such an action is not run with made-up arguments, only refused; its own feature's tests run it.
     */
    static boolean outlivesTransaction(Method m) {
        TransactionAttribute attribute = m.isAnnotationPresent(TransactionAttribute.class)
                ? m.getAnnotation(TransactionAttribute.class) : m.getDeclaringClass().getAnnotation(TransactionAttribute.class);
        return m.isAnnotationPresent(Asynchronous.class) || m.getDeclaringClass().isAnnotationPresent(Asynchronous.class)
                || attribute != null && attribute.value() != TransactionAttributeType.REQUIRED
                && attribute.value() != TransactionAttributeType.SUPPORTS
                && attribute.value() != TransactionAttributeType.MANDATORY;
    }

    private static String action(Class<?> boundary, Method m, boolean overloaded) {
        return boundary.getName().replace("app.vinculo.", "") + "#" + m.getName()
                + (overloaded ? "/" + m.getParameterCount() : "");
    }

    private static Set<String> rolesLetIn(Class<?> boundary, Method m) {
        if (m.isAnnotationPresent(DenyAll.class)) {
            return Set.of();
        }
        RolesAllowed roles = m.isAnnotationPresent(RolesAllowed.class) ? m.getAnnotation(RolesAllowed.class)
                : boundary.getAnnotation(RolesAllowed.class);
        return roles == null ? Set.of() : Arrays.stream(roles.value()).collect(Collectors.toCollection(TreeSet::new));
    }
}
