package app.vinculo.agreements.control;

import app.vinculo.agreements.entity.Agreement;
import app.vinculo.agreements.entity.AssistanceRequest;
import app.vinculo.agreements.entity.RegularizationCase;
import app.vinculo.platform.i18n.LocalizedText;
import app.vinculo.platform.timeline.ClientRecordTimeline;
import app.vinculo.platform.timeline.TimelineEntry;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The agreements feature's part of the client timeline: agreements, regularisation cases, assistance requests. */
@ApplicationScoped
public class AgreementTimeline extends ClientRecordTimeline {


    public AgreementTimeline() {
        super("AGREEMENT", "REGULARIZATION", "ASSISTANCE");
    }

    @Override
    public List<TimelineEntry> entries(long clientId, Instant before, int max) {
        List<TimelineEntry> entries = new ArrayList<>();
        // one query for signed and cancelled agreements, one for opened and closed cases (issue 13)
        for (Agreement a : recordsBefore("select a from Agreement a where a.client.id = :client "
                        + "and (a.createdAt < :before or a.cancelledAt < :before) order by a.createdAt desc",
                Agreement.class, clientId, before, 2 * max).getResultList()) {
            if (a.getCreatedAt().isBefore(before)) {
                entries.add(new TimelineEntry(a.getCreatedAt(), "AGREEMENT", "timeline.AGREEMENT_SIGNED",
                        List.of(a.getType().name(), LocalizedText.date(a.getStartDate()), LocalizedText.date(a.getEndDate())),
                        "/clients/view.xhtml?id=" + clientId, a.getCreatedBy()));
            }
            if (a.getCancelledAt() != null && a.getCancelledAt().isBefore(before)) {
                entries.add(new TimelineEntry(a.getCancelledAt(), "AGREEMENT", "timeline.AGREEMENT_CANCELLED",
                        List.of(a.getType().name(), a.getCancelReason()), "/clients/view.xhtml?id=" + clientId,
                        a.getUpdatedBy()));
            }
        }
        for (RegularizationCase r : recordsBefore("select r from RegularizationCase r where r.client.id = :client "
                        + "and (r.openedAt < :before or r.closedAt < :before) order by r.openedAt desc",
                RegularizationCase.class, clientId, before, 2 * max).getResultList()) {
            if (r.getOpenedAt().isBefore(before)) {
                entries.add(new TimelineEntry(r.getOpenedAt(), "REGULARIZATION", "timeline.REGULARIZATION_OPENED",
                        List.of(r.getReason().name()), "/agreements/regularization.xhtml?id=" + r.getId(), r.getCreatedBy()));
            }
            if (r.getClosedAt() != null && r.getClosedAt().isBefore(before)) {
                entries.add(new TimelineEntry(r.getClosedAt(), "REGULARIZATION", "timeline.REGULARIZATION_CLOSED",
                        List.of(r.getStatus().name()), "/agreements/regularization.xhtml?id=" + r.getId(), r.getUpdatedBy()));
            }
        }
        for (AssistanceRequest q : recordsBefore("select q from AssistanceRequest q where q.client.id = :client "
                        + "and q.requestedAt < :before order by q.requestedAt desc",
                AssistanceRequest.class, clientId, before, max).getResultList()) {
            entries.add(q.isAllowed()
                    ? new TimelineEntry(q.getRequestedAt(), "ASSISTANCE", "timeline.ASSISTANCE_ALLOWED",
                    List.of(q.getDescription()), null, q.getCreatedBy())
                    : new TimelineEntry(q.getRequestedAt(), "ASSISTANCE", "timeline.ASSISTANCE_REFUSED",
                    List.of(q.getDescription(), q.getRefusalReason().name()), null, q.getCreatedBy()));
        }
        return newestFirst(entries, max);
    }
}
