package app.vinculo.reports.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The KPI page's choice: a period (both days included) and optionally one consultant — then the figures are those of
 * the clients they lead, the visits they made and the editions they taught.
 */
public record KpiFilter(LocalDate from, LocalDate to, String consultant) implements Serializable {

    public KpiFilter {
        if (from == null || to == null || to.isBefore(from)) {
            throw new app.vinculo.platform.error.InvalidInputException("kpi.periodInvalid");
        }
        consultant = consultant == null || consultant.isBlank() ? null : consultant.trim();
    }
}
