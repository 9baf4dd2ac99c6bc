package app.vinculo.requirements.boundary;

import app.vinculo.agreements.entity.Currency;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The editable part of a quote (DRAFT only). */
public class QuoteForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private List<LineForm> lines = new ArrayList<>();
    private Currency currency = Currency.ARS;
    private BigDecimal discountPercent = BigDecimal.ZERO;
    private int instalments = 1;
    private String paymentTerms;
    private int validityDays = 30;
    private long version;

    public List<LineForm> getLines() { return lines; }
    public void setLines(List<LineForm> v) { lines = v == null ? new ArrayList<>() : v; }
    public Currency getCurrency() { return currency; }
    public void setCurrency(Currency v) { currency = v; }
    public BigDecimal getDiscountPercent() { return discountPercent; }
    public void setDiscountPercent(BigDecimal v) { discountPercent = v; }
    public int getInstalments() { return instalments; }
    public void setInstalments(int v) { instalments = v; }
    public String getPaymentTerms() { return paymentTerms; }
    public void setPaymentTerms(String v) { paymentTerms = v; }
    public int getValidityDays() { return validityDays; }
    public void setValidityDays(int v) { validityDays = v; }
    public long getVersion() { return version; }
    public void setVersion(long v) { version = v; }
}
