package app.vinculo.training.control;

import app.vinculo.reminders.boundary.DueReminders;
import app.vinculo.reminders.entity.Recipient;
import app.vinculo.reminders.entity.ReminderKind;
import app.vinculo.training.entity.CourseEdition;
import app.vinculo.training.entity.EditionStatus;
import app.vinculo.training.entity.Registration;
import app.vinculo.training.entity.RegistrationStatus;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * E-mails to client contacts about courses, in the contact's language and without a portal link: the invitation with
 * the dates, a freed seat given to a waitlisted contact (R5.1), and the cancellation of an edition. Each looks back
 * {@value #LOOKBACK_DAYS} days, so a notice due while the server was down still goes, and old ones never do.
 */
@ApplicationScoped
public class CourseNotices extends DueReminders {

    static final int LOOKBACK_DAYS = 7;

    @Override
    protected void collect(Instant until, Due due) {
        Instant since = since(until, LOOKBACK_DAYS);
        Map<String, String> inviterNames = new HashMap<>();
        em.createQuery("select r from Registration r join fetch r.contact join fetch r.client join fetch r.edition e "
                        + "join fetch e.course where r.invitedAt <= :until and r.invitedAt > :since and e.status in :live "
                        + "and r.contact.email is not null order by r.id", Registration.class)
                .setParameter("until", until).setParameter("since", since)
                .setParameter("live", List.of(EditionStatus.SCHEDULED, EditionStatus.OPEN))
                .setMaxResults(10_000).getResultList().forEach(r -> {
                    Map<String, String> p = new HashMap<>(CourseMailParams.of(r.getEdition()));
                    p.put("client", r.getClient().displayName());
                    p.put("inviter", inviterNames.computeIfAbsent(r.getInvitedBy(),
                            u -> staff.user(u).map(Recipient::name).orElse(u)));
                    due.add(ReminderKind.COURSE_INVITATION, r.getId(), "invited", r.getInvitedAt(), List.of(contact(r)),
                            null, p);
                });
        em.createQuery("select r from Registration r join fetch r.contact join fetch r.edition e join fetch e.course "
                        + "where r.promotedAt <= :until and r.promotedAt > :since and r.status = :registered "
                        + "and e.status in :live and r.contact.email is not null order by r.id", Registration.class)
                .setParameter("until", until).setParameter("since", since)
                .setParameter("registered", RegistrationStatus.REGISTERED)
                .setParameter("live", List.of(EditionStatus.SCHEDULED, EditionStatus.OPEN))
                .setMaxResults(10_000).getResultList()
                .forEach(r -> due.add(ReminderKind.COURSE_SEAT_CONFIRMED, r.getId(), r.getPromotedAt().toString(),
                        r.getPromotedAt(), List.of(contact(r)), null, CourseMailParams.of(r.getEdition())));
        List<CourseEdition> cancelled = em.createQuery("select e from CourseEdition e join fetch e.course "
                        + "where e.status = :c and e.cancelledAt <= :until and e.cancelledAt > :since", CourseEdition.class)
                .setParameter("c", EditionStatus.CANCELLED).setParameter("until", until).setParameter("since", since)
                .setMaxResults(1_000).getResultList();
        for (CourseEdition e : cancelled) {
            List<Recipient> to = em.createQuery("select r from Registration r join fetch r.contact where r.edition = :e "
                            + "and r.status in :on and r.contact.email is not null", Registration.class)
                    .setParameter("e", e).setParameter("on", List.of(RegistrationStatus.REGISTERED, RegistrationStatus.WAITLISTED))
                    .getResultList().stream().map(CourseNotices::contact).toList();
            Map<String, String> p = new HashMap<>(CourseMailParams.of(e));
            p.put("reason", e.getCancelReason());
            due.add(ReminderKind.COURSE_CANCELLED, e.getId(), "cancelled", e.getCancelledAt(), to, null, p);
        }
    }

    private static Recipient contact(Registration r) {
        return new Recipient(null, r.getContact().getEmail(), r.getContact().getName(), r.getContact().getLanguage());
    }
}
