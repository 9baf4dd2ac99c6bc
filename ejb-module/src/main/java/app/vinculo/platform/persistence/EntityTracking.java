package app.vinculo.platform.persistence;

import app.vinculo.platform.clock.ClockProducer;
import app.vinculo.platform.security.CurrentUser;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;

/** Fills in created/updated by and at, from the current user and the application clock. */
public class EntityTracking {

    @PrePersist
    void created(BaseEntity entity) {
        entity.markCreated(CurrentUser.lookup(), ClockProducer.lookupInstant());
    }

    @PreUpdate
    void updated(BaseEntity entity) {
        entity.markUpdated(CurrentUser.lookup(), ClockProducer.lookupInstant());
    }
}
