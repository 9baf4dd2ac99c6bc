package app.vinculo.requirements.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The last quote number of a year. Read with a write lock and incremented in the transaction that creates the
 * quote: numbers are consecutive, never reused, and a rolled-back creation gives its number back.
 */
@Entity
@Table(name = "QUOTE_COUNTER")
public class QuoteCounter {

    @Id
    @Column(name = "QUOTE_YEAR")
    private Integer year;

    @Column(name = "LAST_NUMBER", nullable = false)
    private int last;

    protected QuoteCounter() {
    }

    public QuoteCounter(int year) {
        this.year = year;
    }

    public int next() {
        return ++last;
    }
}
