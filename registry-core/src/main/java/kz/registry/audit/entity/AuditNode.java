package kz.registry.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * A complete perfect subtree of the audit log above its leaves: node {@code (level, index)} covers
 * leaves {@code [index * 2^level, (index + 1) * 2^level)}. Kept once complete, never changed.
 */
@Entity
@Table(name = "audit_node")
@IdClass(AuditNode.Key.class)
public class AuditNode {

    @Id
    @Column(name = "node_level")
    private int level;

    @Id
    @Column(name = "node_index")
    private long index;

    @Column(name = "node_hash", nullable = false, updatable = false, length = 64)
    private String hash;

    protected AuditNode() {
        // for JPA
    }

    public AuditNode(int level, long index, String hash) {
        this.level = level;
        this.index = index;
        this.hash = hash;
    }

    public String hash() {
        return hash;
    }

    /** The primary key. */
    public static class Key implements Serializable {
        private int level;
        private long index;

        public Key() {
        }

        public Key(int level, long index) {
            this.level = level;
            this.index = index;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.level == level && key.index == index;
        }

        @Override
        public int hashCode() {
            return Objects.hash(level, index);
        }
    }
}
