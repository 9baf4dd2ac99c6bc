package app.vinculo.agreements.web;

import app.vinculo.agreements.boundary.RegularizationService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.logging.Level;
import java.util.logging.Logger;

/** What the home page's cards count for the agreements feature: the open regularisation cases (PMs). */
@Named
@RequestScoped
public class OpenCasesBacking {

    private static final Logger LOG = Logger.getLogger(OpenCasesBacking.class.getName());

    @Inject
    RegularizationService regularizations;

    private Long open;

    public long getOpenRegularizations() {
        if (open == null) {
            try {
                open = regularizations.count(null, true);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not count the open regularisation cases", e);
                open = 0L;
            }
        }
        return open;
    }
}
