package app.vinculo.agreements.boundary;

import app.vinculo.agreements.entity.AgreementStatus;
import app.vinculo.agreements.entity.AgreementType;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The client header's "at a glance" per agreement type: the status of the agreement that matters today (the
 * active one, else the next, else the last) and its end; {@code status} null when the client never had one.
 */
public record AgreementGlance(AgreementType type, AgreementStatus status, LocalDate start, LocalDate end)
        implements Serializable {
}
