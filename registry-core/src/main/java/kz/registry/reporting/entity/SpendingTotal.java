package kz.registry.reporting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** A group's spending so far, as folded from the changes; kept by the folder alone. */
@MappedSuperclass
public abstract class SpendingTotal extends GroupedSpending {

    @Id
    @Column(name = "group_key", length = 200)
    private String groupKey;

    protected SpendingTotal() {
        // for JPA
    }

    protected SpendingTotal(SpendingGroup group) {
        super(group, new SpendingFigures());
        this.groupKey = group.key();
    }

    public String groupKey() {
        return groupKey;
    }

    public void add(SpendingFigures change) {
        figures().add(change);
    }
}
