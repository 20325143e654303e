package kz.registry.budget.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/**
 * What stands against a parent entry in entries of one kind, reversals netted: the running sum
 * commitment control checks, kept by {@code budget.control.Consumptions}. Read here; written only
 * there, as atomic increments.
 */
@Entity
@Table(name = "budget_consumption")
@IdClass(Consumption.Key.class)
public class Consumption {

    @Id
    @Column(name = "parent_id")
    private UUID parentId;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "kind")
    private EntryKind kind;

    @Column(name = "amount", nullable = false, precision = 30, scale = 4)
    private BigDecimal amount;

    protected Consumption() {
        // for JPA
    }

    public UUID parentId() {
        return parentId;
    }

    public EntryKind kind() {
        return kind;
    }

    public BigDecimal amount() {
        return amount;
    }

    /** The primary key. */
    public static class Key implements Serializable {
        private UUID parentId;
        private EntryKind kind;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(key.parentId, parentId) && key.kind == kind;
        }

        @Override
        public int hashCode() {
            return Objects.hash(parentId, kind);
        }
    }
}
