package app.vinculo.releases;

import app.vinculo.platform.security.Role;
import app.vinculo.releases.boundary.ChangeForm;
import app.vinculo.releases.boundary.ReleaseForm;
import app.vinculo.releases.boundary.ReleaseRow;
import app.vinculo.releases.boundary.ReleaseService;
import app.vinculo.testing.Callers;
import app.vinculo.testing.GateProbe;
import app.vinculo.testing.TestRecords;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;

/** What the release ITs start from: the modules their changes touch, the test consultant's account, draft releases. */
@Dependent
public class ReleaseRecords {

    @Inject
    Callers.AsRdManager rd;

    @Inject
    ReleaseService releases;

    @Inject
    TestRecords records;

    @Inject
    GateProbe probe;

    @Inject
    Clock clock;

    /** The modules VENTAS, STOCK and CONTAB, and the @RunAs consultant as a portal user cases can be assigned to. */
    public void prepare() throws Exception {
        records.catalogue("VENTAS", "STOCK", "CONTAB");
        if (probe.users("consultant") == 0) {
            probe.createStaff("consultant", "consultant-it@example.com", Role.CONSULTANT);
        }
    }

    /** A draft release dated today, registered by R&amp;D with these changes. */
    public ReleaseRow release(String label, ChangeForm... changes) throws Exception {
        ReleaseForm f = new ReleaseForm();
        f.setLabel(label);
        f.setReleaseDate(LocalDate.now(clock));
        f.setNotes("Notas de " + label);
        ReleaseRow r = rd.call(() -> releases.create(f));
        for (ChangeForm c : changes) {
            rd.call(() -> releases.addChange(r.id(), c));
        }
        return rd.call(() -> releases.find(r.id()));
    }
}
