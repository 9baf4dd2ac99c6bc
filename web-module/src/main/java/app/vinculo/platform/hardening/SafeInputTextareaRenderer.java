package app.vinculo.platform.hardening;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.inputtextarea.InputTextarea;
import org.primefaces.component.inputtextarea.InputTextareaRenderer;

/** PrimeFaces' text area, but a posted text over its {@code maxlength} or one with control characters is refused, not cut ({@link PostedText}). */
public class SafeInputTextareaRenderer extends InputTextareaRenderer {

    @Override
    public void decode(FacesContext context, UIComponent component) {
        String problem = component instanceof InputTextarea input && !input.isDisabled() && !input.isReadonly()
                ? PostedText.problem(context, input, input.getMaxlength()) : null;
        super.decode(context, component);
        if (problem != null) {
            InputTextarea input = (InputTextarea) component;
            PostedText.refuse(context, input, problem, input.getMaxlength());
        }
    }
}
