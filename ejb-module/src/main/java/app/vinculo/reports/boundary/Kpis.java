package app.vinculo.reports.boundary;

import app.vinculo.agreements.entity.Currency;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The procedure's objectives as figures for a period (PRODUCT.md §8 "KPIs").
 *
 * @param activeClients       active clients in scope (all, or those the consultant leads)
 * @param contacted           of them, contacted (follow-up or held visit) in the 60 days up to the period's end
 * @param withMaintenance     of them, with an A&amp;M agreement active on the period's end
 * @param agreementsEnding    A&amp;M agreements (not cancelled) that ended within the period
 * @param agreementsRenewed   of them, renewed (a later agreement links to it)
 * @param requirements        requirements registered in the period
 * @param quotes              quotes drafted in the period (count and total per currency)
 * @param accepted            quotes accepted in the period (count and total per currency)
 * @param editionsGiven       editions held or closed with a session in the period
 * @param attendees           contacts who attended at least one session of those editions
 * @param clientsTrained      their clients
 * @param visitsByConsultant  held visits per consultant and month
 */
public record Kpis(KpiFilter filter, long activeClients, long contacted, long withMaintenance, long agreementsEnding,
                   long agreementsRenewed, long requirements, Money quotes, Money accepted, long editionsGiven,
                   long attendees, long clientsTrained, List<VisitsInMonth> visitsByConsultant) implements Serializable {

    /** Days a contact counts for the "contacted" figure (the procedure's 60 days). */
    public static final int CONTACT_DAYS = 60;

    /** A count and the amounts per currency. */
    public record Money(long count, Map<Currency, BigDecimal> amounts) implements Serializable {
        public BigDecimal amount(Currency currency) {
            return amounts.getOrDefault(currency, BigDecimal.ZERO.setScale(2));
        }
    }

    public record VisitsInMonth(String consultant, YearMonth month, long visits) implements Serializable {
    }

    public BigDecimal contactedPercent() {
        return percent(contacted, activeClients);
    }

    public BigDecimal maintenancePercent() {
        return percent(withMaintenance, activeClients);
    }

    public BigDecimal renewalPercent() {
        return percent(agreementsRenewed, agreementsEnding);
    }

    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_EVEN);
    }
}
