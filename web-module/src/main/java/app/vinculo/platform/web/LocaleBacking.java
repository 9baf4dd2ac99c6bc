package app.vinculo.platform.web;

import app.vinculo.admin.boundary.UserRow;
import app.vinculo.admin.boundary.UserService;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The language of the session: what the user picked in this session, else the language stored in their profile
 * (loaded at the first request after login), else the browser's preference among Spanish and English, else Spanish.
 * Picking a language while signed in also stores it in the profile.
 */
@Named
@SessionScoped
public class LocaleBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(LocaleBacking.class.getName());

    @Inject
    UserService users;

    /** Picked explicitly in this session (top bar, login page or profile). */
    private Locale chosen;
    /** Stored in the signed-in user's profile. */
    private Locale stored;
    private String storedFor;

    public Locale getLocale() {
        if (chosen != null) {
            return chosen;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        if (context == null) {
            return Texts.SPANISH;
        }
        ExternalContext external = context.getExternalContext();
        String user = external.getRemoteUser();
        if (user != null && !user.equals(storedFor)) {
            readStoredLanguage(user);
        }
        if (user != null && stored != null) {
            return stored;
        }
        return browserLocale(external);
    }

    /** "es" or "en", for the language switch's state. */
    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /** Switches the language and reloads the current page in it. */
    public void select(String language) throws IOException {
        Locale locale = "en".equals(language) ? Locale.ENGLISH : Texts.SPANISH;
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        if (external.getRemoteUser() != null) {
            users.changeOwnLanguage(locale.getLanguage());
            stored = locale;
            storedFor = external.getRemoteUser();
        }
        chosen = locale;
        context.getViewRoot().setLocale(locale);
        String viewId = context.getViewRoot().getViewId();
        external.redirect(context.getApplication().getViewHandler()
                .getRedirectURL(context, viewId, Map.of(), true));
        context.responseComplete();
    }

    /** A {@code lang} view parameter (login page after logout): "es" or "en"; anything else is ignored. */
    public String getRequestedLanguage() {
        return null;
    }

    public void setRequestedLanguage(String language) {
        if ("es".equals(language) || "en".equals(language)) {
            chosen = "en".equals(language) ? Locale.ENGLISH : Texts.SPANISH;
            FacesContext context = FacesContext.getCurrentInstance();
            if (context != null && context.getViewRoot() != null) {
                context.getViewRoot().setLocale(chosen);
            }
        }
    }

    /** The profile page changed the stored language. */
    public void storedLanguageChanged(String language) {
        stored = "en".equals(language) ? Locale.ENGLISH : Texts.SPANISH;
        chosen = stored;
    }

    /** The user's stored language; when the database cannot be read now, the browser's until a later request can. */
    private void readStoredLanguage(String user) {
        try {
            stored = users.current().map(UserRow::language).map(l -> "en".equals(l) ? Locale.ENGLISH : Texts.SPANISH)
                    .orElse(null);
            storedFor = user;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not read the user's language", e);
            stored = null;
        }
    }

    /** The browser's first preference the portal speaks; Spanish when it states none (not the server's locale). */
    static Locale browserLocale(ExternalContext external) {
        return preferred(external.getRequestHeaderMap().get("Accept-Language"));
    }

    /** The first of Spanish or English in an Accept-Language header, else Spanish. */
    public static Locale preferred(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Texts.SPANISH;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                Locale l = Locale.forLanguageTag(range.getRange());
                if (Texts.speaks(l)) {
                    return Texts.supported(l);
                }
            }
        } catch (IllegalArgumentException malformed) {
            return Texts.SPANISH;
        }
        return Texts.SPANISH;
    }
}
