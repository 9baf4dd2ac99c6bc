package app.vinculo.training.boundary;

import app.vinculo.training.entity.AttendanceMark;
import app.vinculo.training.entity.RegistrationStatus;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;

/**
 * A contact on an edition, with the client's training agreement status ({@code ACTIVE}, {@code EXPIRED} or
 * {@code NONE}) and the attendance marks by session number.
 */
public record RegistrationRow(Long id, long version, Long editionId, Long contactId, String contactName, String email,
                              Long clientId, String clientName, RegistrationStatus status, Instant invitedAt,
                              Instant waitlistedAt, int attendedSessions, String trainingAgreement,
                              Map<Integer, AttendanceMark> marks) implements Serializable {
}
