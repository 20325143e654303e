package kz.registry.reporting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * What one transaction's postings add to one spending group, waiting for the folder: inserted,
 * never updated, so concurrent postings to the same group wait on nothing.
 */
@Entity
@Table(name = "spending_change")
public class SpendingChange extends GroupedSpending {

    @Id
    private UUID id;

    @Column(name = "shelter_id")
    private UUID shelterId;

    @Column(name = "case_number", length = 40)
    private String caseNumber;

    protected SpendingChange() {
        // for JPA
    }

    public SpendingChange(SpendingGroup group, SpendingFigures figures) {
        super(group, figures);
        this.id = UUID.randomUUID();
        this.shelterId = group.shelterId();
        this.caseNumber = group.caseNumber();
    }

    public UUID id() {
        return id;
    }

    public SpendingGroup group() {
        return group(shelterId, caseNumber);
    }
}
