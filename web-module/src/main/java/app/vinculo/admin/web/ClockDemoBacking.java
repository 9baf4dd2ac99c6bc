package app.vinculo.admin.web;

import app.vinculo.platform.clock.ClockService;
import app.vinculo.platform.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/** {@code admin/clock.xhtml}: in demo mode an admin moves the portal's clock forward (or back to real time). */
@Named
@ViewScoped
public class ClockDemoBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    ClockService clock;

    public boolean isDemo() {
        return clock.demo();
    }

    public Instant getNow() {
        return clock.now();
    }

    public Duration getOffset() {
        return clock.offset();
    }

    public void shiftDays(int days) {
        clock.shift(Duration.ofDays(days));
        PageMessages.info("clock.shifted", days);
    }

    public void reset() {
        clock.reset();
        PageMessages.info("clock.resetDone");
    }
}
