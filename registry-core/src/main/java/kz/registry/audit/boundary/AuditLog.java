package kz.registry.audit.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import kz.registry.audit.control.CheckpointSigner;
import kz.registry.audit.control.LogTree;
import kz.registry.audit.entity.AuditCheckpoint;
import kz.registry.audit.entity.AuditEntry;
import kz.registry.audit.entity.AuditLeaf;
import kz.registry.audit.entity.AuditPending;
import kz.registry.audit.entity.AuditSigningKey;
import kz.registry.audit.entity.LogStatus;
import kz.registry.audit.entity.LogVerification;
import kz.registry.shared.BusinessRuleException;
import kz.registry.shared.Roles;
import kz.registry.shared.UnknownRecordException;
import kz.registry.verifier.Checkpoint;
import kz.registry.verifier.Keys;
import kz.registry.verifier.LogHashes;
import kz.registry.verifier.Proofs;

/**
 * The audit log: the trail's entries sealed into an append-only Merkle tree (RFC 9162), with
 * signed checkpoints, inclusion and consistency proofs, and a verification that recomputes it
 * all. Sealing runs on one process at a time (a lease in the database, see {@link AuditSealer});
 * reading is for auditors.
 */
@Stateless
public class AuditLog {

    /** The most entries one sealing takes: one transaction, one checkpoint. */
    static final int BATCH = 2_000;
    private static final int READ_BATCH = 1_000;
    private static final HexFormat HEX = HexFormat.of();
    private static final Logger LOG = Logger.getLogger(AuditLog.class.getName());

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    CheckpointSigner signer;

    @Inject
    Clock clock;

    /**
     * Takes or renews the sealer's lease for {@code holder}, if no one else holds it: answers
     * whether {@code holder} may seal now. The database's clock decides, so the nodes' own clocks
     * need not agree.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean holdLease(String holder, Duration lease) {
        // a whole number of seconds, written into the statement: both databases take the standard interval literal
        return em.createNativeQuery("update audit_sealer_lease set holder = ?1, expires_at = current_timestamp + interval '"
                        + lease.toSeconds() + "' second where id = 1 and (holder = ?1 or holder is null"
                        + " or expires_at < current_timestamp)")
                .setParameter(1, holder).executeUpdate() == 1;
    }

    /**
     * Seals the oldest waiting entries (at most {@value #BATCH}), in the order of their sequence
     * numbers, as the next leaves, and signs a checkpoint of the tree they make; answers how many.
     * The lease's row is locked for the transaction and must name {@code holder}: two sealers
     * never work at once, and a leaf index or an entry sealed twice would break a unique key.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int sealNext(String holder) {
        List<?> lease = em.createNativeQuery("select holder from audit_sealer_lease where id = 1 for update").getResultList();
        if (lease.isEmpty() || !holder.equals(lease.getFirst())) {
            return 0;
        }
        List<AuditPending> pending = em.createQuery("select p from AuditPending p order by p.sequence, p.entryId",
                AuditPending.class).setMaxResults(BATCH).getResultList();
        if (pending.isEmpty()) {
            return 0;
        }
        List<UUID> ids = pending.stream().map(AuditPending::entryId).toList();
        Map<UUID, AuditEntry> entries = entries(ids);
        Set<UUID> sealed = alreadySealed(ids);
        LogTree tree = new LogTree(em);
        long before = tree.size();
        long size = before;
        Instant now = clock.instant();
        for (AuditPending waiting : pending) {
            AuditEntry entry = entries.get(waiting.entryId());
            if (entry == null) {
                LOG.severe(() -> "An audit entry waiting to be sealed is gone from the trail: " + waiting.entryId());
                continue;
            }
            if (sealed.contains(entry.id())) {
                // only a hand in the database queues an entry again; sealing it twice would stop all sealing
                LOG.severe(() -> "Audit entry " + entry.id() + " waits to be sealed but is sealed already: left as sealed");
                continue;
            }
            tree.append(size++, entry.id(), sealedHash(entry), now);
        }
        for (List<UUID> chunk : chunks(ids)) {
            em.createQuery("delete from AuditPending p where p.entryId in :ids").setParameter("ids", chunk).executeUpdate();
        }
        if (size == before) {
            return pending.size(); // nothing sealed: the checkpoint of this size is signed already
        }
        if (em.find(AuditSigningKey.class, signer.keyId()) == null) {
            em.persist(new AuditSigningKey(signer.keyId(), "RSA", signer.publicKeyPem(), now));
            em.flush(); // the checkpoint names it: the key's row goes first
        }
        em.persist(new AuditCheckpoint(signer.sign(size, tree.root(size), now)));
        return pending.size();
    }

    /** How far sealing has come: a few primary-key and index reads, cheap enough to ask often. */
    @RolesAllowed(Roles.AUDITOR)
    public LogStatus status() {
        long size = new LogTree(em).size();
        long checkpoint = em.createQuery("select max(c.treeSize) from AuditCheckpoint c", Long.class).getResultStream()
                .filter(java.util.Objects::nonNull).findFirst().orElse(0L);
        long unsealed = em.createQuery("select count(p) from AuditPending p", Long.class).getSingleResult();
        Instant oldest = oldestUnsealed();
        return new LogStatus(size, checkpoint, unsealed,
                oldest == null ? null : Math.max(0, Duration.between(oldest, clock.instant()).toMillis()));
    }

