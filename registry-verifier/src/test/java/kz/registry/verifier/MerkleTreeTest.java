package kz.registry.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class MerkleTreeTest {

    /**
     * The test vector of RFC 6962's reference implementation (certificate-transparency, also used
     * by Trillian and transparency-dev): eight leaves and the roots of their first 1 to 8.
     */
    private static final byte[][] VECTOR_LEAVES = {
            {}, {0x00}, {0x10}, {0x20, 0x21}, {0x30, 0x31}, {0x40, 0x41, 0x42, 0x43},
            {0x50, 0x51, 0x52, 0x53, 0x54, 0x55, 0x56, 0x57},
            {0x60, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6a, 0x6b, 0x6c, 0x6d, 0x6e, 0x6f}};
    private static final String[] VECTOR_ROOTS = {
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"};

    /** The leaves' hashes, and every perfect subtree over them: a log's stored nodes. */
    private static MerkleTree tree(List<byte[]> leafHashes) {
        return new MerkleTree((level, index) -> perfect(leafHashes, level, index));
    }

    private static byte[] perfect(List<byte[]> leafHashes, int level, long index) {
        if (level == 0) {
            return leafHashes.get((int) index);
        }
        return LogHashes.node(perfect(leafHashes, level - 1, 2 * index), perfect(leafHashes, level - 1, 2 * index + 1));
    }

    /** MTH as section 2.1.1 writes it, straight over the leaves: what the tree must agree with. */
    private static byte[] naiveRoot(List<byte[]> leafHashes) {
        if (leafHashes.size() == 1) {
            return leafHashes.getFirst();
        }
        int k = Integer.highestOneBit(leafHashes.size() - 1);
        return LogHashes.node(naiveRoot(leafHashes.subList(0, k)), naiveRoot(leafHashes.subList(k, leafHashes.size())));
    }

    private static List<byte[]> leaves(int n) {
        List<byte[]> hashes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            hashes.add(LogHashes.leaf(("entry " + i).getBytes(StandardCharsets.UTF_8)));
        }
        return hashes;
    }

    @Test
    void theRootsOfTheReferenceVectorAreRfc6962s() {
        List<byte[]> hashes = new ArrayList<>();
        for (byte[] leaf : VECTOR_LEAVES) {
            hashes.add(LogHashes.leaf(leaf));
        }
        for (int size = 1; size <= 8; size++) {
            assertThat(HexFormat.of().formatHex(tree(hashes).root(size))).as("size " + size).isEqualTo(VECTOR_ROOTS[size - 1]);
        }
        assertThat(HexFormat.of().formatHex(tree(hashes).root(0)))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void everyInclusionProofOfEveryTreeUpTo70LeavesVerifiesAndNoOtherLeafOrRootPasses() {
        List<byte[]> hashes = leaves(70);
        MerkleTree tree = tree(hashes);
        for (int size = 1; size <= 70; size++) {
            byte[] root = tree.root(size);
            assertThat(root).isEqualTo(naiveRoot(hashes.subList(0, size)));
            for (int index = 0; index < size; index++) {
                List<byte[]> proof = tree.inclusionProof(index, size);
                assertThat(MerkleTree.verifyInclusion(index, size, hashes.get(index), proof, root))
                        .as("leaf %d of %d", index, size).isTrue();
                int other = (index + 1) % size;
                if (other != index) {
                    assertThat(MerkleTree.verifyInclusion(index, size, hashes.get(other), proof, root)).isFalse();
                    assertThat(MerkleTree.verifyInclusion(other, size, hashes.get(index), proof, root)).isFalse();
                }
                assertThat(MerkleTree.verifyInclusion(index, size, hashes.get(index), proof, tree.root(size - 1 == 0 ? 1 : size - 1)))
                        .as("against another tree's root").isEqualTo(size == 1);
            }
        }
    }

    @Test
    void everyConsistencyProofBetweenTreesUpTo40LeavesVerifiesAndARewriteFails() {
        List<byte[]> hashes = leaves(40);
        MerkleTree tree = tree(hashes);
        for (int to = 1; to <= 40; to++) {
            for (int from = 0; from <= to; from++) {
                List<byte[]> proof = tree.consistencyProof(from, to);
                assertThat(MerkleTree.verifyConsistency(from, to, tree.root(from), tree.root(to), proof))
                        .as("%d to %d", from, to).isTrue();
            }
        }
        // the same history, one leaf of the first 10 changed: no proof joins the old root to the new tree
        List<byte[]> rewritten = new ArrayList<>(hashes);
        rewritten.set(3, LogHashes.leaf("a changed entry".getBytes(StandardCharsets.UTF_8)));
        MerkleTree forged = tree(rewritten);
        for (int to = 10; to <= 40; to++) {
            assertThat(MerkleTree.verifyConsistency(10, to, tree.root(10), forged.root(to), forged.consistencyProof(10, to)))
                    .as("10 to %d over a rewritten history", to).isFalse();
        }
        // two leaves swapped: the same count, another order
        List<byte[]> reordered = new ArrayList<>(hashes);
        reordered.set(5, hashes.get(6));
        reordered.set(6, hashes.get(5));
        MerkleTree swapped = tree(reordered);
        assertThat(MerkleTree.verifyConsistency(8, 40, tree.root(8), swapped.root(40), swapped.consistencyProof(8, 40)))
                .isFalse();
    }

    @Test
    void proofsAreLogarithmic() {
        MerkleTree tree = new MerkleTree((level, index) -> LogHashes.leaf(new byte[] {(byte) level, (byte) index}));
        assertThat(tree.inclusionProof(123_456_789L, 1_000_000_000L)).hasSizeLessThanOrEqualTo(30);
        assertThat(tree.consistencyProof(123_456_789L, 1_000_000_000L)).hasSizeLessThanOrEqualTo(60);
    }
}
