package app.vinculo.platform.web;

import app.vinculo.platform.settings.Setting;
import app.vinculo.platform.settings.SettingsService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How pages show instants: {@code dd/MM/yyyy HH:mm} (24 h; English {@code d MMM yyyy HH:mm}) in the portal's time zone (setting {@code TIME_ZONE},
 * America/Argentina/Buenos_Aires by default). Used as {@code #{displayFormat.dateTime(row.occurredAt)}}.
 */
@Named
@RequestScoped
public class DisplayFormat {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("America/Argentina/Buenos_Aires");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME_EN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", java.util.Locale.ENGLISH);
    private static final DateTimeFormatter DATE_EN = DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH);
    private static final Logger LOG = Logger.getLogger(DisplayFormat.class.getName());

    @Inject
    SettingsService settings;

    private ZoneId zone;

    public ZoneId getZone() {
        if (zone == null) {
            try {
                zone = ZoneId.of(settings.value(Setting.TIME_ZONE));
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Time zone setting unavailable, using the default", e);
                zone = DEFAULT_ZONE;
            }
        }
        return zone;
    }

    /** Day and time in the reader's format: es-AR {@code dd/MM/yyyy HH:mm}, English {@code d MMM yyyy HH:mm}. */
    public String dateTime(Instant instant) {
        return instant == null ? "" : (english() ? DATE_TIME_EN : DATE_TIME).format(instant.atZone(getZone()));
    }

    /** A day in the reader's format (the same as in e-mails: platform.i18n.LocalizedText). */
    public String date(LocalDate date) {
        return date == null ? "" : (english() ? DATE_EN : DATE).format(date);
    }

    private static boolean english() {
        return "en".equals(Texts.supported(PageMessages.locale()).getLanguage());
    }

    /** A stored value in the reader's words (a referral text, a date the business tier left to the reader). */
    public String text(String value) {
        return Texts.read(PageMessages.locale(), value);
    }

    /**
     * Money as the es-AR convention writes it, whatever the page's language: {@code $ 150.000,00} (pesos) or
     * {@code US$ 150.000,00} (dollars); {@code currency} is the ISO code (ARS, USD) or an enum of it.
     */
    public String money(BigDecimal amount, Object currency) {
        if (amount == null) {
            return "";
        }
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(java.util.Locale.forLanguageTag("es-AR"));
        symbols.setDecimalSeparator(',');
        symbols.setGroupingSeparator('.');
        DecimalFormat format = new DecimalFormat("#,##0.00", symbols);
        String prefix = currency != null && "USD".equals(currency.toString()) ? "US$ " : "$ ";
        return prefix + format.format(amount.setScale(2, RoundingMode.HALF_EVEN));
    }

    /** A duration as days, hours and minutes ("3 d 4 h 0 min"). */
    public String duration(Duration d) {
        if (d == null) {
            return "";
        }
        return PageMessages.text("duration.format", Long.toString(d.toDays()), Integer.toString(d.toHoursPart()),
                Integer.toString(d.toMinutesPart()));
    }
}
