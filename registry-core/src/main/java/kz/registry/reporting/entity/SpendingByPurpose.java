package kz.registry.reporting.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Spending per fiscal year, source, purpose and currency: the summary most reports read. */
@Entity
@Table(name = "spending_by_purpose")
public class SpendingByPurpose extends SpendingTotal {

    protected SpendingByPurpose() {
        // for JPA
    }

    public SpendingByPurpose(SpendingGroup group) {
        super(group.byPurpose());
    }
}
