package app.vinculo.platform.hardening;

import app.vinculo.platform.web.PageMessages;
import app.vinculo.platform.web.Texts;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;

/**
 * A text longer than its field's {@code maxlength}: the browser never sends one, a hand-made request may. PrimeFaces
 * cuts it to the length and the action goes on with text the user did not write (found by the form fuzzer, issue
 * #16); the portal refuses it instead, with the field's "at most N characters" message, and nothing is saved.
 */
final class MaxLength {

    private MaxLength() {
    }

    /** Reads the posted text before PrimeFaces decodes (and cuts) it; true when it is over the field's length. */
    static boolean exceeded(FacesContext context, UIInput input, int maxLength) {
        String posted = context.getExternalContext().getRequestParameterMap().get(input.getClientId(context));
        // a browser counts a line break as one character and posts it as two (CR LF)
        return maxLength > 0 && posted != null && posted.replace("\r\n", "\n").length() > maxLength;
    }

    /** The field is invalid, with its message; the submitted text is dropped, so nothing of it is kept. */
    static void refuse(FacesContext context, UIInput input, int maxLength) {
        input.setSubmittedValue(null);
        input.setValid(false);
        Object label = input.getAttributes().get("label");
        String text = Texts.text(PageMessages.locale(), "text.tooLong", maxLength);
        context.addMessage(input.getClientId(context), new FacesMessage(FacesMessage.SEVERITY_ERROR,
                label == null ? text : label + ": " + text, null));
        context.validationFailed();
    }
}
