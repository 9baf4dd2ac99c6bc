package app.vinculo.agreements;

import app.vinculo.agreements.boundary.AssistanceService;
import app.vinculo.agreements.boundary.RegularizationService;
import app.vinculo.clients.boundary.ClientDetail;
import app.vinculo.testing.Callers;
import app.vinculo.testing.Deployments;
import app.vinculo.testing.SqlProbe;
import app.vinculo.testing.SqlProbe.Statements;
import app.vinculo.testing.TestRecords;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static app.vinculo.testing.TestRecords.uid;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Issue 13, "≤ 5 SQL statements per page, independent of page size": the regularisation cases, for few rows and for many. */
@ExtendWith(ArquillianExtension.class)
class RegularizationsQueryIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.businessTier("regularizations-query-it", RegularizationsQueryIT.class, SqlProbe.class);
    }

    @Inject
    Callers.AsConsultant consultant;

    @Inject
    Callers.AsProjectManager pm;

    @Inject
    AssistanceService assistance;

    @Inject
    RegularizationService regularizations;

    @Inject
    TestRecords records;

    @Inject
    SqlProbe sql;

    /** What {@code RegularizationListBacking} asks for a page of the open cases (its default): the count and the rows. */
    private Statements listPage(int size) throws Exception {
        return sql.during(() -> {
            pm.call(() -> regularizations.count(null, true));
            assertEquals(size, pm.call(() -> regularizations.page(null, true, 0, size)).size());
            return null;
        });
    }

    @Test
    @DisplayName("the regularisation cases load a page of 3 cases and a page of 20 (each of its own client) in the same few statements")
    void casesListFlat() throws Exception {
        for (int i = 0; i < 20; i++) {
            ClientDetail c = records.client("Sin acuerdo " + uid());
            consultant.call(() -> assistance.request(c.id(), null, "No pueden cerrar el mes"));
        }
        listPage(3); // the first call of a deployment prepares the queries
        SqlProbe.assertFlat("regularisation cases", listPage(3), listPage(20), 4);
    }
}
