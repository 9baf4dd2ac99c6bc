package app.vinculo.platform.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/**
 * Checks a bearer token for the authentication mechanism (before anyone is signed in, hence {@code @PermitAll}, like
 * {@link AuthenticationService}). One unique-index read; a revoked or unknown token authenticates nobody. Nothing is
 * cached, so a revocation holds at once on every server.
 */
@Stateless
@PermitAll
public class TokenAuthenticationService {

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    public Optional<ApiCaller> authenticate(String token) {
        if (!ServiceTokens.wellFormed(token)) {
            return Optional.empty();
        }
        return em.createQuery("select a from ServiceAccount a where a.tokenHash = :h", ServiceAccount.class)
                .setParameter("h", ServiceTokens.hash(token)).getResultList().stream()
                .filter(a -> !a.isRevoked())
                .map(a -> new ApiCaller(a.getId(), a.principalName(), a.isCanRead(), a.isCanWrite(),
                        a.getRequestsPerMinute()))
                .findFirst();
    }
}
