package app.vinculo.platform.hardening;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.inputtext.InputText;
import org.primefaces.component.inputtext.InputTextRenderer;

/** PrimeFaces' text input, but a posted text over its {@code maxlength} is refused, not cut ({@link MaxLength}). */
public class SafeInputTextRenderer extends InputTextRenderer {

    @Override
    public void decode(FacesContext context, UIComponent component) {
        boolean tooLong = component instanceof InputText input && !input.isDisabled() && !input.isReadonly()
                && MaxLength.exceeded(context, input, input.getMaxlength());
        super.decode(context, component);
        if (tooLong) {
            InputText input = (InputText) component;
            MaxLength.refuse(context, input, input.getMaxlength());
        }
    }
}
