package app.vinculo.reminders.entity;

import app.vinculo.platform.audit.Audited;
import app.vinculo.platform.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.io.Serial;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A user's choice: immediate e-mails or one daily digest at an hour, and the kinds they opted out of. */
@Entity
@Table(name = "REMINDER_PREFERENCE")
@Audited
public class ReminderPreference extends BaseEntity {

    @Serial
    private static final long serialVersionUID = 1L;

    @Column(name = "USERNAME", length = 40, nullable = false, unique = true, updatable = false)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(name = "DELIVERY", length = 10, nullable = false)
    private Delivery delivery = Delivery.IMMEDIATE;

    @Column(name = "DIGEST_HOUR", nullable = false)
    private int digestHour = 8;

    @Column(name = "OPTED_OUT", length = 1000, nullable = false)
    private String optedOut = "";

    protected ReminderPreference() {
    }

    public ReminderPreference(String username) {
        this.username = username;
    }

    public String getUsername() {
        return username;
    }

    public Delivery getDelivery() {
        return delivery;
    }

    public int getDigestHour() {
        return digestHour;
    }

    public Set<ReminderKind> getOptedOut() {
        EnumSet<ReminderKind> kinds = EnumSet.noneOf(ReminderKind.class);
        Arrays.stream(optedOut.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(name -> {
            try {
                kinds.add(ReminderKind.valueOf(name));
            } catch (IllegalArgumentException removedKind) {
                // a kind that no longer exists: ignore
            }
        });
        return kinds;
    }

    public void choose(Delivery delivery, int digestHour, Set<ReminderKind> optedOut) {
        if (digestHour < 0 || digestHour > 23) {
            throw new app.vinculo.platform.error.InvalidInputException("reminder.digestHour.invalid");
        }
        this.delivery = delivery;
        this.digestHour = digestHour;
        this.optedOut = optedOut.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }
}
