package app.vinculo.reminders.boundary;

import app.vinculo.platform.config.VinculoConfig;
import app.vinculo.reminders.control.ReminderEngine;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The reminder timer: a non-persistent interval timer (default every 60 s, {@code vinculo.reminders.interval-seconds})
 * that runs the engine. Nothing is kept in the timer itself: the database says what is due and what was sent,
 * so a restart, a redeploy or a second server neither loses nor repeats a reminder.
 */
@Singleton
@Startup
@DependsOn("StartupData")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class ReminderTimer {

    private static final Logger LOG = Logger.getLogger(ReminderTimer.class.getName());

    @Resource
    TimerService timers;

    @Inject
    ReminderEngine engine;

    @Inject
    VinculoConfig config;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void start() {
        if (!config.timersEnabled()) {
            LOG.info("Vínculo reminder timer is off on this server (vinculo.timers=false)");
            return;
        }
        long interval = config.reminderIntervalSeconds() * 1000L;
        timers.createIntervalTimer(Math.min(interval, 15_000L), interval, new TimerConfig("vinculo-reminders", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick(Timer timer) {
        if (!running.compareAndSet(false, true)) {
            return; // the previous run is still going on this server
        }
        try {
            engine.run("TIMER");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reminder run failed; the next run tries again", e);
        } finally {
            running.set(false);
        }
    }
}
