package app.vinculo.bench;

import app.vinculo.bench.boundary.GeneratedVolume;
import app.vinculo.bench.boundary.VolumeService;
import app.vinculo.bench.control.VolumeGenerator;
import app.vinculo.clients.boundary.ClientService;
import app.vinculo.clients.control.SearchTokens;
import app.vinculo.platform.error.InvalidInputException;
import app.vinculo.testing.Callers;
import app.vinculo.testing.Deployments;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The benchmarks' volume generator at 1/1000 of the full volume (50 clients): the data it writes keeps the rules the
 * application enforces, and the application reads it (search words). The boundary refuses outside demo mode (the test
 * domain's mode); the generator is then called directly. Its 50 clients share the database with the other ITs, whose
 * assertions are about their own records (names and users made unique per run), so the order the classes run in does not matter.
 */
@ExtendWith(ArquillianExtension.class)
class VolumeGeneratorIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.businessTier("volume-it", VolumeGeneratorIT.class, Sql.class);
    }

    /** Native counts over the generated tables. */
    @Stateless
    @PermitAll
    public static class Sql {
        @PersistenceContext(unitName = "vinculo")
        EntityManager em;

        @Inject
        VolumeGenerator generator;

        /** The generator as the boundary runs it: outside a transaction. */
        @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
        public GeneratedVolume generate(int divisor) {
            return generator.generate(divisor);
        }

        public long count(String sql) {
            return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
        }

        public String first(String sql) {
            List<?> rows = em.createNativeQuery(sql).setMaxResults(1).getResultList();
            return rows.isEmpty() ? null : String.valueOf(rows.get(0));
        }
    }

    @Inject
    Callers.AsAdmin admin;

    @Inject
    Callers.AsConsultant consultant;

    @Inject
    VolumeService volumes;

    @Inject
    ClientService clients;

    @Inject
    Sql sql;

    @Test
    @DisplayName("R1.2 R1.3 R1.4 R2.1 R3.1 R4.1 R4.2 R5.1: the generated volume is consistent with the rules")
    void generatesConsistentVolume() throws Exception {
        check();
    }

    private void check() throws Exception {
        // the test domain runs with vinculo.demo=false: the boundary refuses, the generator itself is called below
        assertThrows(InvalidInputException.class, () -> admin.call(() -> volumes.generate(1000)));
        GeneratedVolume v = sql.generate(1000);
        assertTrue(v.rows() > 5_000, "rows written: " + v.rows());
        assertEquals(50, sql.count("SELECT COUNT(*) FROM CLIENT WHERE CREATED_BY = 'generator'"));
        long contacts = sql.count("SELECT COUNT(*) FROM CONTACT WHERE CREATED_BY = 'generator'");
        assertTrue(contacts >= 100 && contacts <= 300, "contacts " + contacts);
        assertTrue(sql.count("SELECT COUNT(*) FROM FOLLOW_UP f JOIN CLIENT c ON c.ID = f.CLIENT_ID "
                + "WHERE c.CREATED_BY = 'generator'") >= 1_000);
        assertEquals(12, sql.count("SELECT COUNT(*) FROM APP_USER WHERE USERNAME LIKE 'staff%'"));

        // R1.2: the generated agreements of one client and type never overlap (a cancelled one may)
        assertEquals(0, sql.count("SELECT COUNT(*) FROM AGREEMENT a JOIN AGREEMENT b ON a.CLIENT_ID = b.CLIENT_ID "
                + "AND a.AGREEMENT_TYPE = b.AGREEMENT_TYPE AND a.ID < b.ID "
                + "WHERE a.START_DATE <= b.END_DATE AND b.START_DATE <= a.END_DATE "
                + "AND a.CANCELLED_AT IS NULL AND b.CANCELLED_AT IS NULL "
                + "AND a.CLIENT_ID IN (SELECT ID FROM CLIENT WHERE CREATED_BY = 'generator')"));
        // agreements in every state: expired, active, future, cancelled; renewals linked
        assertTrue(sql.count("SELECT COUNT(*) FROM AGREEMENT WHERE END_DATE < CURRENT_DATE AND CANCELLED_AT IS NULL") > 0);
        assertTrue(sql.count("SELECT COUNT(*) FROM AGREEMENT WHERE START_DATE <= CURRENT_DATE AND END_DATE >= CURRENT_DATE "
                + "AND CANCELLED_AT IS NULL") > 0);
        assertTrue(sql.count("SELECT COUNT(*) FROM AGREEMENT WHERE START_DATE > CURRENT_DATE") > 0);
        assertTrue(sql.count("SELECT COUNT(*) FROM AGREEMENT WHERE CANCELLED_AT IS NOT NULL") > 0);
        assertTrue(sql.count("SELECT COUNT(*) FROM AGREEMENT WHERE PREVIOUS_ID IS NOT NULL") > 0);
        assertEquals(0, sql.count("SELECT COUNT(*) FROM AGREEMENT a JOIN AGREEMENT p ON p.ID = a.PREVIOUS_ID "
                + "WHERE p.CLIENT_ID <> a.CLIENT_ID OR p.END_DATE >= a.START_DATE"));

        // R1.3: assistance (TECHNICAL follow-ups, ASSISTANCE/MIXED visits) only while an A&M agreement was active
        String covered = " AND x.CLIENT_ID IN (SELECT ID FROM CLIENT WHERE CREATED_BY = 'generator') AND NOT EXISTS (SELECT 1 FROM AGREEMENT a WHERE a.CLIENT_ID = x.CLIENT_ID "
                + "AND a.AGREEMENT_TYPE = 'SUPPORT_MAINTENANCE' AND CAST(x.%1$s AS DATE) BETWEEN a.START_DATE AND a.END_DATE "
                + "AND (a.CANCELLED_AT IS NULL OR x.%1$s < a.CANCELLED_AT))";
        assertTrue(sql.count("SELECT COUNT(*) FROM FOLLOW_UP x WHERE x.NATURE = 'TECHNICAL'") > 0);
        assertEquals(0, sql.count("SELECT COUNT(*) FROM FOLLOW_UP x WHERE x.NATURE = 'TECHNICAL'"
                + String.format(covered, "OCCURRED_AT")));
        assertEquals(0, sql.count("SELECT COUNT(*) FROM VISIT x WHERE x.KIND IN ('ASSISTANCE', 'MIXED')"
                + String.format(covered, "SCHEDULED_AT")));

        // R1.4: regularisation cases in several states; R2.1: confirmed visits have at least two topics
        assertTrue(sql.count("SELECT COUNT(DISTINCT STATUS) FROM REGULARIZATION_CASE WHERE CREATED_BY = 'generator'") >= 2);
        assertEquals(0, sql.count("SELECT COUNT(*) FROM VISIT v WHERE v.STATUS = 'CONFIRMED' "
                + "AND v.CLIENT_ID IN (SELECT ID FROM CLIENT WHERE CREATED_BY = 'generator') "
                + "AND (SELECT COUNT(*) FROM VISIT_TOPIC t WHERE t.VISIT_ID = v.ID) < 2"));

        // R3.1: the last contact is the newest follow-up or held visit; some clients are at risk, most are not
        assertEquals(0, sql.count("SELECT COUNT(*) FROM CLIENT c WHERE c.CREATED_BY = 'generator' AND (c.LAST_CONTACT_AT IS NULL "
                + "OR c.LAST_CONTACT_AT < (SELECT MAX(f.OCCURRED_AT) FROM FOLLOW_UP f WHERE f.CLIENT_ID = c.ID))"));
        long atRisk = sql.count("SELECT COUNT(*) FROM CLIENT WHERE CREATED_BY = 'generator' "
                + "AND LAST_CONTACT_AT < {fn TIMESTAMPADD(SQL_TSI_DAY, -60, CURRENT_TIMESTAMP)}");
        assertTrue(atRisk > 0 && atRisk < 25, "at risk " + atRisk);

        // R4.1: a client with an active A&D agreement gets planned requirements, not quotes
        assertEquals(0, sql.count("SELECT COUNT(*) FROM QUOTE q WHERE EXISTS (SELECT 1 FROM AGREEMENT a "
                + "WHERE a.CLIENT_ID = q.CLIENT_ID AND a.AGREEMENT_TYPE = 'SUPPORT_DEVELOPMENT' AND a.CREATED_BY = 'generator')"));
        // R4.2: one number per quote, the year's counter past every number used, quotes in every state of the pipeline
        assertTrue(sql.count("SELECT COUNT(DISTINCT STATUS) FROM QUOTE") >= 3);
        assertEquals(0, sql.count("SELECT COUNT(*) FROM QUOTE q WHERE NOT EXISTS (SELECT 1 FROM QUOTE_COUNTER k "
                + "WHERE q.QUOTE_NUMBER LIKE 'PV-' || TRIM(CAST(k.QUOTE_YEAR AS CHAR(4))) || '-%' "
                + "AND k.LAST_NUMBER >= CAST(SUBSTR(q.QUOTE_NUMBER, 9) AS INT))"));

        // R5.1: the seat counter equals the registrations and never passes the capacity
        assertEquals(0, sql.count("SELECT COUNT(*) FROM COURSE_EDITION e WHERE e.CREATED_BY = 'generator' AND e.SEATS_TAKEN <> (SELECT COUNT(*) "
                + "FROM REGISTRATION r WHERE r.EDITION_ID = e.ID AND r.STATUS = 'REGISTERED')"));
        assertTrue(sql.count("SELECT COUNT(*) FROM ATTENDANCE a JOIN COURSE_EDITION e ON e.ID = a.EDITION_ID "
                + "WHERE e.STATUS IN ('HELD', 'CLOSED')") > 0);

        // the application reads it: a generated client is found by a word of its name, without accents
        String name = sql.first("SELECT LEGAL_NAME FROM CLIENT WHERE CREATED_BY = 'generator'");
        String word = SearchTokens.normalize(name == null ? "metalurgica" : name.split(" ")[0]);
        assertFalse(consultant.call(() -> clients.search(word.substring(0, 4), 10)).isEmpty(), word);

        // a second run is refused: the volume is generated once per database
        assertThrows(InvalidInputException.class, () -> sql.generate(1000));
    }
}
