package app.vinculo.platform.i18n;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates inside message arguments, in the procedure's format (dd/MM/yyyy). */
public final class Dates {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Dates() {
    }

    public static String format(LocalDate date) {
        return date == null ? "" : FORMAT.format(date);
    }
}
