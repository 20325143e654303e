package kz.registry.reporting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** Spending per fiscal year, source, purpose, shelter or investigation, and currency. */
@Entity
@Table(name = "spending_by_recipient")
public class SpendingByRecipient extends SpendingTotal {

    @Column(name = "shelter_id")
    private UUID shelterId;

    @Column(name = "case_number", length = 40)
    private String caseNumber;

    protected SpendingByRecipient() {
        // for JPA
    }

    public SpendingByRecipient(SpendingGroup group) {
        super(group);
        this.shelterId = group.shelterId();
        this.caseNumber = group.caseNumber();
    }
}
