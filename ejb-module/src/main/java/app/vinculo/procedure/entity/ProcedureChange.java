package app.vinculo.procedure.entity;

import app.vinculo.platform.error.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serial;
import java.io.Serializable;

/** One line of a revision's change control: where in the procedure (Ubicación), why (Motivo), what (Descripción). */
@Embeddable
public class ProcedureChange implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Column(name = "LOCATION", length = 200, nullable = false)
    private String location;

    @Column(name = "REASON", length = 200, nullable = false)
    private String reason;

    @Column(name = "DESCRIPTION", length = 1000, nullable = false)
    private String description;

    protected ProcedureChange() {
    }

    public ProcedureChange(String location, String reason, String description) {
        if (blank(location) || blank(reason) || blank(description) || location.length() > 200 || reason.length() > 200
                || description.length() > 1000) {
            throw new InvalidInputException("procedure.changeInvalid");
        }
        this.location = location.trim();
        this.reason = reason.trim();
        this.description = description.trim();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String getLocation() { return location; }
    public String getReason() { return reason; }
    public String getDescription() { return description; }
}
