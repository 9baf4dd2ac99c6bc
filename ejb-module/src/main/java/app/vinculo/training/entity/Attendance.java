package app.vinculo.training.entity;

import app.vinculo.platform.audit.Audited;
import app.vinculo.platform.error.InvalidInputException;
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

import java.io.Serial;
import java.time.Instant;

/** One mark of the attendance register: a registered contact at one session (1-based). Audited, so corrections show. */
@Entity
@Table(name = "ATTENDANCE", uniqueConstraints = @UniqueConstraint(name = "UQ_ATTENDANCE",
        columnNames = {"REGISTRATION_ID", "SESSION_NO"}))
@Audited
public class Attendance extends BaseEntity {

    @Serial
    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "REGISTRATION_ID", nullable = false, updatable = false)
    private Registration registration;

    @Column(name = "EDITION_ID", nullable = false, updatable = false)
    private Long editionId;

    @Column(name = "SESSION_NO", nullable = false, updatable = false)
    private int sessionNo;

    @Enumerated(EnumType.STRING)
    @Column(name = "MARK", length = 8, nullable = false)
    private AttendanceMark mark;

    @Column(name = "MARKED_BY", length = 40, nullable = false)
    private String markedBy;

    @Column(name = "MARKED_AT", nullable = false)
    private Instant markedAt;

    /** Set when the Implementation Head corrected a closed register (R5.2). */
    @Column(name = "CORRECTION_REASON", length = 1000)
    private String correctionReason;

    protected Attendance() {
    }

    public Attendance(Registration registration, int sessionNo) {
        this.registration = registration;
        this.editionId = registration.getEdition().getId();
        this.sessionNo = sessionNo;
    }

    public void mark(AttendanceMark mark, String by, Instant at) {
        if (mark == null) {
            throw new InvalidInputException("attendance.markRequired");
        }
        this.mark = mark;
        this.markedBy = by;
        this.markedAt = at;
    }

    public void correct(AttendanceMark mark, String reason, String by, Instant at) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("attendance.correctionReasonRequired");
        }
        String r = reason.trim();
        if (r.length() > 1000) { // refused, never cut
            throw new InvalidInputException("attendance.correctionReasonTooLong", 1000);
        }
        mark(mark, by, at);
        correctionReason = r;
    }

    public Registration getRegistration() { return registration; }
    public Long getEditionId() { return editionId; }
    public int getSessionNo() { return sessionNo; }
    public AttendanceMark getMark() { return mark; }
    public String getMarkedBy() { return markedBy; }
    public Instant getMarkedAt() { return markedAt; }
    public String getCorrectionReason() { return correctionReason; }
}
