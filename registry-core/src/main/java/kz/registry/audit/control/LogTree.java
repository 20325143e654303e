package kz.registry.audit.control;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.registry.audit.entity.AuditLeaf;
import kz.registry.audit.entity.AuditNode;
import kz.registry.verifier.LogHashes;
import kz.registry.verifier.MerkleTree;

/**
 * The audit log's Merkle tree as the database keeps it: leaves in {@code audit_leaf}, complete
 * perfect subtrees above them in {@code audit_node}. Appending a leaf stores every subtree it
 * completes; a root or a proof reads O(log n) nodes. Hashes read once are remembered for the
 * life of this object (one sealing, one request).
 */
public final class LogTree {

    private static final HexFormat HEX = HexFormat.of();
    private final EntityManager em;
    private final Map<AuditNode.Key, byte[]> known = new HashMap<>();
    private final MerkleTree tree = new MerkleTree(this::node);

    public LogTree(EntityManager em) {
        this.em = em;
    }

    /** How many leaves the tree has: they are dense, so one more than the highest index. */
    public long size() {
        Long highest = em.createQuery("select max(l.index) from AuditLeaf l", Long.class).getSingleResult();
        return highest == null ? 0 : highest + 1;
    }

    /** Appends an entry's leaf hash at {@code index} (the tree's size) and the subtrees it completes. */
    public void append(long index, UUID entryId, byte[] hash, Instant sealedAt) {
        em.persist(new AuditLeaf(index, entryId, HEX.formatHex(hash), sealedAt));
        known.put(new AuditNode.Key(0, index), hash);
        long completed = index + 1;
        for (int level = 1; completed % (1L << level) == 0; level++) {
            long at = (completed >> level) - 1;
            byte[] node = LogHashes.node(node(level - 1, 2 * at), node(level - 1, 2 * at + 1));
            em.persist(new AuditNode(level, at, HEX.formatHex(node)));
            known.put(new AuditNode.Key(level, at), node);
        }
    }

    public byte[] root(long size) {
        return tree.root(size);
    }

    public List<byte[]> inclusionProof(long index, long size) {
        return tree.inclusionProof(index, size);
    }

    public List<byte[]> consistencyProof(long from, long to) {
        return tree.consistencyProof(from, to);
    }

    private byte[] node(int level, long index) {
        return known.computeIfAbsent(new AuditNode.Key(level, index), key -> {
            String hash = level == 0
                    ? em.find(AuditLeaf.class, index).hash()
                    : em.find(AuditNode.class, key).hash();
            return HEX.parseHex(hash);
        });
    }
}
