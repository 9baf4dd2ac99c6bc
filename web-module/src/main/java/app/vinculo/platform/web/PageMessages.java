package app.vinculo.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.util.Locale;

/** Translated messages from backing beans, in the page's language; flash ones survive a POST-redirect-GET. */
public final class PageMessages {

    private PageMessages() {
    }

    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public static void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    /** An information message shown on the page the action redirects to. */
    public static void flashInfo(String key, Object... arguments) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        info(key, arguments);
    }

    /**
     * True, with the "choose it in the list first" message and the post marked failed, when a dialog's action comes
     * without the record its list should have chosen ({@code chosen} null): a hand-made post of the bare dialog,
     * which was an HTTP 500 (found by the form fuzzer, issue #16).
     */
    public static boolean nothingChosen(Object chosen) {
        if (chosen != null) {
            return false;
        }
        error("common.chooseFirst");
        FacesContext.getCurrentInstance().validationFailed();
        return true;
    }

    public static String text(String key, Object... arguments) {
        return Texts.text(locale(), key, arguments);
    }

    public static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context != null && context.getViewRoot() != null ? context.getViewRoot().getLocale() : Texts.SPANISH;
    }

    private static void add(FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text(key, arguments), null));
    }
}
