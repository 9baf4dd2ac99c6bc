package app.vinculo.requirements.web;

import app.vinculo.agreements.entity.Currency;
import app.vinculo.platform.error.NotFoundException;
import app.vinculo.platform.settings.Setting;
import app.vinculo.platform.settings.SettingsService;
import app.vinculo.platform.web.PageMessages;
import app.vinculo.requirements.boundary.LineForm;
import app.vinculo.requirements.boundary.QuoteDetail;
import app.vinculo.requirements.boundary.QuoteForm;
import app.vinculo.requirements.boundary.QuoteService;
import app.vinculo.requirements.boundary.RequirementRow;
import app.vinculo.requirements.boundary.RequirementService;
import app.vinculo.requirements.entity.QuotePricing;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Set;

/**
 * {@code quotes/edit.xhtml?requirement=N} (a new draft for a requirement in QUOTING) or {@code ?id=N} (a DRAFT):
 * lines (description, quantity or hours, unit price), currency, discount, instalments, payment terms, validity;
 * totals recomputed as the user types. Implementation Head only; PRG to the quote page.
 */
@Named
@ViewScoped
public class QuoteEditBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    @Inject
    QuoteService quotes;

    @Inject
    RequirementService requirements;

    @Inject
    SettingsService settings;

    private Long id;
    private Long requirementId;
    private QuoteDetail quote;
    private RequirementRow requirement;
    private QuoteForm form;
    private BigDecimal vatPercent;
    private boolean loaded;

    /** f:viewAction on GET. */
    public void load() throws IOException {
        if (loaded) {
            return;
        }
        if (id != null) {
            quote = quotes.find(id);
            form = new QuoteForm();
            form.setVersion(quote.version());
            form.setLines(new ArrayList<>(quote.lines().stream()
                    .map(l -> new LineForm(l.getDescription(), l.getQuantity(), l.getUnitPrice())).toList()));
            form.setCurrency(quote.currency());
            form.setDiscountPercent(quote.discountPercent());
            form.setInstalments(quote.instalments());
            form.setPaymentTerms(quote.paymentTerms());
            form.setValidityDays(quote.validityDays());
            vatPercent = quote.vatPercent();
            if (!quote.status().editable()) {
                PageMessages.error("quote.notEditable", quote.number());
            }
        } else if (requirementId != null) {
            requirement = requirements.find(requirementId);
            form = new QuoteForm();
            form.getLines().add(new LineForm(requirement.title(), BigDecimal.ONE, null));
            vatPercent = vat();
        } else {
            throw new NotFoundException("quote", ""); // neither a quote nor a requirement to quote: the 404 page
        }
        loaded = true;
    }

    private BigDecimal vat() {
        try {
            return new BigDecimal(settings.value(Setting.VAT_PERCENT));
        } catch (RuntimeException e) {
            return new BigDecimal("21");
        }
    }

    public void addLine() {
        form.getLines().add(new LineForm());
    }

    public void removeLine(int index) {
        if (index >= 0 && index < form.getLines().size()) {
            form.getLines().remove(index);
        }
    }

    /** Ajax on typing: nothing to do, the totals are computed when rendered. */
    public void recalculate() {
        // the model is already updated
    }

    public String save() {
        QuoteDetail saved = id == null ? quotes.draft(Set.of(requirementId), form) : quotes.update(id, form);
        PageMessages.flashInfo(id == null ? "quote.drafted" : "quote.saved", saved.number());
        return "/quotes/view?faces-redirect=true&id=" + saved.id();
    }

    // ---- live totals ---------------------------------------------------------------------------------------

    public BigDecimal lineAmount(LineForm l) {
        if (l == null || l.getQuantity() == null || l.getUnitPrice() == null) {
            return null;
        }
        return l.getQuantity().multiply(l.getUnitPrice()).setScale(2, RoundingMode.HALF_EVEN);
    }

    /** The totals of what is typed so far (incomplete lines count as zero; an invalid discount as none). */
    public QuotePricing.Totals getTotals() {
        BigDecimal subtotal = form == null ? BigDecimal.ZERO : form.getLines().stream().map(this::lineAmount)
                .filter(a -> a != null).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_EVEN);
        BigDecimal d = form == null || form.getDiscountPercent() == null || form.getDiscountPercent().signum() < 0
                || form.getDiscountPercent().compareTo(HUNDRED) > 0 ? BigDecimal.ZERO : form.getDiscountPercent();
        BigDecimal discount = subtotal.multiply(d).divide(HUNDRED, 2, RoundingMode.HALF_EVEN);
        BigDecimal net = subtotal.subtract(discount);
        BigDecimal vat = net.multiply(vatPercent == null ? BigDecimal.ZERO : vatPercent).divide(HUNDRED, 2, RoundingMode.HALF_EVEN);
        return new QuotePricing.Totals(subtotal, discount, net, vat, net.add(vat));
    }

    public boolean isNew() {
        return id == null;
    }

    public boolean isEditable() {
        return quote == null || quote.status().editable();
    }

    public String getClientName() {
        return quote != null ? quote.clientName() : requirement == null ? "" : requirement.clientName();
    }

    public Currency[] getCurrencies() { return Currency.values(); }
    public Long getId() { return id; }
    public void setId(Long v) { id = v; }
    public Long getRequirementId() { return requirementId; }
    public void setRequirementId(Long v) { requirementId = v; }
    public QuoteDetail getQuote() { return quote; }
    public RequirementRow getRequirement() { return requirement; }
    public QuoteForm getForm() { return form; }
    public BigDecimal getVatPercent() { return vatPercent; }
}
