package app.vinculo.followups.boundary;

import app.vinculo.followups.entity.Channel;
import app.vinculo.followups.entity.Nature;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** A follow-up as lists and the client page show it. */
public record FollowUpRow(Long id, long version, Long clientId, String clientName, String author, Instant occurredAt,
                          Channel channel, Nature nature, String summary, String outcome, Set<Long> contactIds,
                          String nextAction, String nextActionOwner, LocalDate nextActionDue, Instant nextActionDoneAt,
                          boolean overdue, Long visitId) implements Serializable {
}
