package app.vinculo.visits.boundary;

import java.io.Serializable;
import java.util.List;

/** Who should be at the visit, and the plan's modules no active contact is key user of (a warning, not a block). */
public record PeopleAdvice(List<ProposedContact> contacts, List<String> modulesWithoutKeyUser) implements Serializable {

    public PeopleAdvice {
        contacts = List.copyOf(contacts);
        modulesWithoutKeyUser = List.copyOf(modulesWithoutKeyUser);
    }
}
