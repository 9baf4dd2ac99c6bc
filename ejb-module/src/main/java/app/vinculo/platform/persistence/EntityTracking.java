package app.vinculo.platform.persistence;

import app.vinculo.platform.security.CurrentUser;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;

import java.time.Clock;
import java.time.Instant;

/** Fills in created/updated by and at, from the current user and the application clock. */
public class EntityTracking {

    @PrePersist
    void created(BaseEntity entity) {
        entity.markCreated(who(), now());
    }

    @PreUpdate
    void updated(BaseEntity entity) {
        entity.markUpdated(who(), now());
    }

    private static String who() {
        try {
            return CDI.current().select(CurrentUser.class).get().name();
        } catch (RuntimeException outsideContainer) {
            return CurrentUser.SYSTEM;
        }
    }

    private static Instant now() {
        try {
            return CDI.current().select(Clock.class).get().instant();
        } catch (RuntimeException outsideContainer) {
            return Instant.now();
        }
    }
}
