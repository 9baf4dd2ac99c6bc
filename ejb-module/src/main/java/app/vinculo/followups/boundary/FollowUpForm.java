package app.vinculo.followups.boundary;

import app.vinculo.followups.entity.Channel;
import app.vinculo.followups.entity.Nature;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/** A follow-up as typed: the contact and an optional next action. */
public class FollowUpForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @NotNull(message = "{followup.client.required}")
    private Long clientId;
    private Set<Long> contactIds = new LinkedHashSet<>();
    @NotNull(message = "{followup.occurredAt.required}")
    private Instant occurredAt;
    @NotNull(message = "{followup.channel.required}")
    private Channel channel = Channel.CALL;
    @NotNull(message = "{followup.nature.required}")
    private Nature nature = Nature.COMMERCIAL;
    @NotBlank(message = "{followup.summary.required}")
    @Size(max = 2000, message = "{followup.summary.size}")
    private String summary;
    @Size(max = 2000, message = "{followup.outcome.size}")
    private String outcome;
    @Size(max = 500, message = "{followup.nextAction.size}")
    private String nextAction;
    private String nextActionOwner;
    private LocalDate nextActionDue;

    public Long getClientId() { return clientId; }
    public void setClientId(Long v) { clientId = v; }
    public Set<Long> getContactIds() { return contactIds; }
    public void setContactIds(Set<Long> v) { contactIds = v == null ? new LinkedHashSet<>() : v; }
    public Instant getOccurredAt() { return occurredAt; }
    public void setOccurredAt(Instant v) { occurredAt = v; }
    public Channel getChannel() { return channel; }
    public void setChannel(Channel v) { channel = v; }
    public Nature getNature() { return nature; }
    public void setNature(Nature v) { nature = v; }
    public String getSummary() { return summary; }
    public void setSummary(String v) { summary = v; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String v) { outcome = v; }
    public String getNextAction() { return nextAction; }
    public void setNextAction(String v) { nextAction = v; }
    public String getNextActionOwner() { return nextActionOwner; }
    public void setNextActionOwner(String v) { nextActionOwner = v; }
    public LocalDate getNextActionDue() { return nextActionDue; }
    public void setNextActionDue(LocalDate v) { nextActionDue = v; }
}
