package app.vinculo.clients.entity;

/** Where a client stands with a module of the vendor's ERP. */
public enum ModuleStatus {
    INSTALLED, OF_INTEREST, NOT_INTERESTED
}
