package app.vinculo.platform.hardening;

import app.vinculo.platform.web.PageMessages;
import app.vinculo.platform.web.Texts;
import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.inputnumber.InputNumberRenderer;

/**
 * PrimeFaces' number input, but a posted value that is not a number ({@code abc}, {@code NaN}, a forged request) gives
 * the field an "enter a valid number" message instead of an exception and the generic error page (issue #16,
 * finding 8). Registered for every {@code p:inputNumber} in faces-config.xml.
 */
public class SafeInputNumberRenderer extends InputNumberRenderer {

    @Override
    public void decode(FacesContext context, UIComponent component) {
        try {
            super.decode(context, component);
        } catch (FacesException notANumber) {
            if (!(notANumber.getCause() instanceof NumberFormatException) || !(component instanceof UIInput input)) {
                throw notANumber;
            }
            input.setSubmittedValue(null);
            input.setValid(false);
            Object label = component.getAttributes().get("label");
            String text = Texts.text(PageMessages.locale(), "number.invalid");
            context.addMessage(component.getClientId(context), new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    label == null ? text : label + ": " + text, null));
            context.validationFailed();
            context.renderResponse();
        }
    }
}
