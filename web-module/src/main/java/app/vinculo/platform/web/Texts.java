package app.vinculo.platform.web;

import app.vinculo.platform.i18n.LocalizedText;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The portal's translated texts ({@code app.vinculo.i18n.messages}, Spanish base bundle, English variant), for code
 * that cannot use the page's {@code #{msg}}: exception handler, REST mapper, backing-bean messages. The lookup never
 * falls back to the server's default locale (Spanish is the base bundle).
 */
public final class Texts {

    public static final String BUNDLE = "app.vinculo.i18n.messages";
    public static final Locale SPANISH = Locale.forLanguageTag("es");

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Texts() {
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, supported(locale), Texts.class.getClassLoader(), NO_FALLBACK);
    }

    /** The translated text of {@code key} formatted with {@code arguments}; the key itself when unknown. */
    public static String text(Locale locale, String key, Object... arguments) {
        Locale l = supported(locale);
        String pattern;
        try {
            pattern = bundle(l).getString(key);
        } catch (MissingResourceException | NullPointerException e) {
            return key;
        }
        if (arguments == null || arguments.length == 0) {
            return pattern;
        }
        Object[] shown = arguments.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof Long || shown[i] instanceof Integer) {
                shown[i] = shown[i].toString(); // ids and limits, shown without grouping separators
            } else if (shown[i] instanceof String s && LocalizedText.isToken(s)) {
                shown[i] = read(l, s); // a date or a text the business tier left to the reader's language
            }
        }
        return new MessageFormat(pattern, l).format(shown);
    }

    /** A value in the reader's words: a {@link LocalizedText} token (key + arguments, date) or the value itself. */
    public static String read(Locale locale, String value) {
        Locale l = supported(locale);
        ResourceBundle b = bundle(l);
        return LocalizedText.read(value, l, key -> b.containsKey(key) ? b.getString(key) : null);
    }

    /** Spanish or English: the two languages of the portal. */
    public static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : SPANISH;
    }

    /** Whether the locale is one the portal speaks. */
    public static boolean speaks(Locale locale) {
        return locale != null && ("es".equals(locale.getLanguage()) || "en".equals(locale.getLanguage()));
    }
}
