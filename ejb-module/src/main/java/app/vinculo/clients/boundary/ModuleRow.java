package app.vinculo.clients.boundary;

import app.vinculo.clients.entity.ModuleStatus;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One catalogue module as it stands for one client; {@code status} null means nothing recorded yet. Modules not
 * INSTALLED are the account's growth room.
 */
public record ModuleRow(String code, String name, ModuleStatus status, LocalDate since, String versionLabel,
                        String note) implements Serializable {

    public boolean growthRoom() {
        return status != ModuleStatus.INSTALLED;
    }
}
