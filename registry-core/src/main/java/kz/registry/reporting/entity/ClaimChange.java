package kz.registry.reporting.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A claim's bucket gaining or losing a claim's figures, waiting for the folder; inserted, never updated. */
@Entity
@Table(name = "claim_change")
public class ClaimChange extends GroupedClaims {

    @Id
    private UUID id;

    protected ClaimChange() {
        // for JPA
    }

    public ClaimChange(ClaimGroup group, ClaimFigures figures) {
        super(group, figures);
        this.id = UUID.randomUUID();
    }

    public UUID id() {
        return id;
    }
}
