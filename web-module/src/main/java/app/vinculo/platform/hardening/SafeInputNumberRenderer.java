package app.vinculo.platform.hardening;

import app.vinculo.platform.web.PageMessages;
import app.vinculo.platform.web.Texts;
import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.inputnumber.InputNumber;
import org.primefaces.component.inputnumber.InputNumberRenderer;

import java.math.BigDecimal;

/**
 * PrimeFaces' number input, but a posted value that is not a number ({@code abc}, {@code NaN}, a forged request) gives
 * the field an "enter a valid number" message instead of an exception and the generic error page (issue #16,
 * finding 8), and one outside the field's {@code minValue}–{@code maxValue} a "between … and …" message instead of
 * being quietly changed to the limit ({@code 1e99} was saved as 10 000, found by the form fuzzer). Registered for
 * every {@code p:inputNumber} in faces-config.xml.
 */
public class SafeInputNumberRenderer extends InputNumberRenderer {

    @Override
    public void decode(FacesContext context, UIComponent component) {
        if (component instanceof InputNumber number && outOfRange(context, number)) {
            refuse(context, number, Texts.text(PageMessages.locale(), "number.outOfRange",
                    limit(number.getMinValue()), limit(number.getMaxValue())));
            return;
        }
        try {
            super.decode(context, component);
        } catch (FacesException notANumber) {
            if (!(notANumber.getCause() instanceof NumberFormatException) || !(component instanceof UIInput input)) {
                throw notANumber;
            }
            refuse(context, input, Texts.text(PageMessages.locale(), "number.invalid"));
        }
    }

    /** Whether the posted value is a number beyond the field's limits (not a number: the parser's message). */
    private static boolean outOfRange(FacesContext context, InputNumber number) {
        if (number.isDisabled() || number.isReadonly()) {
            return false;
        }
        String posted = context.getExternalContext().getRequestParameterMap().get(number.getClientId(context) + "_hinput");
        if (posted == null || posted.isBlank()) {
            return false;
        }
        try {
            BigDecimal value = new BigDecimal(posted.trim());
            return below(value, number.getMinValue()) || below(limitOf(number.getMaxValue()), value);
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }

    private static boolean below(BigDecimal value, String limit) {
        BigDecimal min = limitOf(limit);
        return min != null && value != null && value.compareTo(min) < 0;
    }

    private static boolean below(BigDecimal max, BigDecimal value) {
        return max != null && value.compareTo(max) > 0;
    }

    private static BigDecimal limitOf(String limit) {
        try {
            return limit == null || limit.isBlank() ? null : new BigDecimal(limit.trim());
        } catch (NumberFormatException none) {
            return null;
        }
    }

    private static String limit(String limit) {
        BigDecimal value = limitOf(limit);
        return value == null ? "…" : value.stripTrailingZeros().toPlainString();
    }

    private static void refuse(FacesContext context, UIInput input, String text) {
        input.setSubmittedValue(null);
        input.setValid(false);
        Object label = input.getAttributes().get("label");
        context.addMessage(input.getClientId(context), new FacesMessage(FacesMessage.SEVERITY_ERROR,
                label == null ? text : label + ": " + text, null));
        context.validationFailed();
        context.renderResponse();
    }
}
