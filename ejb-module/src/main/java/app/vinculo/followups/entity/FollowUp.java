package app.vinculo.followups.entity;

import app.vinculo.clients.entity.Client;
import app.vinculo.platform.audit.Audited;
import app.vinculo.platform.error.BusinessException;
import app.vinculo.platform.error.InvalidInputException;
import app.vinculo.platform.persistence.BaseEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import java.io.Serial;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A recorded contact with a client (seguimiento técnico/comercial registrado en SGC), with an optional next
 * action (what, who, by when) that is later marked done.
 */
@Entity
@Table(name = "FOLLOW_UP")
@Audited
public class FollowUp extends BaseEntity {

    @Serial
    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "CLIENT_ID", nullable = false, updatable = false)
    private Client client;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "FOLLOW_UP_CONTACT", joinColumns = @JoinColumn(name = "FOLLOW_UP_ID"))
    @Column(name = "CONTACT_ID", nullable = false)
    private Set<Long> contactIds = new LinkedHashSet<>();

    @Column(name = "AUTHOR", length = 40, nullable = false, updatable = false)
    private String author;

    @Column(name = "OCCURRED_AT", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "CHANNEL", length = 12, nullable = false)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "NATURE", length = 12, nullable = false)
    private Nature nature;

    @Column(name = "SUMMARY", length = 2000, nullable = false)
    private String summary;

    @Column(name = "OUTCOME", length = 2000)
    private String outcome;

    @Column(name = "NEXT_ACTION", length = 500)
    private String nextAction;

    @Column(name = "NEXT_ACTION_OWNER", length = 40)
    private String nextActionOwner;

    @Column(name = "NEXT_ACTION_DUE")
    private LocalDate nextActionDue;

    @Column(name = "NEXT_ACTION_DONE_AT")
    private Instant nextActionDoneAt;

    @Column(name = "VISIT_ID", updatable = false)
    private Long visitId;

    protected FollowUp() {
    }

    public FollowUp(Client client, String author, Instant occurredAt, Channel channel, Nature nature, String summary,
                    Long visitId) {
        if (summary == null || summary.isBlank()) {
            throw new InvalidInputException("followup.summaryRequired");
        }
        this.client = client;
        this.author = author;
        this.occurredAt = occurredAt;
        this.channel = channel;
        this.nature = nature;
        this.summary = summary.trim();
        this.visitId = visitId;
    }

    public void details(Set<Long> contacts, String outcome) {
        this.contactIds.clear();
        this.contactIds.addAll(contacts);
        this.outcome = outcome == null || outcome.isBlank() ? null : outcome.trim();
    }

    /** A next action: all three parts or none. */
    public void nextAction(String action, String owner, LocalDate due) {
        boolean any = action != null && !action.isBlank() || owner != null && !owner.isBlank() || due != null;
        if (!any) {
            nextAction = null;
            nextActionOwner = null;
            nextActionDue = null;
            return;
        }
        if (action == null || action.isBlank() || owner == null || owner.isBlank() || due == null) {
            throw new InvalidInputException("followup.nextActionIncomplete");
        }
        nextAction = action.trim();
        nextActionOwner = owner;
        nextActionDue = due;
    }

    public void done(Instant at) {
        if (nextAction == null) {
            throw new BusinessException("followup.noNextAction");
        }
        if (nextActionDoneAt != null) {
            throw new BusinessException("followup.alreadyDone");
        }
        nextActionDoneAt = at;
    }

    /** Due today or earlier and not done (RM1). */
    public boolean isDue(LocalDate today) {
        return nextAction != null && nextActionDoneAt == null && !nextActionDue.isAfter(today);
    }

    public boolean isOverdue(LocalDate today) {
        return nextAction != null && nextActionDoneAt == null && nextActionDue.isBefore(today);
    }

    public Client getClient() { return client; }
    public Set<Long> getContactIds() { return Collections.unmodifiableSet(contactIds); }
    public String getAuthor() { return author; }
    public Instant getOccurredAt() { return occurredAt; }
    public Channel getChannel() { return channel; }
    public Nature getNature() { return nature; }
    public String getSummary() { return summary; }
    public String getOutcome() { return outcome; }
    public String getNextAction() { return nextAction; }
    public String getNextActionOwner() { return nextActionOwner; }
    public LocalDate getNextActionDue() { return nextActionDue; }
    public Instant getNextActionDoneAt() { return nextActionDoneAt; }
    public Long getVisitId() { return visitId; }
}
