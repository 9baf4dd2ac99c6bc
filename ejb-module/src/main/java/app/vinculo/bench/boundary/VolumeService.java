package app.vinculo.bench.boundary;

import app.vinculo.bench.control.BatchWriter;
import app.vinculo.bench.control.Commerce;
import app.vinculo.bench.control.History;
import app.vinculo.bench.control.Population;
import app.vinculo.bench.control.Volume;
import app.vinculo.bench.control.World;
import app.vinculo.platform.config.VinculoConfig;
import app.vinculo.platform.demo.StartupData;
import app.vinculo.platform.error.InvalidInputException;
import app.vinculo.platform.security.PasswordHasher;
import app.vinculo.platform.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The volume generator of the benchmarks (demo mode, administrators only): fills the database with a department's
 * years of history at a scale, by batched JDBC (no JPA, no audit trail: the rows are test data). Not one
 * transaction: it commits every 20 000 rows, so a failure leaves a partial volume (start from an empty database).
 */
@Stateless
public class VolumeService {

    private static final Logger LOG = Logger.getLogger(VolumeService.class.getName());

    @Resource(lookup = "jdbc/vinculo")
    DataSource dataSource;

    @PersistenceUnit(unitName = "vinculo")
    EntityManagerFactory emf;

    @Inject
    VinculoConfig config;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    /** Generates the volume at 1/{@code divisor} of the full one; refused outside demo mode or when already done. */
    @RolesAllowed(Role.Names.ADMIN)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public GeneratedVolume generate(int divisor) {
        if (!config.demo()) {
            throw new InvalidInputException("bench.generate.demoOnly");
        }
        Volume volume = Volume.of(divisor);
        long t0 = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            if (count(connection, "SELECT COUNT(*) FROM APP_USER WHERE USERNAME = 'staff001'") > 0) {
                throw new InvalidInputException("bench.generate.done");
            }
            Map<String, Long> modules = modules(connection);
            World world = new World(volume.clients(), LocalDate.now(clock), Instant.now(clock));
            try (BatchWriter out = new BatchWriter(connection)) {
                out.reserveIds(volume.ids());
                Population population = new Population(out, world, clock.getZone());
                population.staff(volume.staff(), hasher.hash(StartupData.DEMO_PASSWORD));
                population.clients(modules);
                log("clients", out, t0);
                History history = new History(out, world, clock.getZone());
                history.followUps(volume.followUpsPerClient());
                log("follow-ups", out, t0);
                history.visits(volume.visitsPerClient());
                log("visits", out, t0);
                Commerce commerce = new Commerce(out, world, clock.getZone());
                commerce.quotes(volume.quotes(), volume.requirementsWithoutQuote());
                commerce.training(volume.courses(), volume.editions());
                log("quotes and training", out, t0);
                // the rows bypassed JPA: nothing cached may describe the old state
                emf.getCache().evictAll();
                return new GeneratedVolume(divisor, out.rows(), (System.nanoTime() - t0) / 1_000_000_000.0);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("volume generation failed: " + e.getMessage(), e);
        }
    }

    private static void log(String phase, BatchWriter out, long t0) {
        LOG.info(() -> String.format("volume generator: %s done, %d rows, %.0f s", phase, out.rows(),
                (System.nanoTime() - t0) / 1e9));
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Map<String, Long> modules(Connection c) throws SQLException {
        Map<String, Long> modules = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT CODE, ID FROM ERP_MODULE WHERE ACTIVE = TRUE ORDER BY CODE");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                modules.put(rs.getString(1), rs.getLong(2));
            }
        }
        return modules;
    }
}
