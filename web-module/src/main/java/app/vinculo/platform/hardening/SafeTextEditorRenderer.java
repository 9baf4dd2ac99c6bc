package app.vinculo.platform.hardening;

import app.vinculo.platform.html.RichText;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.texteditor.TextEditor;
import org.primefaces.component.texteditor.TextEditorRenderer;

import java.util.regex.Pattern;

/**
 * PrimeFaces' rich-text editor, but what is posted is cleaned ({@link RichText#cleanDocument}, jsoup) as it is
 * decoded: the editor renders its value as markup, and a post that failed validation (or an Ajax update of the form)
 * rendered the raw posted text — a {@code <script>} or an {@code onerror} handler — back into the page (found by the
 * form fuzzer, issue #16). The business tier cleans again on save with its own, stricter list where it applies.
 */
public class SafeTextEditorRenderer extends TextEditorRenderer {

    /** Control characters but tab and line breaks: no keyboard types them, PostgreSQL refuses a NUL. */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    @Override
    public void decode(FacesContext context, UIComponent component) {
        super.decode(context, component);
        if (component instanceof TextEditor editor && editor.getSubmittedValue() instanceof String posted) {
            String cleaned = RichText.cleanDocument(CONTROL.matcher(posted).replaceAll(""));
            editor.setSubmittedValue(cleaned == null ? "" : cleaned); // "" keeps "required" checking an empty text
        }
    }
}
