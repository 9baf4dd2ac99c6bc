package app.vinculo.visits.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * "Who should be there": a contact the assistant proposes to invite — a decision maker or influencer (R2.2) or the
 * key user of a module in the plan — with when they were last met (held visit attended or follow-up; null: never).
 */
public record ProposedContact(long contactId, String name, String position, boolean decisionMaker, boolean influencer,
                              List<String> keyUserOf, Instant lastMet) implements Serializable {

    public ProposedContact {
        keyUserOf = List.copyOf(keyUserOf);
    }
}
