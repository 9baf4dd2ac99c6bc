package app.vinculo.platform.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The portal is {@code <distributable/>}: a deployment group keeps sessions in Hazelcast and hands them to another
 * instance when one stops, so every session- and view-scoped bean and everything it holds must be Serializable.
 * Injected references are the container's serializable proxies; every other field's type (and the element types
 * of its collections) must be Serializable or left to a subclass that is.
 */
class SessionStateSerializableTest {

    @Test
    @DisplayName("Every @SessionScoped, @ViewScoped and @ConversationScoped bean and its state are Serializable")
    void sessionStateIsSerializable() throws Exception {
        List<Class<?>> beans = scopedBeans();
        assertTrue(beans.size() > 20, "found only " + beans.size() + " scoped beans: scan broken?");
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            for (Class<?> c = bean; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    int mod = f.getModifiers();
                    if (Modifier.isStatic(mod) || Modifier.isTransient(mod) || f.isSynthetic()
                            || f.isAnnotationPresent(Inject.class) || f.isAnnotationPresent(EJB.class)) {
                        continue;
                    }
                    check(f.getGenericType(), bean.getSimpleName() + "." + f.getName(), problems);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    private static void check(Type type, String where, List<String> problems) {
        if (type instanceof Class<?> c) {
            if (c.isArray()) {
                check(c.getComponentType(), where, problems);
            } else if (!c.isPrimitive() && !c.isInterface() && !Modifier.isAbstract(c.getModifiers())
                    && !Serializable.class.isAssignableFrom(c)) {
                problems.add(where + ": " + c.getName() + " is not Serializable");
            }
        } else if (type instanceof ParameterizedType p) {
            check(p.getRawType(), where, problems);
            for (Type arg : p.getActualTypeArguments()) {
                check(arg, where, problems);
            }
        } else if (type instanceof GenericArrayType a) {
            check(a.getGenericComponentType(), where, problems);
        } else if (type instanceof WildcardType w) {
            for (Type upper : w.getUpperBounds()) {
                check(upper, where, problems);
            }
        }
    }

    private static List<Class<?>> scopedBeans() throws IOException, ClassNotFoundException {
        Path classes = Path.of("target/classes");
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> c = Class.forName(name, false, SessionStateSerializableTest.class.getClassLoader());
                if (c.isAnnotationPresent(ViewScoped.class) || c.isAnnotationPresent(SessionScoped.class)
                        || c.isAnnotationPresent(ConversationScoped.class)) {
                    beans.add(c);
                }
            }
        }
        return beans;
    }
}
