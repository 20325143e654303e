package kz.registry.reconciliation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A ledger entry settled by a match; an entry is settled once (its id is the key). */
@Entity
@Table(name = "matched_entry")
public class MatchedEntry {

    @Id
    @Column(name = "entry_id")
    private UUID entryId;

    @Column(name = "match_id", nullable = false)
    private UUID matchId;

    protected MatchedEntry() {
        // for JPA
    }

    public MatchedEntry(UUID entryId, UUID matchId) {
        this.entryId = entryId;
        this.matchId = matchId;
    }
}
