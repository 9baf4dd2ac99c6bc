package app.vinculo.clients.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;

/**
 * One word of a client's names, tax id or contacts' names, normalized (lower case, no accents). The primary key
 * starts with the token, so "every client with a word starting with x" is an index range scan: search cost
 * grows with the matches, not with the number of clients.
 */
@Entity
@Table(name = "CLIENT_SEARCH_TOKEN")
@IdClass(ClientSearchToken.Key.class)
public class ClientSearchToken {

    @Id
    @Column(name = "TOKEN", length = 60)
    private String token;

    @Id
    @Column(name = "CLIENT_ID")
    private Long clientId;

    protected ClientSearchToken() {
    }

    public ClientSearchToken(String token, Long clientId) {
        this.token = token;
        this.clientId = clientId;
    }

    public String getToken() { return token; }
    public Long getClientId() { return clientId; }

    public static class Key implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        private String token;
        private Long clientId;

        public Key() {
        }

        public Key(String token, Long clientId) {
            this.token = token;
            this.clientId = clientId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(token, k.token) && Objects.equals(clientId, k.clientId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(token, clientId);
        }
    }
}
