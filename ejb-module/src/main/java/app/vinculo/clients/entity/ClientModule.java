package app.vinculo.clients.entity;

import app.vinculo.platform.audit.Audited;
import app.vinculo.platform.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import java.io.Serial;
import java.time.LocalDate;

/** Where one client stands with one module: installed (since, version), of interest (note) or not interested. */
@Entity
@Table(name = "CLIENT_MODULE", uniqueConstraints = @UniqueConstraint(name = "UQ_CLIENT_MODULE", columnNames = {"CLIENT_ID", "MODULE_ID"}))
@Audited
public class ClientModule extends BaseEntity {

    @Serial
    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "CLIENT_ID", nullable = false, updatable = false)
    private Client client;

    @ManyToOne(optional = false)
    @JoinColumn(name = "MODULE_ID", nullable = false, updatable = false)
    private ErpModule module;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 20, nullable = false)
    private ModuleStatus status;

    @Column(name = "INSTALLED_SINCE")
    private LocalDate since;

    @Column(name = "VERSION_LABEL", length = 30)
    private String versionLabel;

    @Column(name = "NOTE", length = 1000)
    private String note;

    protected ClientModule() {
    }

    public ClientModule(Client client, ErpModule module) {
        this.client = client;
        this.module = module;
    }

    public void set(ModuleStatus status, LocalDate since, String versionLabel, String note) {
        this.status = status;
        this.since = status == ModuleStatus.INSTALLED ? since : null;
        this.versionLabel = status == ModuleStatus.INSTALLED && versionLabel != null && !versionLabel.isBlank() ? versionLabel.trim() : null;
        this.note = note == null || note.isBlank() ? null : note.trim();
    }

    public Client getClient() { return client; }
    public ErpModule getModule() { return module; }
    public ModuleStatus getStatus() { return status; }
    public LocalDate getSince() { return since; }
    public String getVersionLabel() { return versionLabel; }
    public String getNote() { return note; }
}
