package kz.registry.budget.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import kz.registry.shared.InstantColumns;

/** A bulk entry: the lines of one file, posted together or not at all. Its entries name it. */
@Entity
@Table(name = "budget_batch")
public class Batch {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EntryKind kind;

    @Column(nullable = false)
    private int entries;

    @Convert(converter = InstantColumns.class)
    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    @Column(name = "posted_by", nullable = false, length = 64)
    private String postedBy;

    protected Batch() {
        // for JPA
    }

    /** A batch about to be posted: its entries are counted as they are posted, the file being read a line at a time. */
    public Batch(EntryKind kind, Instant postedAt, String postedBy) {
        this.id = UUID.randomUUID();
        this.kind = kind;
        this.postedAt = postedAt;
        this.postedBy = postedBy;
    }

    /** Records how many entries the file posted, once all are in. */
    public void counted(int posted) {
        if (entries != 0 || posted <= 0) {
            throw new IllegalStateException("batch " + id + " is counted once, with at least one entry");
        }
        entries = posted;
    }

    public UUID id() { return id; }
    public EntryKind kind() { return kind; }
    public int entries() { return entries; }
    public Instant postedAt() { return postedAt; }
    public String postedBy() { return postedBy; }

    public record Snapshot(String kind, int entries) {
    }

    public Snapshot snapshot() {
        return new Snapshot(kind.name(), entries);
    }
}
