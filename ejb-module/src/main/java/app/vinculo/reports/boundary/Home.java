package app.vinculo.reports.boundary;

import app.vinculo.reports.boundary.HomeItems.AssignedCase;
import app.vinculo.reports.boundary.HomeItems.CampaignProgress;
import app.vinculo.reports.boundary.HomeItems.ClientAtRisk;
import app.vinculo.reports.boundary.HomeItems.ExpiringAgreement;
import app.vinculo.reports.boundary.HomeItems.NextAction;
import app.vinculo.reports.boundary.HomeItems.OpenRegularization;
import app.vinculo.reports.boundary.HomeItems.QuoteWaiting;
import app.vinculo.reports.boundary.HomeItems.Review;
import app.vinculo.reports.boundary.HomeItems.Section;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * "What do I do today": everything the signed-in user's roles have waiting, each part bounded (a few rows and a
 * total). Parts a role does not see are empty.
 */
public record Home(LocalDate today, List<AgendaItem> agenda, Section<NextAction> nextActions, long overdueActions,
                   Section<ClientAtRisk> atRisk, Section<ExpiringAgreement> expiring, Section<Review> reviews,
                   Section<QuoteWaiting> quotes, Section<AssignedCase> cases,
                   Section<OpenRegularization> regularizations, List<CampaignProgress> campaigns) implements Serializable {
}
