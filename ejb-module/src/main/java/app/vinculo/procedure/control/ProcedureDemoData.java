package app.vinculo.procedure.control;

import app.vinculo.platform.demo.DemoData;
import app.vinculo.platform.html.RichText;
import app.vinculo.procedure.entity.ProcedureChange;
import app.vinculo.procedure.entity.ProcedureRevision;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** Demo: the procedure as it stands, revision 03 of August 2021, with its change control. */
@ApplicationScoped
public class ProcedureDemoData implements DemoData {

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    @Override
    public int order() {
        return 900;
    }

    @Override
    public void load() {
        if (!em.createQuery("select r.id from ProcedureRevision r", Long.class).setMaxResults(1).getResultList().isEmpty()) {
            return;
        }
        em.persist(new ProcedureRevision(3, LocalDate.of(2021, 8, 1), "Revisión vigente del procedimiento de relación con clientes",
                RichText.cleanDocument(text()), List.of(new ProcedureChange("Nombre del Procedimiento", "Modificación",
                        "Se modificó el nombre de Asistencia a Visita"))));
    }

    static String text() {
        try (InputStream in = Objects.requireNonNull(ProcedureDemoData.class.getResourceAsStream("/app/vinculo/procedure/revision-03.html"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
