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

    /** The JPQL condition (on alias {@code c}) for a text search, with its parameters added to {@code params}. */
    public static String condition(String text, java.util.Map<String, Object> params) {
        List<String> words = SearchTokens.query(text, 5);
        if (words.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            parts.add("c.id in (select t.clientId from ClientSearchToken t where t.token like :w" + i + ")");
            params.put("w" + i, words.get(i) + "%");
        }
        return String.join(" and ", parts);
    }
}
