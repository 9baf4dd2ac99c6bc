package app.vinculo.platform.hardening;

import app.vinculo.platform.web.PageMessages;
import app.vinculo.platform.web.Texts;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;

import java.util.regex.Pattern;

/**
 * What a text field may not take, read from the request before PrimeFaces decodes it (found by the form fuzzer,
 * issue #16): a text longer than the field's {@code maxlength} (the browser never sends one; PrimeFaces cut it, and the
 * action went on with text the user did not write), and control characters other than tab and line breaks (no
 * keyboard types them; PostgreSQL refuses a NUL in a text, which was an HTTP 500 on every save and filter). The field
 * gets its message and nothing is saved.
 */
final class PostedText {

    /** C0 controls and DEL, except tab, line feed and carriage return. */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    private PostedText() {
    }

    /** The message key of what is wrong with the posted text, or null when nothing is (or nothing was posted). */
    static String problem(FacesContext context, UIInput input, int maxLength) {
        String posted = context.getExternalContext().getRequestParameterMap().get(input.getClientId(context));
        if (posted == null) {
            return null;
        }
        // a browser counts a line break as one character and posts it as two (CR LF)
        if (maxLength > 0 && posted.replace("\r\n", "\n").length() > maxLength) {
            return "text.tooLong";
        }
        return CONTROL.matcher(posted).find() ? "text.controlCharacters" : null;
    }

    /** The field is invalid, with its message; the submitted text is dropped, so nothing of it is kept. */
    static void refuse(FacesContext context, UIInput input, String key, int maxLength) {
        input.setSubmittedValue(null);
        input.setValid(false);
        Object label = input.getAttributes().get("label");
        String text = Texts.text(PageMessages.locale(), key, maxLength);
        context.addMessage(input.getClientId(context), new FacesMessage(FacesMessage.SEVERITY_ERROR,
                label == null ? text : label + ": " + text, null));
        context.validationFailed();
    }
}
