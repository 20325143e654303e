package kz.registry.reporting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** One claim as the summaries last counted it: its bucket and its figures (a count of one). */
@Entity
@Table(name = "claim_fact")
public class ClaimFact extends GroupedClaims {

    @Id
    @Column(name = "claim_id")
    private UUID claimId;

    protected ClaimFact() {
        // for JPA
    }

    public ClaimFact(UUID claimId, ClaimGroup group, ClaimFigures figures) {
        super(group, figures);
        this.claimId = claimId;
    }

    public UUID claimId() {
        return claimId;
    }

    /** The claim as it is now counted. */
    public void recount(ClaimGroup group, ClaimFigures figures) {
        place(group, figures);
    }
}
