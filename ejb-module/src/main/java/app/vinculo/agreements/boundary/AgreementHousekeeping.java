package app.vinculo.agreements.boundary;

import app.vinculo.platform.config.VinculoConfig;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/**
 * R1.4: every hour, open regularisation cases of clients whose A&M agreement has become active (an agreement
 * created with a future start) are closed as REGULARIZED. Idempotent; any server may run it.
 */
@Singleton
@PermitAll
public class AgreementHousekeeping {

    private static final Logger LOG = Logger.getLogger(AgreementHousekeeping.class.getName());

    @Inject
    Referrals referrals;

    @Inject
    VinculoConfig config;

    @Schedule(hour = "*", minute = "7", persistent = false, info = "vinculo-regularization-housekeeping")
    void hourly() {
        if (config.timersEnabled()) {
            int closed = referrals.closeRegularized();
            if (closed > 0) {
                LOG.info(() -> closed + " regularisation case(s) closed: the client's A&M agreement is active");
            }
        }
    }
}
