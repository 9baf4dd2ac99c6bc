package app.vinculo.platform.security;

import app.vinculo.testing.Callers;
import app.vinculo.testing.Deployments;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.FileAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.naming.InitialContext;
import javax.naming.NamingException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The action rows of the access-control matrix (issue #16), asked of the container: each action of
 * {@code docs/security/action-matrix.csv} is called as each role with arguments that match nothing (ids -1, empty
 * text and collections, null forms) inside a transaction that is rolled back. Refused means the container threw
 * {@link EJBAccessException} before the method ran; anything else (a result, not found, a validation refusal) means
 * the role got in. An action whose work outlives the transaction (the reminder run, a backup) is only called by the
 * roles it refuses; its feature's tests run it. With {@code AccessMatrixST} (pages × roles on the deployed EAR) and
 * {@link ActionMatrixTest} (the file matches the annotations) this is the matrix the issue asks for.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Access-control matrix: every boundary action × every role, asked of the container (#16)")
class ActionMatrixIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.businessTier("action-matrix-it", ActionMatrixIT.class, ActionMatrix.class)
                .addAsResource(new FileAsset(new File("../docs/security/" + ActionMatrix.FILE)), ActionMatrix.FILE);
    }

    @Inject
    Callers.AsAdmin admin;
    @Inject
    Callers.AsImplementationHead head;
    @Inject
    Callers.AsConsultant consultant;
    @Inject
    Callers.AsProjectManager manager;
    @Inject
    Callers.AsRdManager rd;
    @Inject
    Callers.AsAuditor auditor;
    @Inject
    UserTransaction transaction;

    @Test
    @DisplayName("each role gets into exactly the actions the matrix allows it")
    void everyActionAnswersEveryRoleAsTheMatrixSays() throws Exception {
        ActionMatrix matrix = matrix();
        Map<String, Callers.Caller> callers = Map.of("ADMIN", admin, "IMPLEMENTATION_HEAD", head,
                "CONSULTANT", consultant, "PROJECT_MANAGER", manager, "RD_MANAGER", rd, "AUDITOR", auditor);
        List<String> wrong = new ArrayList<>();
        int refusals = 0;
        int entries = 0;
        for (Map.Entry<String, Set<String>> row : matrix.allowed.entrySet()) {
            Method method = ActionMatrix.method(row.getKey());
            Object bean = bean(method.getDeclaringClass());
            for (String role : matrix.roles) {
                boolean expected = row.getValue().contains(role);
                if (expected && ActionMatrix.outlivesTransaction(method)) {
                    continue;
                }
                boolean got = getsIn(callers.get(role), bean, method);
                if (expected) {
                    entries++;
                } else {
                    refusals++;
                }
                if (expected != got) {
                    wrong.add(row.getKey() + " as " + role + ": matrix says " + (expected ? "allowed" : "refused")
                            + ", container " + (got ? "let it in" : "refused it"));
                }
            }
        }
        assertTrue(refusals > 500 && entries > 200, "calls: " + refusals + " refused, " + entries + " let in");
        assertEquals(List.of(), wrong);
    }

    private static ActionMatrix matrix() throws Exception {
        try (InputStream in = Objects.requireNonNull(
                ActionMatrixIT.class.getClassLoader().getResourceAsStream(ActionMatrix.FILE))) {
            return new ActionMatrix(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private boolean getsIn(Callers.Caller caller, Object bean, Method method) throws Exception {
        transaction.begin();
        try {
            caller.call(() -> method.invoke(bean, arguments(method)));
            return true;
        } catch (Exception e) {
            return !refused(e);
        } finally {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        }
    }

    private static boolean refused(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InvocationTargetException ite && ite.getCause() != null) {
                return refused(ite.getCause());
            }
            if (t instanceof EJBAccessException) {
                return true;
            }
        }
        return false;
    }

    /** Arguments that match no record: ids and numbers -1, empty text and collections, null forms. */
    private static Object[] arguments(Method method) {
        return Arrays.stream(method.getParameterTypes()).map(ActionMatrixIT::nothing).toArray();
    }

    private static Object nothing(Class<?> type) {
        if (type == long.class || type == Long.class) {
            return -1L;
        }
        if (type == int.class || type == Integer.class) {
            return -1;
        }
        if (type == short.class || type == Short.class) {
            return (short) -1;
        }
        if (type == double.class || type == Double.class) {
            return -1d;
        }
        if (type == boolean.class || type == Boolean.class) {
            return false;
        }
        if (type == String.class) {
            return "";
        }
        if (type.isAssignableFrom(List.class)) {
            return List.of();
        }
        if (type.isAssignableFrom(java.util.Set.class)) {
            return Set.of();
        }
        if (type.isAssignableFrom(Map.class)) {
            return Map.of();
        }
        if (type == Optional.class) {
            return Optional.empty();
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        return null;
    }

    private static Object bean(Class<?> type) throws NamingException {
        return new InitialContext().lookup("java:module/" + type.getSimpleName() + "!" + type.getName());
    }
}
