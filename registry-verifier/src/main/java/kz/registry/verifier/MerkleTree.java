package kz.registry.verifier;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An append-only Merkle tree as RFC 9162 (section 2.1) defines it, over hashes a {@link Nodes}
 * gives: its root at any size, and the inclusion and consistency proofs of sections 2.1.3 and
 * 2.1.4. Every subtree the algorithms need is a perfect one aligned on its size, which a log keeps
 * once complete, so a root or a proof costs O(log n) node reads, never a pass over the leaves.
 */
public final class MerkleTree {

    /** The hashes of a tree's perfect subtrees: level 0 are the leaves' hashes. */
    @FunctionalInterface
    public interface Nodes {
        /** The hash of the perfect subtree of {@code 2^level} leaves starting at leaf {@code index * 2^level}. */
        byte[] node(int level, long index);
    }

    private final Nodes nodes;

    public MerkleTree(Nodes nodes) {
        this.nodes = nodes;
    }

    /** MTH(D[0:size]): the root of the tree's first {@code size} leaves. */
    public byte[] root(long size) {
        return size == 0 ? LogHashes.empty() : hash(0, size);
    }

    /** PATH(index, D[0:size]) of section 2.1.3.1: the hashes proving that leaf {@code index} is in the tree of {@code size}. */
    public List<byte[]> inclusionProof(long index, long size) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("leaf " + index + " is not in a tree of " + size);
        }
        List<byte[]> proof = new ArrayList<>();
        path(index, 0, size, proof);
        return proof;
    }

    /** PROOF(from, D[0:to]) of section 2.1.4.1: the hashes proving the tree of {@code to} only appended to the tree of {@code from}. */
    public List<byte[]> consistencyProof(long from, long to) {
        if (from < 0 || from > to) {
            throw new IllegalArgumentException("a tree of " + from + " cannot precede a tree of " + to);
        }
        List<byte[]> proof = new ArrayList<>();
        if (from > 0 && from < to) {
            subproof(from, 0, to, true, proof);
        }
        return proof;
    }

    private void path(long index, long start, long end, List<byte[]> proof) {
        if (end - start == 1) {
            return;
        }
        long k = largestPowerOfTwoBelow(end - start);
        if (index - start < k) {
            path(index, start, start + k, proof);
            proof.add(hash(start + k, end));
        } else {
            path(index, start + k, end, proof);
            proof.add(hash(start, start + k));
        }
    }

    private void subproof(long m, long start, long end, boolean whole, List<byte[]> proof) {
        long n = end - start;
        if (m == n) {
            if (!whole) {
                proof.add(hash(start, end));
            }
            return;
        }
        long k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            subproof(m, start, start + k, whole, proof);
            proof.add(hash(start + k, end));
        } else {
            subproof(m - k, start + k, end, false, proof);
            proof.add(hash(start, start + k));
        }
    }

    /** MTH(D[start:end]), from the perfect subtrees it is made of. */
    private byte[] hash(long start, long end) {
        long n = end - start;
        if (Long.bitCount(n) == 1) {
            int level = Long.numberOfTrailingZeros(n);
            return nodes.node(level, start >> level);
        }
        long k = largestPowerOfTwoBelow(n);
        return LogHashes.node(hash(start, start + k), hash(start + k, end));
    }

    /** The largest power of two smaller than {@code n} (n at least 2). */
    static long largestPowerOfTwoBelow(long n) {
        return Long.highestOneBit(n - 1);
    }

    /**
     * Section 2.1.3.2: whether {@code proof} shows the leaf of hash {@code leafHash} at
     * {@code index} in the tree of {@code size} whose root is {@code root}.
     */
    public static boolean verifyInclusion(long index, long size, byte[] leafHash, List<byte[]> proof, byte[] root) {
        if (index < 0 || index >= size) {
            return false;
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] p : proof) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = LogHashes.node(p, r);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                r = LogHashes.node(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(r, root);
    }

    /**
     * Section 2.1.4.2: whether {@code proof} shows the tree of {@code to} leaves (root
     * {@code toRoot}) to be the tree of {@code from} leaves (root {@code fromRoot}) with leaves
     * appended, and nothing changed, removed or reordered.
     */
    public static boolean verifyConsistency(long from, long to, byte[] fromRoot, byte[] toRoot, List<byte[]> proof) {
        if (from < 0 || from > to) {
            return false;
        }
        if (from == to) {
            return proof.isEmpty() && Arrays.equals(fromRoot, toRoot);
        }
        if (from == 0) {
            return proof.isEmpty(); // the empty tree precedes every tree
        }
        if (proof.isEmpty()) {
            return false;
        }
        List<byte[]> path = new ArrayList<>(proof);
        if (Long.bitCount(from) == 1) {
            path.addFirst(fromRoot);
        }
        long fn = from - 1;
        long sn = to - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.getFirst();
        byte[] sr = path.getFirst();
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = LogHashes.node(c, fr);
                sr = LogHashes.node(c, sr);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                sr = LogHashes.node(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(fr, fromRoot) && Arrays.equals(sr, toRoot);
    }
}
