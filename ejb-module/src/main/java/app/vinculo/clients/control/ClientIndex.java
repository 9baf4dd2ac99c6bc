package app.vinculo.clients.control;

import app.vinculo.clients.entity.Client;
import app.vinculo.clients.entity.ClientSearchToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Keeps a client's search words in step with its names, tax id and contacts, in the caller's transaction. */
@ApplicationScoped
public class ClientIndex {

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    public void reindex(Client client) {
        em.createQuery("delete from ClientSearchToken t where t.clientId = :id").setParameter("id", client.getId())
                .executeUpdate();
        List<String> texts = new ArrayList<>();
        texts.add(client.getLegalName());
        texts.add(client.getTradeName());
        texts.add(client.getTaxId());
        texts.addAll(em.createQuery("select c.name from Contact c where c.client = :client", String.class)
                .setParameter("client", client).getResultList());
        Set<String> tokens = SearchTokens.of(texts);
        for (String token : tokens) {
            em.persist(new ClientSearchToken(token, client.getId()));
        }
    }

    /**
     * A text search as JPQL pieces on alias {@code c}: one joined token row per word ({@code from}, to append after
     * {@code Client c}) and its conditions ({@code where}); parameters go to {@code params}. The joins are driven by
     * the token index (a range scan per word prefix), so the cost follows the matches. Queries using it need
     * DISTINCT: two words of one client may start alike.
     */
    public record TextMatch(String from, String where) {
    }

    public static TextMatch match(String text, java.util.Map<String, Object> params) {
        List<String> words = SearchTokens.query(text, 5);
        if (words.isEmpty()) {
            return null;
        }
        StringBuilder from = new StringBuilder();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            from.append(", ClientSearchToken t").append(i);
            parts.add("t" + i + ".clientId = c.id and t" + i + ".token like :w" + i);
            params.put("w" + i, words.get(i) + "%");
        }
        return new TextMatch(from.toString(), String.join(" and ", parts));
    }
}
