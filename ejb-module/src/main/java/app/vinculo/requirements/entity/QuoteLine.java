package app.vinculo.requirements.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;

/** One line of a quote: what, how many (hours or units) and at what unit price. */
@Embeddable
public class QuoteLine implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Column(name = "DESCRIPTION", length = 500, nullable = false)
    private String description;

    @Column(name = "QUANTITY", precision = 12, scale = 2, nullable = false)
    private BigDecimal quantity;

    @Column(name = "UNIT_PRICE", precision = 15, scale = 2, nullable = false)
    private BigDecimal unitPrice;

    protected QuoteLine() {
    }

    public QuoteLine(String description, BigDecimal quantity, BigDecimal unitPrice) {
        this.description = description;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
    }

    public String getDescription() { return description; }
    public BigDecimal getQuantity() { return quantity; }
    public BigDecimal getUnitPrice() { return unitPrice; }
}
