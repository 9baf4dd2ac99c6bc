package app.vinculo.platform.hardening;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.inputtextarea.InputTextarea;
import org.primefaces.component.inputtextarea.InputTextareaRenderer;

/** PrimeFaces' text area, but a posted text over its {@code maxlength} is refused, not cut ({@link MaxLength}). */
public class SafeInputTextareaRenderer extends InputTextareaRenderer {

    @Override
    public void decode(FacesContext context, UIComponent component) {
        boolean tooLong = component instanceof InputTextarea input && !input.isDisabled() && !input.isReadonly()
                && MaxLength.exceeded(context, input, input.getMaxlength());
        super.decode(context, component);
        if (tooLong) {
            InputTextarea input = (InputTextarea) component;
            MaxLength.refuse(context, input, input.getMaxlength());
        }
    }
}
