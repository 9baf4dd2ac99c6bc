package app.vinculo.reports.boundary;

import app.vinculo.platform.error.BusinessException;
import app.vinculo.platform.security.CurrentUser;
import app.vinculo.platform.security.Role;
import app.vinculo.reports.control.AgendaQueries;
import app.vinculo.reports.control.ICalendarWriter;
import app.vinculo.reports.entity.CalendarFeed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The calendar of visits and course sessions (mine or the department's) and each user's private iCalendar feed,
 * reached without signing in by a secret token that its owner can replace or revoke.
 */
@Stateless
public class CalendarService {

    /** What the feed holds: from this far back... */
    static final Duration FEED_PAST = Duration.ofDays(60);
    /** ...to this far ahead. */
    static final Duration FEED_AHEAD = Duration.ofDays(366);
    static final int MAX_EVENTS = 2_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    @Inject
    AgendaQueries agenda;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @RolesAllowed({Role.Names.IMPLEMENTATION_HEAD, Role.Names.CONSULTANT, Role.Names.PROJECT_MANAGER,
            Role.Names.RD_MANAGER, Role.Names.AUDITOR})
    public List<AgendaItem> events(Instant from, Instant to, boolean team) {
        if (to.isBefore(from) || Duration.between(from, to).toDays() > 400) {
            throw new app.vinculo.platform.error.InvalidInputException("calendar.rangeInvalid");
        }
        return agenda.between(from, to, clock.getZone(), team ? null : me(), false, MAX_EVENTS);
    }

    /** Whether the caller has a feed that is not revoked, and when it was last read. */
    @RolesAllowed({Role.Names.IMPLEMENTATION_HEAD, Role.Names.CONSULTANT, Role.Names.PROJECT_MANAGER,
            Role.Names.RD_MANAGER, Role.Names.AUDITOR})
    public Optional<FeedState> myFeed() {
        return active(me()).map(f -> new FeedState(f.getCreatedAt(), f.getLastReadAt()));
    }

    /** A new secret feed token for the caller (any previous one stops working). Shown once: only its hash is kept. */
    @RolesAllowed({Role.Names.IMPLEMENTATION_HEAD, Role.Names.CONSULTANT, Role.Names.PROJECT_MANAGER,
            Role.Names.RD_MANAGER, Role.Names.AUDITOR})
    public String newFeedToken() {
        revokeMine();
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        em.persist(new CalendarFeed(me(), hash(token)));
        return token;
    }

    @RolesAllowed({Role.Names.IMPLEMENTATION_HEAD, Role.Names.CONSULTANT, Role.Names.PROJECT_MANAGER,
            Role.Names.RD_MANAGER, Role.Names.AUDITOR})
    public void revokeFeed() {
        revokeMine();
    }

    /**
     * The feed of the token's owner: their visits and the sessions they teach, cancelled ones marked so. Open to
     * anonymous callers (calendar programs): the token is the credential; an unknown or revoked one is refused.
     */
    @PermitAll
    public String feed(String token, String host, String baseUrl) {
        CalendarFeed f = token == null || token.length() > 100 ? null
                : em.createQuery("select f from CalendarFeed f where f.tokenHash = :h", CalendarFeed.class)
                .setParameter("h", hash(token)).getResultStream().findFirst().orElse(null);
        if (f == null || f.isRevoked()) {
            throw new FeedRefusedException();
        }
        Instant now = clock.instant();
        f.read(now);
        List<AgendaItem> items = agenda.between(now.minus(FEED_PAST), now.plus(FEED_AHEAD), clock.getZone(), f.getUsername(),
                true, MAX_EVENTS);
        return ICalendarWriter.write(items, host, "Vínculo · " + f.getUsername(), now,
                i -> (i.kind() == AgendaItem.Kind.VISIT ? "Visita: " : "Curso: ") + i.title(),
                i -> baseUrl == null ? null : baseUrl + (i.kind() == AgendaItem.Kind.VISIT
                        ? "/visits/view.xhtml?id=" : "/training/editions/view.xhtml?id=") + i.id());
    }

    private void revokeMine() {
        active(me()).ifPresent(f -> f.revoke(clock.instant()));
    }

    private Optional<CalendarFeed> active(String username) {
        return em.createQuery("select f from CalendarFeed f where f.username = :u and f.revokedAt is null", CalendarFeed.class)
                .setParameter("u", username).getResultStream().findFirst();
    }

    /** The caller's username as stored (lower case). */
    private String me() {
        return user.name().trim().toLowerCase(java.util.Locale.ROOT);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public record FeedState(Instant createdAt, Instant lastReadAt) implements java.io.Serializable {
    }

    /** An unknown or revoked feed token (HTTP 404, so that a revoked token reveals nothing). */
    @jakarta.ejb.ApplicationException(rollback = true)
    public static class FeedRefusedException extends BusinessException {
        public FeedRefusedException() {
            super("cal.feedRefused");
        }

        @Override
        public int httpStatus() {
            return 404;
        }
    }
}
