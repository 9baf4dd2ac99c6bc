package app.vinculo.procedure;

import app.vinculo.testing.Callers;
import app.vinculo.testing.Deployments;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static app.vinculo.testing.TestRecords.uid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The procedure page's revisions on a real Payara + Derby: sanitised text, change control, who may publish. */
@ExtendWith(ArquillianExtension.class)
class ProcedureIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.businessTier("procedure-it", ProcedureIT.class);
    }

    @Inject
    Callers.AsConsultant consultant;

    @Inject
    Callers.AsImplementationHead head;

    @Inject
    Callers.AsAuditor auditor;

    @Inject
    app.vinculo.procedure.boundary.ProcedureService procedure;

    @Test
    @DisplayName("§8 the Implementation Head publishes the next revision of the procedure: text sanitised, change control required, nobody else may")
    void procedureRevisions() throws Exception {
        List<app.vinculo.procedure.boundary.ProcedureRevisionView.Change> change = List.of(
                new app.vinculo.procedure.boundary.ProcedureRevisionView.Change("Visitas a clientes", "Mejora", "Se agrega el plan " + uid()));
        int before = head.call(() -> procedure.history()).size();
        var published = head.call(() -> procedure.publish("Plan de visita", "<h2>OBJETO</h2><p onclick=\"x()\">Texto</p><script>alert(1)</script>",
                change));
        assertEquals("<h2>OBJETO</h2>\n<p>Texto</p>", published.content(), "scripts and handlers removed");
        assertEquals(published.id(), consultant.call(() -> procedure.current()).orElseThrow().id(), "the new one is current");
        assertEquals(before + 1, auditor.call(() -> procedure.history()).size());
        assertEquals("procedure.changesRequired", assertThrows(app.vinculo.platform.error.BusinessException.class,
                () -> head.call(() -> procedure.publish(null, "<p>Texto</p>", List.of()))).messageKey());
        assertThrows(jakarta.ejb.EJBAccessException.class, () -> consultant.call(() -> procedure.publish(null, "<p>x</p>", change)));
    }
}
