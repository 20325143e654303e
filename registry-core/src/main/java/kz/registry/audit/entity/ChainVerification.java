package kz.registry.audit.entity;

import java.util.UUID;

/**
 * What recomputing the chain found: how many entries were checked and, if the chain is
 * broken, the first entry that does not hold and why.
 */
public record ChainVerification(boolean intact, long entriesChecked, Long firstBrokenSequence, UUID firstBrokenId,
                                String reason) {

    public static ChainVerification intact(long checked) {
        return new ChainVerification(true, checked, null, null, null);
    }

    public static ChainVerification brokenAt(AuditEntry entry, long checked, String reason) {
        return new ChainVerification(false, checked, entry.sequence(), entry.id(), reason);
    }
}
