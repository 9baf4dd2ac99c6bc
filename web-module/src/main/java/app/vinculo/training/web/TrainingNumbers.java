package app.vinculo.training.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Hours and rates as es-AR writes them ({@code 12,5} and {@code 83,3 %}), whatever the page's language. */
public final class TrainingNumbers {

    private TrainingNumbers() {
    }

    public static String hours(BigDecimal h) {
        return h == null ? "—" : format("#,##0.#").format(h);
    }

    /** A rate in percent, or a dash when nothing was expected. */
    public static String rate(BigDecimal percent) {
        return percent == null ? "—" : format("#,##0.0").format(percent) + " %";
    }

    private static DecimalFormat format(String pattern) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.forLanguageTag("es-AR"));
        symbols.setDecimalSeparator(',');
        symbols.setGroupingSeparator('.');
        return new DecimalFormat(pattern, symbols);
    }
}
