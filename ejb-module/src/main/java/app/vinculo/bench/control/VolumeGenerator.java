package app.vinculo.bench.control;

import app.vinculo.bench.boundary.GeneratedVolume;
import app.vinculo.platform.demo.StartupData;
import app.vinculo.platform.error.InvalidInputException;
import app.vinculo.platform.security.PasswordHasher;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;

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
import javax.sql.DataSource;

/** Writes the volume (the caller runs it outside a transaction and decides whether it may: demo mode, ADMIN). */
@ApplicationScoped
public class VolumeGenerator {

    private static final Logger LOG = Logger.getLogger(VolumeGenerator.class.getName());

    @Resource(lookup = "jdbc/vinculo")
    DataSource dataSource;

    @PersistenceUnit(unitName = "vinculo")
    EntityManagerFactory emf;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    public GeneratedVolume generate(int divisor) {
        return generate(divisor, true);
    }

    /**
     * @param withHistory false skips the follow-ups and visits (the bulk of the rows), for harnesses that read only the
     *                    clients and their facts (the health ranking's)
     */
    public GeneratedVolume generate(int divisor, boolean withHistory) {
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
                if (!withHistory) {
                    history.lastContactsOnly();
                } else {
                    history.followUps(volume.followUpsPerClient());
                    log("follow-ups", out, t0);
                    history.visits(volume.visitsPerClient());
                    log("visits", out, t0);
                }
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