    /**
     * When the oldest entry still waiting to be sealed was written: the first waiting by sequence
     * number (an entry takes its number and its time together), so one index read and one
     * primary-key read however long the queue, never a join of the whole trail with it.
     */
    private Instant oldestUnsealed() {
        return em.createQuery("select e.occurredAt from AuditPending p, AuditEntry e where e.id = p.entryId"
                + " order by p.sequence", Instant.class)
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    /** The latest signed checkpoint, if anything was sealed yet. */
    @RolesAllowed(Roles.AUDITOR)
    public Optional<Checkpoint> latestCheckpoint() {
        return em.createQuery("select c from AuditCheckpoint c order by c.treeSize desc", AuditCheckpoint.class)
                .setMaxResults(1).getResultStream().findFirst().map(AuditCheckpoint::checkpoint);
    }

    /** The checkpoint signed when the log had {@code size} entries. */
    @RolesAllowed(Roles.AUDITOR)
    public Checkpoint checkpoint(long size) {
        return Optional.ofNullable(em.find(AuditCheckpoint.class, size)).map(AuditCheckpoint::checkpoint)
                .orElseThrow(() -> new UnknownRecordException("checkpoint", size));
    }

    /** The keys that signed checkpoints: id, algorithm, public key (PEM), first used. */
    @RolesAllowed(Roles.AUDITOR)
    public List<AuditSigningKey> keys() {
        return em.createQuery("select k from AuditSigningKey k order by k.firstUsed", AuditSigningKey.class).getResultList();
    }

    /** That the entry is in the tree of a checkpoint: its leaf, the entry as hashed, and the path to the root. */
    @RolesAllowed(Roles.AUDITOR)
    public Proofs.Inclusion inclusionProof(UUID entryId, long treeSize) {
        checkpoint(treeSize);
        AuditEntry entry = Optional.ofNullable(em.find(AuditEntry.class, entryId))
                .orElseThrow(() -> new UnknownRecordException("audit entry", entryId));
        AuditLeaf leaf = em.createQuery("select l from AuditLeaf l where l.entryId = :entry", AuditLeaf.class)
                .setParameter("entry", entryId).getResultStream().findFirst()
                .orElseThrow(() -> new BusinessRuleException("Audit entry " + entryId + " is not sealed yet: ask again"
                        + " in a moment, against a checkpoint signed after it."));
        if (leaf.index() >= treeSize) {
            throw new BusinessRuleException("Audit entry " + entryId + " was sealed after the checkpoint of " + treeSize
                    + " entries: ask for a later checkpoint's proof.");
        }
        return new Proofs.Inclusion(leaf.index(), treeSize, entry.leafInput(),
                new LogTree(em).inclusionProof(leaf.index(), treeSize));
    }

    /** That the log of {@code to} entries only appended to the log of {@code from}: both checkpoints' sizes. */
    @RolesAllowed(Roles.AUDITOR)
    public Proofs.Consistency consistencyProof(long from, long to) {
        if (from > to) {
            throw new BusinessRuleException("A consistency proof runs from an earlier checkpoint to a later one: "
                    + from + " is after " + to + ".");
        }
        if (from > 0) {
            checkpoint(from);
        }
        checkpoint(to);
        return new Proofs.Consistency(from, to, new LogTree(em).consistencyProof(from, to));
    }

    /**
     * Recomputes the whole log from the entries themselves, trusting no stored hash: every leaf
     * in index order (dense, its entry present, its hash the entry's), the root at every signed
     * checkpoint (each signature checked with its key), every entry waiting to be sealed against
     * the hash it was written with, and no entry outside both. Names the first thing that does
     * not hold.
     */
    @RolesAllowed(Roles.AUDITOR)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public LogVerification verify() {
        Instant now = clock.instant();
        long leaves = em.createQuery("select count(l) from AuditLeaf l", Long.class).getSingleResult();
        long unsealed = em.createQuery("select count(p) from AuditPending p", Long.class).getSingleResult();
        Instant oldest = oldestUnsealed();
        List<AuditCheckpoint> checkpoints = em.createQuery("select c from AuditCheckpoint c order by c.treeSize",
                AuditCheckpoint.class).getResultList();
        LogVerification result = new LogVerification(true, 0, null, null, null, leaves, checkpoints.size(), unsealed,
                oldest == null ? null : Math.max(0, Duration.between(oldest, now).toSeconds()));

        Map<String, PublicKey> keys = new HashMap<>();
        keys().forEach(key -> keys.put(key.keyId(), Keys.publicKey(key.publicKey())));
        for (AuditCheckpoint stored : checkpoints) {
            Checkpoint checkpoint = stored.checkpoint();
            PublicKey key = keys.get(checkpoint.keyId());
            if (key == null || !checkpoint.signedBy(key)) {
                return result.brokenAt(null, "the checkpoint of " + checkpoint.size() + " entries signed at "
                        + checkpoint.signedAt() + " is not signed by the key it names (" + checkpoint.keyId() + ")");
            }
        }

        // the waiting entries before the leaves: the sealer may move an entry from one to the other while this reads,
        // never the other way, so read in this order every entry is checked at least once
        long checked = 0;
        Set<UUID> checkedWaiting = new HashSet<>();
        for (AuditEntry waiting : em.createQuery("select e from AuditEntry e where e.id in (select p.entryId from AuditPending p)"
                + " order by e.sequence", AuditEntry.class).getResultList()) {
            checked++;
            checkedWaiting.add(waiting.id());
            if (!HEX.formatHex(LogHashes.leaf(waiting.leafInput())).equals(waiting.hash())) {
                return withChecked(result, checked).brokenAt(waiting,
                        "its content no longer matches the hash it was written with: it was changed after it was written");
            }
        }
        em.clear();

        Frontier frontier = new Frontier();
        int nextCheckpoint = 0;
        for (long from = 0; ; from += READ_BATCH) {
            List<Object[]> rows = em.createQuery("select l, e from AuditLeaf l left join AuditEntry e on e.id = l.entryId"
                    + " where l.index >= :from order by l.index", Object[].class)
                    .setParameter("from", from).setMaxResults(READ_BATCH).getResultList();
            for (Object[] row : rows) {
                AuditLeaf leaf = (AuditLeaf) row[0];
                AuditEntry entry = (AuditEntry) row[1];
                if (leaf.index() != frontier.size()) {
                    return withChecked(result, checked).brokenAt(entry, "leaf " + frontier.size() + " is missing from the log");
                }
                if (entry == null) {
                    return withChecked(result, checked).brokenAt(null, "the entry of leaf " + leaf.index() + " ("
                            + leaf.entryId() + ") is gone from the trail: it was removed");
                }
                byte[] hash = LogHashes.leaf(entry.leafInput());
                checked += checkedWaiting.contains(entry.id()) ? 0 : 1; // sealed while this read: counted once
                if (!HEX.formatHex(hash).equals(leaf.hash()) || isOwnHashed(entry) && !HEX.formatHex(hash).equals(entry.hash())) {
                    return withChecked(result, checked).brokenAt(entry,
                            "its content no longer matches the hash it was sealed with: it was changed after it was written");
                }
                frontier.append(hash);
                while (nextCheckpoint < checkpoints.size() && checkpoints.get(nextCheckpoint).treeSize() == frontier.size()) {
                    Checkpoint checkpoint = checkpoints.get(nextCheckpoint++).checkpoint();
                    if (!Arrays.equals(frontier.root(), checkpoint.root())) {
                        return withChecked(result, checked).brokenAt(entry, "the log's first " + checkpoint.size()
                                + " entries no longer make the root signed at " + checkpoint.signedAt()
                                + ": entries were changed, removed or reordered");
                    }
                }
            }
            em.clear(); // a long log must not pile up in memory
            if (rows.size() < READ_BATCH) {
                break;
            }
        }
        if (nextCheckpoint < checkpoints.size()) {
            return withChecked(result, checked).brokenAt(null, "a checkpoint of " + checkpoints.get(nextCheckpoint).treeSize()
                    + " entries was signed, but the log has " + frontier.size() + ": sealed entries are missing");
        }
        List<AuditEntry> outside = em.createQuery("select e from AuditEntry e where not exists (select l from AuditLeaf l"
                + " where l.entryId = e.id) and not exists (select p from AuditPending p where p.entryId = e.id)"
                + " order by e.sequence", AuditEntry.class).setMaxResults(1).getResultList();
        if (!outside.isEmpty()) {
            return withChecked(result, checked).brokenAt(outside.getFirst(),
                    "it is in the trail but was never written through the registry: neither sealed nor waiting to be");
        }
        return withChecked(result, checked);
    }

    /**
     * The leaf an entry is sealed as: the hash it was written with, never its content as the
     * sealer finds it, or a change made in the moment between writing and sealing would be sealed
     * as genuine. Entries of the old chain carry a chain hash instead: they are sealed as found,
     * as the migration took them over.
     */
    private static byte[] sealedHash(AuditEntry entry) {
        if (!isOwnHashed(entry)) {
            return LogHashes.leaf(entry.leafInput());
        }
        byte[] written = HEX.parseHex(entry.hash());
        if (!Arrays.equals(written, LogHashes.leaf(entry.leafInput()))) {
            LOG.severe(() -> "Audit entry " + entry.id() + " (sequence " + entry.sequence() + ") was changed after it was"
                    + " written and before it was sealed; it is sealed as it was written, and verification names it");
        }
        return written;
    }

    /** Entries written since the log replaced the chain carry their own leaf hash; the chain's carry a chain hash. */
    private static boolean isOwnHashed(AuditEntry entry) {
        return entry.previousHash() == null;
    }

    private static LogVerification withChecked(LogVerification result, long checked) {
        return new LogVerification(result.intact(), checked, result.firstBrokenSequence(), result.firstBrokenId(),
                result.reason(), result.treeSize(), result.checkpointsChecked(), result.unsealed(),
                result.oldestUnsealedSeconds());
    }

    private Map<UUID, AuditEntry> entries(List<UUID> ids) {
        Map<UUID, AuditEntry> found = new HashMap<>();
        for (List<UUID> chunk : chunks(ids)) {
            em.createQuery("select e from AuditEntry e where e.id in :ids", AuditEntry.class).setParameter("ids", chunk)
                    .getResultList().forEach(entry -> found.put(entry.id(), entry));
        }
        return found;
    }

    private Set<UUID> alreadySealed(List<UUID> ids) {
        Set<UUID> sealed = new HashSet<>();
        for (List<UUID> chunk : chunks(ids)) {
            sealed.addAll(em.createQuery("select l.entryId from AuditLeaf l where l.entryId in :ids", UUID.class)
                    .setParameter("ids", chunk).getResultList());
        }
        return sealed;
    }

    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += 500) {
            chunks.add(all.subList(from, Math.min(all.size(), from + 500)));
        }
        return chunks;
    }

    /**
     * The perfect subtrees over the leaves seen so far (one per bit of their count): enough to
     * make the root of the tree of that many leaves, in O(log n).
     */
    private static final class Frontier {
        private final List<byte[]> hashes = new ArrayList<>();
        private final List<Integer> levels = new ArrayList<>();
        private long size;

        void append(byte[] leaf) {
            byte[] hash = leaf;
            int level = 0;
            while (!levels.isEmpty() && levels.getLast() == level) {
                hash = LogHashes.node(hashes.removeLast(), hash);
                levels.removeLast();
                level++;
            }
            hashes.add(hash);
            levels.add(level);
            size++;
        }

        long size() {
            return size;
        }

        byte[] root() {
            byte[] root = hashes.getLast();
            for (int i = hashes.size() - 2; i >= 0; i--) {
                root = LogHashes.node(hashes.get(i), root);
            }
            return root;
        }
    }
}
