package app.vinculo.reports.boundary;

import app.vinculo.agreements.entity.AgreementType;
import app.vinculo.agreements.entity.Currency;
import app.vinculo.agreements.entity.RegularizationStatus;
import app.vinculo.requirements.entity.QuoteStatus;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The read models of the home page (records bound by JPQL constructor expressions). */
public final class HomeItems {

    private HomeItems() {
    }

    /** A bounded list and how many there are in all. */
    public record Section<T>(List<T> items, long total) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        public static <T> Section<T> none() {
            return new Section<>(List.of(), 0);
        }

        public boolean isEmpty() {
            return total == 0;
        }

        /** How many are not listed. */
        public long more() {
            return Math.max(0, total - items.size());
        }
    }

    public record NextAction(long followUpId, long clientId, String clientName, String action, LocalDate due,
                             boolean overdue) implements Serializable {
        public NextAction(Long followUpId, Long clientId, String clientName, String action, LocalDate due) {
            this(followUpId, clientId, clientName, action, due, false);
        }

        NextAction asOf(LocalDate today) {
            return new NextAction(followUpId, clientId, clientName, action, due, due != null && due.isBefore(today));
        }
    }

    public record ClientAtRisk(long clientId, String clientName, Instant lastContactAt, String leadConsultant)
            implements Serializable {
    }

    public record ExpiringAgreement(long agreementId, long clientId, String clientName, AgreementType type, LocalDate end)
            implements Serializable {
    }

    public record Review(long requirementId, long clientId, String clientName, String title, Instant submittedAt)
            implements Serializable {
    }

    public record QuoteWaiting(long quoteId, String number, long clientId, String clientName, QuoteStatus status,
                               BigDecimal total, Currency currency, Instant sentAt) implements Serializable {
    }

    public record AssignedCase(long caseId, long campaignId, String release, String moduleCode, String title)
            implements Serializable {
    }

    public record OpenRegularization(long caseId, long clientId, String clientName, RegularizationStatus status,
                                     Instant openedAt) implements Serializable {
    }

    public record CampaignProgress(long campaignId, String release, long cases, long run, long failed)
            implements Serializable {
        public int percent() {
            return cases == 0 ? 100 : (int) (run * 100 / cases);
        }
    }
}
