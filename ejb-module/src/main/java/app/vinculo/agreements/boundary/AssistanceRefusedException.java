package app.vinculo.agreements.boundary;

import app.vinculo.agreements.entity.GateDecision;
import app.vinculo.platform.error.BusinessException;
import app.vinculo.platform.i18n.LocalizedText;
import jakarta.ejb.ApplicationException;

import java.io.Serial;

/**
 * R1.3: the action is assistance and the client is not assistable. The message says why; the case was already
 * referred to the Project Managers (an open regularisation case) in its own transaction.
 */
@ApplicationException(rollback = true)
public class AssistanceRefusedException extends BusinessException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final GateDecision decision;

    public AssistanceRefusedException(GateDecision decision, String clientName) {
        super(decision.messageKey(), clientName, LocalizedText.date(decision.since()));
        this.decision = decision;
    }

    public GateDecision decision() {
        return decision;
    }
}
