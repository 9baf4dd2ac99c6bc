package app.vinculo.followups;

import app.vinculo.clients.boundary.ClientDetail;
import app.vinculo.followups.boundary.FollowUpService;
import app.vinculo.platform.security.Role;
import app.vinculo.testing.Callers;
import app.vinculo.testing.Deployments;
import app.vinculo.testing.GateProbe;
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

/** Issue 13, "≤ 5 SQL statements per page, independent of page size": the signed-in user's next actions, few and many. */
@ExtendWith(ArquillianExtension.class)
class NextActionsQueryIT {

    /**
     * The identity of {@link Callers.AsConsultant} (its @RunAs principal), who owns the next actions: not a username
     * an account can have (those are lower-case), so the actions are recorded for a staff account and then handed over.
     */
    private static final String ME = "CONSULTANT";

    @Deployment
    static WebArchive deployment() {
        return Deployments.businessTier("next-actions-query-it", NextActionsQueryIT.class, SqlProbe.class);
    }

    @Inject
    Callers.AsConsultant consultant;

    @Inject
    FollowUpService followUps;

    @Inject
    TestRecords records;

    @Inject
    GateProbe probe;

    @Inject
    SqlProbe sql;

    /** What the next-actions page and the layout's summary ask: the count and the rows. */
    private Statements page(int size) throws Exception {
        return sql.during(() -> {
            consultant.call(() -> followUps.myNextActionsCount());
            assertEquals(size, consultant.call(() -> followUps.myNextActions(0, size)).size());
            return null;
        });
    }

    @Test
    @DisplayName("the next actions load 3 rows and 20 rows (each of its own client) in the same few statements")
    void nextActionsFlat() throws Exception {
        String owner = records.staff("cons", Role.CONSULTANT);
        for (int i = 0; i < 20; i++) {
            ClientDetail c = records.client("Próxima acción " + uid());
            records.nextAction(c.id(), owner, records.today().plusDays(1));
        }
        probe.reownNextActions(owner, ME);
        page(3); // the first call of a deployment prepares the queries
        SqlProbe.assertFlat("next actions", page(3), page(20), 5);
    }
}
