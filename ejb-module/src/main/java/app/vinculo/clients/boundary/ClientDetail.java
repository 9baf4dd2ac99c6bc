package app.vinculo.clients.boundary;

import app.vinculo.clients.entity.TaxId;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/** The client page's header and the edit form's starting values. */
public record ClientDetail(Long id, long version, String legalName, String tradeName, TaxId.Kind taxIdKind, String taxId,
                           String industry, String address, String phones, String web, boolean active,
                           String leadConsultant, Set<String> consultants, String notes, Instant lastContactAt,
                           Long daysSinceContact, boolean atRisk) implements Serializable {

    public ClientForm toForm() {
        ClientForm f = new ClientForm();
        f.setLegalName(legalName);
        f.setTradeName(tradeName);
        f.setTaxIdKind(taxIdKind);
        f.setTaxId(taxId);
        f.setIndustry(industry);
        f.setAddress(address);
        f.setPhones(phones);
        f.setWeb(web);
        f.setNotes(notes);
        f.setVersion(version);
        return f;
    }
}
