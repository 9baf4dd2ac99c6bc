package app.vinculo.training.boundary;

import java.io.Serializable;

/** A contact who can be invited, with why (the picker's source) and whether already on the edition. */
public record CandidateRow(Long contactId, String name, String position, String email, Long clientId, String clientName,
                           String trainingAgreement, boolean alreadyOnEdition) implements Serializable {
}
