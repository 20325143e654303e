package kz.registry.reporting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A bucket's claims so far, as folded from the changes; kept by the folder alone. */
@Entity
@Table(name = "claim_total")
public class ClaimTotal extends GroupedClaims {

    @Id
    @Column(name = "group_key", length = 200)
    private String groupKey;

    protected ClaimTotal() {
        // for JPA
    }

    public ClaimTotal(ClaimGroup group) {
        super(group, new ClaimFigures());
        this.groupKey = group.key();
    }

    public String groupKey() {
        return groupKey;
    }
}
