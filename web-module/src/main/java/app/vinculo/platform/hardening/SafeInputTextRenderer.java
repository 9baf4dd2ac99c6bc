package app.vinculo.platform.hardening;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.inputtext.InputText;
import org.primefaces.component.inputtext.InputTextRenderer;

/** PrimeFaces' text input, but a posted text over its {@code maxlength} or one with control characters is refused, not cut ({@link PostedText}). */
public class SafeInputTextRenderer extends InputTextRenderer {

    @Override
    public void decode(FacesContext context, UIComponent component) {
        String problem = component instanceof InputText input && !input.isDisabled() && !input.isReadonly()
                ? PostedText.problem(context, input, input.getMaxlength()) : null;
        super.decode(context, component);
        if (problem != null) {
            InputText input = (InputText) component;
            PostedText.refuse(context, input, problem, input.getMaxlength());
        }
    }
}
