package app.vinculo.procedure.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A revision as the procedure page shows it. */
public record ProcedureRevisionView(long id, String label, LocalDate date, String summary, String content,
                                    List<Change> changes, String publishedBy, Instant publishedAt) implements Serializable {

    public record Change(String location, String reason, String description) implements Serializable {
    }
}
