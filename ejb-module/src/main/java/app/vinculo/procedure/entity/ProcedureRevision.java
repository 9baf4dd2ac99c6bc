package app.vinculo.procedure.entity;

import app.vinculo.platform.audit.Audited;
import app.vinculo.platform.error.InvalidInputException;
import app.vinculo.platform.persistence.BaseEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.io.Serial;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One revision of the client-relations procedure: its number ("03"), date, the text (sanitised HTML) and its change
 * control (location, reason, description of each change), as the procedure ends. Revisions are never edited once
 * published: the Implementation Head publishes the next one.
 */
@Entity
@Table(name = "PROCEDURE_REVISION")
@Audited
public class ProcedureRevision extends BaseEntity {

    @Serial
    private static final long serialVersionUID = 1L;

    @Column(name = "REVISION_NO", nullable = false, unique = true, updatable = false)
    private int number;

    @Column(name = "REVISION_DATE", nullable = false, updatable = false)
    private LocalDate date;

    @Column(name = "SUMMARY", length = 500, updatable = false)
    private String summary;

    @Lob
    @Column(name = "CONTENT", nullable = false, updatable = false)
    private String content;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "PROCEDURE_CHANGE", joinColumns = @JoinColumn(name = "REVISION_ID"))
    @OrderColumn(name = "SORT_ORDER")
    private List<ProcedureChange> changes = new ArrayList<>();

    protected ProcedureRevision() {
    }

    public ProcedureRevision(int number, LocalDate date, String summary, String content, List<ProcedureChange> changes) {
        if (number < 1 || date == null) {
            throw new InvalidInputException("procedure.revisionInvalid");
        }
        if (content == null || content.isBlank()) {
            throw new InvalidInputException("procedure.contentRequired");
        }
        if (changes == null || changes.isEmpty()) {
            throw new InvalidInputException("procedure.changesRequired");
        }
        this.number = number;
        this.date = date;
        this.summary = summary;
        this.content = content;
        this.changes = new ArrayList<>(changes);
    }

    /** "03". */
    public String label() {
        return String.format("%02d", number);
    }

    public int getNumber() { return number; }
    public LocalDate getDate() { return date; }
    public String getSummary() { return summary; }
    public String getContent() { return content; }
    public List<ProcedureChange> getChanges() { return List.copyOf(changes); }
}
