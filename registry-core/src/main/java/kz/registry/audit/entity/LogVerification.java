package kz.registry.audit.entity;

import java.util.UUID;

/**
 * What recomputing the audit log found: how many entries were checked (sealed and waiting),
 * against how many signed checkpoints; if it does not hold, the first entry (or checkpoint) that
 * does not and why; and how many entries wait to be sealed, the oldest for how long.
 */
public record LogVerification(boolean intact, long entriesChecked, Long firstBrokenSequence, UUID firstBrokenId,
                              String reason, long treeSize, long checkpointsChecked, long unsealed,
                              Long oldestUnsealedSeconds) {

    public LogVerification brokenAt(AuditEntry entry, String why) {
        return new LogVerification(false, entriesChecked, entry == null ? null : entry.sequence(),
                entry == null ? null : entry.id(), why, treeSize, checkpointsChecked, unsealed, oldestUnsealedSeconds);
    }
}
