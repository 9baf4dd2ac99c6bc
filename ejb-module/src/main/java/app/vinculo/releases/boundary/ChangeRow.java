package app.vinculo.releases.boundary;

import app.vinculo.releases.entity.ChangeKind;

import java.io.Serializable;

/** A change of a release, with the requirement it delivers (if any) and that requirement's client. */
public record ChangeRow(Long id, int sortOrder, ChangeKind kind, String moduleCode, String description,
                        Long requirementId, String requirementTitle, Long clientId, String clientName)
        implements Serializable {
}
