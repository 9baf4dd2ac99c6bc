package app.vinculo.requirements;

import app.vinculo.clients.boundary.ClientDetail;
import app.vinculo.requirements.boundary.LineForm;
import app.vinculo.requirements.boundary.QuoteForm;
import app.vinculo.requirements.boundary.QuoteService;
import app.vinculo.requirements.boundary.RequirementRow;
import app.vinculo.requirements.boundary.RequirementService;
import app.vinculo.requirements.entity.RequirementOrigin;
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

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static app.vinculo.testing.TestRecords.uid;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Issue 13, "≤ 5 SQL statements per page, independent of page size": the quotes list, for few rows and for many. */
@ExtendWith(ArquillianExtension.class)
class QuotesQueryIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.businessTier("quotes-query-it", QuotesQueryIT.class, SqlProbe.class);
    }

    @Inject
    Callers.AsConsultant consultant;

    @Inject
    Callers.AsImplementationHead head;

    @Inject
    RequirementService requirements;

    @Inject
    QuoteService quotes;

    @Inject
    TestRecords records;

    @Inject
    SqlProbe sql;

    /** What {@code QuoteListBacking} asks for a page: the count and the rows (newest first, every client). */
    private Statements listPage(int size) throws Exception {
        return sql.during(() -> {
            consultant.call(() -> quotes.count(null, null));
            assertEquals(size, consultant.call(() -> quotes.page(null, null, 0, size)).size());
            return null;
        });
    }

    @Test
    @DisplayName("the quotes list loads a page of 3 quotes and a page of 20 (each of its own client) in the same few statements")
    void quotesListFlat() throws Exception {
        for (int i = 0; i < 20; i++) {
            ClientDetail c = records.client("Presupuesto " + uid());
            RequirementRow r = consultant.call(() -> requirements.register(c.id(), "Tablero", "Detalle", null, RequirementOrigin.REQUEST, null));
            RequirementRow submitted = consultant.call(() -> requirements.submit(r.id(), r.version()));
            RequirementRow approved = head.call(() -> requirements.approve(submitted.id(), submitted.version()));
            QuoteForm f = new QuoteForm();
            f.setLines(new ArrayList<>(List.of(new LineForm("Desarrollo", new BigDecimal("10"), new BigDecimal("1000")))));
            f.setValidityDays(30);
            head.call(() -> quotes.draft(Set.of(approved.id()), f));
        }
        listPage(3); // the first call of a deployment prepares the queries
        SqlProbe.assertFlat("quotes list", listPage(3), listPage(20), 6);
    }
}
