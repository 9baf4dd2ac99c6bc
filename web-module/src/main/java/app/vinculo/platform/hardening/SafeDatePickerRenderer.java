package app.vinculo.platform.hardening;

import app.vinculo.platform.web.PageMessages;
import app.vinculo.platform.web.Texts;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.ConverterException;
import org.primefaces.component.datepicker.DatePicker;
import org.primefaces.component.datepicker.DatePickerRenderer;

import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

/**
 * PrimeFaces' date picker, but a day that does not exist ({@code 31/02/2026}) is refused with the field's message.
 * PrimeFaces reads dates leniently and saved the last day of the month instead, without a word (found by the form
 * fuzzer, issue #16). Registered for every {@code p:datePicker} in faces-config.xml.
 */
public class SafeDatePickerRenderer extends DatePickerRenderer {

    @Override
    public Object getConvertedValue(FacesContext context, UIComponent component, Object submitted) {
        if (component instanceof DatePicker picker && submitted instanceof String text && !text.isBlank()
                && "single".equals(picker.getSelectionMode()) && notADay(text.trim(), picker.calculatePattern())) {
            Object label = picker.getAttributes().get("label");
            String message = Texts.text(PageMessages.locale(), "date.noSuchDay", text.trim());
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    label == null ? message : label + ": " + message, null));
        }
        return super.getConvertedValue(context, component, submitted);
    }

    /** The text reads as a date of the pattern only when impossible days are moved to possible ones. */
    static boolean notADay(String text, String pattern) {
        if (pattern == null || pattern.isBlank()) {
            return false;
        }
        String iso = pattern.replace("yyyy", "uuuu");
        try {
            DateTimeFormatter.ofPattern(iso, Locale.ROOT).withResolverStyle(ResolverStyle.SMART).parse(text);
        } catch (DateTimeParseException | IllegalArgumentException notThisPattern) {
            return false; // not our question: PrimeFaces answers it with its own message
        }
        try {
            DateTimeFormatter.ofPattern(iso, Locale.ROOT).withResolverStyle(ResolverStyle.STRICT).parse(text);
            return false;
        } catch (DateTimeParseException noSuchDay) {
            return true;
        }
    }
}
