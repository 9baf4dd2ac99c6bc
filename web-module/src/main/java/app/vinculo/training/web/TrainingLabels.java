package app.vinculo.training.web;

import app.vinculo.training.entity.EditionStatus;
import app.vinculo.training.entity.RegistrationStatus;

/** How training states look on every page: the severity of their tags. */
public final class TrainingLabels {

    private TrainingLabels() {
    }

    public static String editionSeverity(EditionStatus s) {
        if (s == null) {
            return "secondary";
        }
        return switch (s) {
            case SCHEDULED -> "secondary";
            case OPEN -> "info";
            case HELD -> "warning";
            case CLOSED -> "success";
            case CANCELLED -> "danger";
        };
    }

    public static String registrationSeverity(RegistrationStatus s) {
        if (s == null) {
            return "secondary";
        }
        return switch (s) {
            case INVITED -> "secondary";
            case REGISTERED -> "success";
            case WAITLISTED -> "warning";
            case DECLINED -> "danger";
        };
    }

    /** The client's training agreement: ACTIVE, FUTURE, EXPIRED or NONE. */
    public static String agreementSeverity(String status) {
        if (status == null) {
            return "secondary";
        }
        return switch (status) {
            case "ACTIVE" -> "success";
            case "FUTURE" -> "info";
            case "EXPIRED" -> "danger";
            default -> "warning";
        };
    }
}
