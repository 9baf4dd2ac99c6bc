package app.vinculo.platform.web;

import app.vinculo.platform.security.LoginResult;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;

/**
 * The login page ({@code login.xhtml}) and the top bar's logout. A failed login never tells whether the user exists;
 * only a locked account (too many failed attempts) gets its own message.
 */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext facesContext;

    @Inject
    LocaleBacking localeBacking;

    private String username;
    private String password;
    private boolean signedOut;

    /** GET of the login page by someone already signed in: straight home. */
    public void redirectIfSignedIn() throws IOException {
        ExternalContext external = facesContext.getExternalContext();
        if (external.getRemoteUser() != null && !facesContext.isPostback()) {
            external.redirect(external.getRequestContextPath() + "/index.xhtml");
        }
    }

    public void login() throws IOException {
        ExternalContext external = facesContext.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        String continueTo = continueUrl(request);
        renewSessionId(request);
        AuthenticationStatus status = securityContext.authenticate(request, response, AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(username == null ? "" : username.trim(),
                        password == null ? "" : password)));
        password = null;
        switch (status) {
            case SEND_CONTINUE -> facesContext.responseComplete(); // redirected to the page first asked for
            case SUCCESS -> {
                external.redirect(continueTo);
                facesContext.responseComplete();
            }
            default -> refused();
        }
    }

    /**
     * Where to go after signing in: the page first asked for, when the container sent the user here from a
     * protected page, else home. Jakarta Security (Soteria) keeps that request in the session; it is read before
     * authenticating, because a new authentication forgets it. (Letting Soteria restore the request itself
     * (SEND_CONTINUE) left the restored request without its EJB identity on Payara 6.2025.9.) Only a GET of a page
     * of this application is accepted, never another site.
     */
    static String continueUrl(HttpServletRequest request) {
        String home = request.getContextPath() + "/index.xhtml";
        HttpSession session = request.getSession(false);
        Object own = session == null ? null : session.getAttribute(FormAuthentication.CONTINUE);
        if (own instanceof String path) {
            return path.startsWith(request.getContextPath() + "/") && !path.contains("//")
                    && !path.contains("/login.xhtml") ? path : home;
        }
        Object saved = session == null ? null : session.getAttribute("org.glassfish.soteria.original.request");
        if (saved == null) {
            return home;
        }
        try {
            Object method = saved.getClass().getMethod("getMethod").invoke(saved);
            Object url = saved.getClass().getMethod("getFullRequestURL").invoke(saved);
            if (!"GET".equals(method) || !(url instanceof String full)) {
                return home;
            }
            java.net.URI uri = java.net.URI.create(full);
            String path = uri.getRawPath();
            if (path == null || !path.startsWith(request.getContextPath() + "/") || path.contains("//")
                    || path.endsWith("/login.xhtml")) {
                return home;
            }
            return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (ReflectiveOperationException | IllegalArgumentException | ClassCastException notASavedRequest) {
            return home;
        }
    }

    public void logout() throws IOException, ServletException {
        ExternalContext external = facesContext.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String language = localeBacking.getLanguage();
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        external.redirect(external.getRequestContextPath() + "/login.xhtml?signedOut=true&lang=" + language);
        facesContext.responseComplete();
    }

    private void refused() {
        Object outcome = ((HttpServletRequest) facesContext.getExternalContext().getRequest())
                .getAttribute(FormAuthentication.OUTCOME);
        boolean locked = outcome == LoginResult.Outcome.LOCKED;
        String key = locked ? "login.locked" : "login.failed";
        facesContext.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                Texts.text(localeBacking.getLocale(), key), null));
        facesContext.validationFailed();
    }

    /**
     * A new session id for the new privilege level (session fixation). Done just before authenticating, because a
     * successful authentication may already have committed the redirect to the page first asked for.
     */
    private static void renewSessionId(HttpServletRequest request) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        } else {
            request.getSession(true);
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isSignedOut() {
        return signedOut;
    }

    public void setSignedOut(boolean signedOut) {
        this.signedOut = signedOut;
    }
}
