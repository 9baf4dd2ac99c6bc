package app.vinculo.training;

import app.vinculo.clients.boundary.ClientDetail;
import app.vinculo.clients.boundary.ClientService;
import app.vinculo.clients.boundary.ContactRow;
import app.vinculo.testing.Callers;
import app.vinculo.testing.Deployments;
import app.vinculo.testing.SqlProbe;
import app.vinculo.testing.SqlProbe.Statements;
import app.vinculo.testing.TestRecords;
import app.vinculo.training.boundary.EditionFilter;
import app.vinculo.training.boundary.EditionRow;
import app.vinculo.training.boundary.EditionService;
import app.vinculo.training.boundary.RegistrationService;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Set;

import static app.vinculo.testing.TestRecords.uid;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 13, "≤ 5 SQL statements per page, independent of page size": the statements the editions list and an
 * edition's page (registrations and attendance) run for their data, counted as the benchmark counts them, for few
 * rows and for many.
 */
@ExtendWith(ArquillianExtension.class)
class EditionsQueryIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.businessTier("editions-query-it", EditionsQueryIT.class, TrainingRecords.class, SqlProbe.class);
    }

    @Inject
    Callers.AsConsultant consultant;

    @Inject
    EditionService editions;

    @Inject
    RegistrationService registrationService;

    @Inject
    ClientService clients;

    @Inject
    TestRecords records;

    @Inject
    TrainingRecords courseRecords;

    @Inject
    SqlProbe sql;

    /** What {@code EditionListBacking} asks for a page: the count and the rows. */
    private Statements listPage(EditionFilter filter, int size) throws Exception {
        return sql.during(() -> {
            assertEquals(20, consultant.call(() -> editions.count(filter)));
            return assertRows(size, consultant.call(() -> editions.page(filter, 0, size)).size());
        });
    }

    /** What {@code EditionViewBacking.load} asks on a GET of the edition's page. */
    private Statements editionPage(long id, int registered) throws Exception {
        return sql.during(() -> {
            consultant.call(() -> clients.consultants());
            consultant.call(() -> editions.find(id));
            return assertRows(registered, consultant.call(() -> registrationService.registrations(id)).size());
        });
    }

    private static int assertRows(int expected, int actual) {
        assertEquals(expected, actual);
        return actual;
    }

    @Test
    @DisplayName("the editions list loads a page of 3 editions and a page of 20 (each of its own course) in the same few statements")
    void editionsListFlat() throws Exception {
        String instructor = courseRecords.instructor();
        for (int i = 0; i < 20; i++) {
            courseRecords.edition(courseRecords.course("NQ" + uid() + i, Set.of()), 10, instructor, records.today().plusDays(i));
        }
        EditionFilter mine = new EditionFilter(null, null, null, null, instructor);
        listPage(mine, 3); // the first call of a deployment prepares the queries
        SqlProbe.assertFlat("editions list", listPage(mine, 3), listPage(mine, 20), 7);
    }

    @Test
    @DisplayName("an edition's page with 3 registered contacts and one with 20 (each of its own client) load in the same few statements")
    void editionPageFlat() throws Exception {
        String instructor = courseRecords.instructor();
        EditionRow few = courseRecords.edition(courseRecords.course("NF" + uid(), Set.of()), 25, instructor, records.today());
        EditionRow many = courseRecords.edition(courseRecords.course("NM" + uid(), Set.of()), 25, instructor, records.today());
        for (int i = 0; i < 20; i++) {
            String t = uid();
            ClientDetail c = records.client("Asistente " + t);
            ContactRow contact = records.contact(c.id(), "Ana " + t, "ana" + t + "@example.com", "es");
            consultant.call(() -> registrationService.enrol(many.id(), contact.id()));
            if (i < 3) {
                consultant.call(() -> registrationService.enrol(few.id(), contact.id()));
            }
        }
        editionPage(few.id(), 3);
        SqlProbe.assertFlat("edition page", editionPage(few.id(), 3), editionPage(many.id(), 20), 14);
    }
}
