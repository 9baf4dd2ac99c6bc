package app.vinculo.platform.persistence;

import app.vinculo.platform.error.ConcurrentEditException;
import app.vinculo.platform.error.NotFoundException;
import jakarta.persistence.EntityManager;

/** Loading a record a user asked for by id: "not found" when it does not exist, "changed by someone else" when stale. */
public final class Entities {

    private Entities() {
    }

    /** The entity, or {@link NotFoundException} naming {@code what} (a message-key suffix such as "requirement"). */
    public static <T> T require(EntityManager em, Class<T> type, long id, String what) {
        T found = em.find(type, id);
        if (found == null) {
            throw new NotFoundException(what, id);
        }
        return found;
    }

    /** The entity as the user last saw it ({@code version}), else {@link ConcurrentEditException}. */
    public static <T extends BaseEntity> T requireCurrent(EntityManager em, Class<T> type, long id, long version, String what) {
        return requireVersion(require(em, type, id, what), version);
    }

    /** The loaded entity if it is still at the version the user saw, else {@link ConcurrentEditException}. */
    public static <T extends BaseEntity> T requireVersion(T entity, long version) {
        if (entity.isStale(version)) {
            throw new ConcurrentEditException();
        }
        return entity;
    }
}
