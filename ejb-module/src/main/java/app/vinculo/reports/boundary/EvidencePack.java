package app.vinculo.reports.boundary;

import app.vinculo.agreements.entity.AgreementType;
import app.vinculo.agreements.entity.Currency;
import app.vinculo.followups.entity.Channel;
import app.vinculo.followups.entity.Nature;
import app.vinculo.requirements.entity.QuoteStatus;
import app.vinculo.requirements.entity.RequirementStatus;
import app.vinculo.training.entity.EditionStatus;
import app.vinculo.visits.entity.VisitKind;
import app.vinculo.visits.entity.VisitStatus;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The ISO 9001 evidence pack of one client for a period: what an auditor asks for, each part in date order.
 * Agreements are those in force at any day of the period; the rest happened in it.
 */
public record EvidencePack(long clientId, String clientName, String taxId, String leadConsultant, LocalDate from,
                           LocalDate to, Instant issuedAt, String issuedBy, List<AgreementLine> agreements,
                           List<VisitLine> visits, List<FollowUpLine> followUps, List<CourseLine> courses,
                           List<RequirementLine> requirements, List<QuoteLine> quotes) implements Serializable {

    public record AgreementLine(long id, AgreementType type, LocalDate start, LocalDate end, Instant cancelledAt,
                                Integer hours, BigDecimal fee, Currency currency) implements Serializable {
    }

    public record VisitLine(long id, VisitKind kind, Instant at, VisitStatus status, String place, String assessment,
                            String questionsAnswered, Instant recordedAt, String recordedBy) implements Serializable {
    }

    public record FollowUpLine(long id, Instant at, Channel channel, Nature nature, String author, String summary,
                               String outcome) implements Serializable {
    }

    public record CourseLine(long editionId, String course, LocalDate firstDay, LocalDate lastDay, EditionStatus status,
                             String contact, int attendedSessions) implements Serializable {
    }

    public record RequirementLine(long id, Instant createdAt, String title, RequirementStatus status, String detectedBy)
            implements Serializable {
    }

    public record QuoteLine(long id, String number, Instant createdAt, QuoteStatus status, BigDecimal total,
                            Currency currency, Instant sentAt, Instant answeredAt) implements Serializable {
    }
}
