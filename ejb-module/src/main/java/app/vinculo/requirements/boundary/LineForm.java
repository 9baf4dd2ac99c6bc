package app.vinculo.requirements.boundary;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;

/** One quote line as typed. */
public class LineForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private String description;
    private BigDecimal quantity = BigDecimal.ONE;
    private BigDecimal unitPrice;

    public LineForm() {
    }

    public LineForm(String description, BigDecimal quantity, BigDecimal unitPrice) {
        this.description = description;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
    }

    public String getDescription() { return description; }
    public void setDescription(String v) { description = v; }
    public BigDecimal getQuantity() { return quantity; }
    public void setQuantity(BigDecimal v) { quantity = v; }
    public BigDecimal getUnitPrice() { return unitPrice; }
    public void setUnitPrice(BigDecimal v) { unitPrice = v; }
}
