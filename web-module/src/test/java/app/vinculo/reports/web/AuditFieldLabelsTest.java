package app.vinculo.reports.web;

import app.vinculo.platform.audit.AuditIgnored;
import app.vinculo.platform.audit.Audited;
import app.vinculo.platform.web.Texts;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Transient;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The audit trail names each changed field by its label in the reader's language ({@code audit.field.<name>}); a field
 * without one showed its Java name ("signedOffAt", "waivedBy") beside translated ones. Every persistent field of every
 * {@link Audited} entity needs a label in Spanish and in English.
 */
class AuditFieldLabelsTest {

    /** Bookkeeping fields the trail leaves out (AuditDiff.IGNORED). */
    private static final Set<String> BOOKKEEPING = Set.of("version", "createdAt", "createdBy", "updatedAt", "updatedBy");

    @Test
    @DisplayName("§8 every audited field has a label in Spanish and in English")
    void everyAuditedFieldHasALabel() throws Exception {
        List<Class<?>> audited = auditedEntities();
        assertFalse(audited.isEmpty(), "no @Audited entity found on the class path");
        Set<String> fields = new TreeSet<>();
        audited.forEach(type -> fields.addAll(auditedFields(type)));
        for (Locale locale : List.of(Texts.SPANISH, Locale.ENGLISH)) {
            ResourceBundle bundle = Texts.bundle(locale);
            List<String> missing = fields.stream().filter(f -> !bundle.containsKey("audit.field." + f)).toList();
            assertEquals(List.of(), missing, "audit.field.* labels missing in " + locale);
        }
    }

    @Test
    @DisplayName("§8 the trail shows a field's label, not its Java name, in the reader's language")
    void labelsInTheReadersLanguage() {
        assertEquals("Firmado", AuditValues.field("signedOffAt", Texts.SPANISH));
        assertEquals("Signed off", AuditValues.field("signedOffAt", Locale.ENGLISH));
    }

    private static Set<String> auditedFields(Class<?> type) {
        Set<String> names = new TreeSet<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                int m = f.getModifiers();
                if (Modifier.isStatic(m) || Modifier.isTransient(m) || f.isSynthetic() || f.getName().startsWith("_")
                        || f.isAnnotationPresent(Transient.class) || f.isAnnotationPresent(AuditIgnored.class)
                        || f.isAnnotationPresent(OneToMany.class) || f.isAnnotationPresent(ManyToMany.class)
                        || f.isAnnotationPresent(Embedded.class) || f.isAnnotationPresent(EmbeddedId.class)
                        || BOOKKEEPING.contains(f.getName())) {
                    continue;
                }
                names.add(f.getName());
            }
        }
        return names;
    }

    /** The business tier's classes under app/vinculo (a jar or a folder on the test class path) marked {@link Audited}. */
    private static List<Class<?>> auditedEntities() throws IOException, URISyntaxException, ClassNotFoundException {
        List<String> classNames = new ArrayList<>();
        for (URL root : Collections.list(AuditFieldLabelsTest.class.getClassLoader().getResources("app/vinculo"))) {
            if ("jar".equals(root.getProtocol())) {
                String jar = root.getPath().substring("file:".length(), root.getPath().indexOf('!'));
                try (JarFile file = new JarFile(java.net.URLDecoder.decode(jar, java.nio.charset.StandardCharsets.UTF_8))) {
                    file.stream().map(e -> e.getName()).filter(n -> n.startsWith("app/vinculo/") && n.endsWith(".class"))
                            .forEach(n -> classNames.add(n));
                }
            } else if ("file".equals(root.getProtocol())) {
                Path base = Path.of(root.toURI()).getParent().getParent();
                try (Stream<Path> files = Files.walk(Path.of(root.toURI()))) {
                    files.filter(p -> p.toString().endsWith(".class"))
                            .forEach(p -> classNames.add(base.relativize(p).toString().replace('\\', '/')));
                }
            }
        }
        List<Class<?>> audited = new ArrayList<>();
        for (String name : classNames) {
            if (!name.contains("/entity/") && !name.contains("/platform/")) {
                continue;
            }
            try {
                Class<?> type = Class.forName(name.substring(0, name.length() - ".class".length()).replace('/', '.'),
                        false, AuditFieldLabelsTest.class.getClassLoader());
                if (type.isAnnotationPresent(Audited.class)) {
                    audited.add(type);
                }
            } catch (NoClassDefFoundError serverOnly) {
                // a class built on a server API the unit tests do not have (EclipseLink's customizers): no entity
            }
        }
        return audited;
    }
}
