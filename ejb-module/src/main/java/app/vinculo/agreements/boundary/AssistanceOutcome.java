package app.vinculo.agreements.boundary;

import app.vinculo.agreements.entity.GateDecision;

import java.io.Serializable;
import java.util.List;

/**
 * What the consultant is told after recording an assistance request: assist, or the refusal (message key and
 * arguments) and the regularisation case it was referred to.
 */
public record AssistanceOutcome(Long requestId, GateDecision decision, String messageKey, List<String> arguments,
                                Long regularizationCaseId) implements Serializable {
}
