package app.vinculo.clients.boundary;

import app.vinculo.clients.entity.TaxId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serial;
import java.io.Serializable;

/** What a user types to create or change a client. Validated at the boundary. */
public class ClientForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{client.legalName.required}")
    @Size(max = 200, message = "{client.legalName.size}")
    private String legalName;

    @Size(max = 200, message = "{client.tradeName.size}")
    private String tradeName;

    @NotNull(message = "{client.taxIdKind.required}")
    private TaxId.Kind taxIdKind = TaxId.Kind.CUIT;

    @NotBlank(message = "{client.taxId.required}")
    @Size(max = 30, message = "{client.taxId.size}")
    private String taxId;

    @Size(max = 100, message = "{client.industry.size}")
    private String industry;

    @Size(max = 300, message = "{client.address.size}")
    private String address;

    @Size(max = 100, message = "{client.phones.size}")
    @Pattern(regexp = "[0-9+()\\-/ .,]*", message = "{client.phones.pattern}")
    private String phones;

    @Size(max = 200, message = "{client.web.size}")
    @Pattern(regexp = "(https?://)?[A-Za-z0-9.-]+\\.[A-Za-z]{2,}(/\\S*)?|", message = "{client.web.pattern}")
    private String web;

    @Size(max = 4000, message = "{client.notes.size}")
    private String notes;

    private long version;

    public String getLegalName() { return legalName; }
    public void setLegalName(String v) { legalName = v; }
    public String getTradeName() { return tradeName; }
    public void setTradeName(String v) { tradeName = v; }
    public TaxId.Kind getTaxIdKind() { return taxIdKind; }
    public void setTaxIdKind(TaxId.Kind v) { taxIdKind = v; }
    public String getTaxId() { return taxId; }
    public void setTaxId(String v) { taxId = v; }
    public String getIndustry() { return industry; }
    public void setIndustry(String v) { industry = v; }
    public String getAddress() { return address; }
    public void setAddress(String v) { address = v; }
    public String getPhones() { return phones; }
    public void setPhones(String v) { phones = v; }
    public String getWeb() { return web; }
    public void setWeb(String v) { web = v; }
    public String getNotes() { return notes; }
    public void setNotes(String v) { notes = v; }
    public long getVersion() { return version; }
    public void setVersion(long v) { version = v; }
}
