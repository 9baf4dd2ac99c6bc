package app.vinculo.integration.web;

import app.vinculo.integration.boundary.CreatedServiceAccount;
import app.vinculo.integration.boundary.ServiceAccountRow;
import app.vinculo.integration.boundary.ServiceAccountService;
import app.vinculo.platform.web.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * {@code admin/service-accounts.xhtml}: the REST API's service accounts. An admin creates one (name, scopes, requests
 * per minute) and sees its token once — it stays on the page only until the next action, and is never stored in
 * clear; revokes one. Auditors read the list.
 */
@Named
@ViewScoped
public class ServiceAccountsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    ServiceAccountService accounts;

    private String name;
    private String description;
    private boolean read = true;
    private boolean write;
    private int requestsPerMinute = 120;
    private String token;
    private String tokenFor;
    private List<ServiceAccountRow> rows;

    @PostConstruct
    void load() {
        rows = accounts.list();
    }

    public void create() {
        token = null;
        CreatedServiceAccount created = accounts.create(name, description, read, write, requestsPerMinute);
        token = created.token();
        tokenFor = created.account().name();
        PageMessages.info("serviceAccounts.created", tokenFor);
        name = null;
        description = null;
        read = true;
        write = false;
        requestsPerMinute = 120;
        rows = accounts.list();
    }

    public void revoke(ServiceAccountRow row) {
        token = null;
        accounts.revoke(row.id(), row.version());
        PageMessages.info("serviceAccounts.revoked", row.name());
        rows = accounts.list();
    }

    /** The new token is shown with the answer to "create" only; any other action forgets it. */
    public void forgetToken() {
        token = null;
        tokenFor = null;
    }

    public List<ServiceAccountRow> getRows() { return rows; }
    public String getToken() { return token; }
    public String getTokenFor() { return tokenFor; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { description = v; }
    public boolean isRead() { return read; }
    public void setRead(boolean v) { read = v; }
    public boolean isWrite() { return write; }
    public void setWrite(boolean v) { write = v; }
    public int getRequestsPerMinute() { return requestsPerMinute; }
    public void setRequestsPerMinute(int v) { requestsPerMinute = v; }
}
