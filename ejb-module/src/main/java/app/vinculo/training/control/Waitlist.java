package app.vinculo.training.control;

import app.vinculo.training.entity.Registration;
import app.vinculo.training.entity.RegistrationStatus;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** R5.1: a freed seat goes to the first waitlisted contact, the one who has waited longest. */
public final class Waitlist {

    private Waitlist() {
    }

    public static Optional<Registration> firstInLine(Collection<Registration> registrations) {
        return registrations.stream().filter(r -> r.getStatus() == RegistrationStatus.WAITLISTED)
                .min(Comparator.comparing(Registration::getWaitlistedAt)
                        .thenComparing(r -> r.getId() == null ? Long.MAX_VALUE : r.getId()));
    }
}
