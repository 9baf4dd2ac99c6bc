package app.vinculo.clients.entity;

import app.vinculo.platform.audit.Audited;
import app.vinculo.platform.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serial;

/** A module of the vendor's ERP (Ventas, Compras, Stock, Contabilidad, Sueldos…): the catalogue. */
@Entity
@Table(name = "ERP_MODULE")
@Audited
public class ErpModule extends BaseEntity {

    @Serial
    private static final long serialVersionUID = 1L;

    @Column(name = "CODE", length = 20, nullable = false, unique = true, updatable = false)
    private String code;

    @Column(name = "NAME", length = 80, nullable = false)
    private String name;

    @Column(name = "ACTIVE", nullable = false)
    private boolean active = true;

    protected ErpModule() {
    }

    public ErpModule(String code, String name) {
        this.code = code.trim().toUpperCase(java.util.Locale.ROOT);
        this.name = name.trim();
    }

    public String getCode() { return code; }
    public String getName() { return name; }
    public boolean isActive() { return active; }

    public void rename(String name) {
        this.name = name.trim();
    }

    public void activate(boolean active) {
        this.active = active;
    }
}
