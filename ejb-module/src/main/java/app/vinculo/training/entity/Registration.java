package app.vinculo.training.entity;

import app.vinculo.clients.entity.Client;
import app.vinculo.clients.entity.Contact;
import app.vinculo.platform.audit.Audited;
import app.vinculo.platform.error.BusinessException;
import app.vinculo.platform.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import java.io.Serial;
import java.time.Instant;
import java.util.EnumSet;

/**
 * A client contact on an edition: INVITED → REGISTERED (a seat) or WAITLISTED (full, R5.1) → a freed seat goes to
 * the first waitlisted ({@link #promote}); DECLINED when the contact will not come. Attendance marks per session are
 * {@link Attendance} rows; {@link #attendedSessions} and {@link #lastAttendedAt} summarise them for the report and
 * the client timeline.
 */
@Entity
@Table(name = "REGISTRATION", uniqueConstraints = @UniqueConstraint(name = "UQ_REGISTRATION",
        columnNames = {"EDITION_ID", "CONTACT_ID"}))
@Audited
public class Registration extends BaseEntity {

    @Serial
    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "EDITION_ID", nullable = false, updatable = false)
    private CourseEdition edition;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "CONTACT_ID", nullable = false, updatable = false)
    private Contact contact;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "CLIENT_ID", nullable = false, updatable = false)
    private Client client;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 10, nullable = false)
    private RegistrationStatus status = RegistrationStatus.INVITED;

    @Column(name = "INVITED_AT", nullable = false, updatable = false)
    private Instant invitedAt;

    @Column(name = "INVITED_BY", length = 40, nullable = false, updatable = false)
    private String invitedBy;

    @Column(name = "REGISTERED_AT")
    private Instant registeredAt;

    @Column(name = "WAITLISTED_AT")
    private Instant waitlistedAt;

    @Column(name = "PROMOTED_AT")
    private Instant promotedAt;

    @Column(name = "DECLINED_AT")
    private Instant declinedAt;

    @Column(name = "ATTENDED_SESSIONS", nullable = false)
    private int attendedSessions;

    @Column(name = "LAST_ATTENDED_AT")
    private Instant lastAttendedAt;

    protected Registration() {
    }

    public Registration(CourseEdition edition, Contact contact, String by, Instant at) {
        if (!contact.isActive()) {
            throw new BusinessException("registration.contactInactive", contact.getName());
        }
        if (!edition.admits(contact.getClient().getId())) {
            throw new BusinessException("registration.notInAudience", contact.getClient().displayName());
        }
        this.edition = edition;
        this.contact = contact;
        this.client = contact.getClient();
        this.invitedBy = by;
        this.invitedAt = at;
    }

    /** The contact accepted: a seat if one was taken for them, else the waiting list (R5.1). */
    public void accept(boolean seatTaken, Instant at) {
        if (!EnumSet.of(RegistrationStatus.INVITED, RegistrationStatus.DECLINED).contains(status)) {
            throw new BusinessException("registration.transitionRefused", status.name(),
                    (seatTaken ? RegistrationStatus.REGISTERED : RegistrationStatus.WAITLISTED).name());
        }
        if (seatTaken) {
            status = RegistrationStatus.REGISTERED;
            registeredAt = at;
            waitlistedAt = null;
        } else {
            status = RegistrationStatus.WAITLISTED;
            waitlistedAt = at;
        }
        declinedAt = null;
    }

    /** A freed seat goes to this waitlisted contact (who is then told by e-mail). */
    public void promote(Instant at) {
        if (status != RegistrationStatus.WAITLISTED) {
            throw new BusinessException("registration.transitionRefused", status.name(), RegistrationStatus.REGISTERED.name());
        }
        status = RegistrationStatus.REGISTERED;
        registeredAt = at;
        promotedAt = at;
    }

    /** The contact will not come. @return whether this frees a seat */
    public boolean decline(Instant at) {
        if (status == RegistrationStatus.DECLINED) {
            throw new BusinessException("registration.transitionRefused", status.name(), RegistrationStatus.DECLINED.name());
        }
        if (attendedSessions > 0) {
            throw new BusinessException("registration.alreadyAttended");
        }
        boolean heldSeat = status == RegistrationStatus.REGISTERED;
        status = RegistrationStatus.DECLINED;
        declinedAt = at;
        return heldSeat;
    }

    public void attendance(int attended, Instant lastAttended) {
        this.attendedSessions = attended;
        this.lastAttendedAt = lastAttended;
    }

    public CourseEdition getEdition() { return edition; }
    public Contact getContact() { return contact; }
    public Client getClient() { return client; }
    public RegistrationStatus getStatus() { return status; }
    public Instant getInvitedAt() { return invitedAt; }
    public String getInvitedBy() { return invitedBy; }
    public Instant getRegisteredAt() { return registeredAt; }
    public Instant getWaitlistedAt() { return waitlistedAt; }
    public Instant getPromotedAt() { return promotedAt; }
    public Instant getDeclinedAt() { return declinedAt; }
    public int getAttendedSessions() { return attendedSessions; }
    public Instant getLastAttendedAt() { return lastAttendedAt; }
}
