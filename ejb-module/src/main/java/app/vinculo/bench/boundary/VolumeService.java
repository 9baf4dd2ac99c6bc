package app.vinculo.bench.boundary;

import app.vinculo.bench.control.VolumeGenerator;
import app.vinculo.platform.config.VinculoConfig;
import app.vinculo.platform.error.InvalidInputException;
import app.vinculo.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * The volume generator of the benchmarks (demo mode, administrators only): fills the database with a department's
 * years of history at a scale, by batched JDBC (no JPA, no audit trail: the rows are test data). Not one
 * transaction: it commits every 20 000 rows, so a failure leaves a partial volume (start from an empty database).
 */
@Stateless
public class VolumeService {

    @Inject
    VinculoConfig config;

    @Inject
    VolumeGenerator generator;

    /** Generates the volume at 1/{@code divisor} of the full one; refused outside demo mode or when already done. */
    @RolesAllowed(Role.Names.ADMIN)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public GeneratedVolume generate(int divisor) {
        if (!config.demo()) {
            throw new InvalidInputException("bench.generate.demoOnly");
        }
        return generator.generate(divisor);
    }
}
