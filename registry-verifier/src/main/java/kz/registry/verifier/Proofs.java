package kz.registry.verifier;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The audit log's proofs in text, as the registry answers them ({@code text/plain}) and the
 * verifier reads them: a header line, the numbers, then one base64 hash a line.
 */
public final class Proofs {

    public static final String INCLUSION = "kz-registry audit inclusion proof";
    public static final String CONSISTENCY = "kz-registry audit consistency proof";

    private Proofs() {
    }

    /**
     * That an entry is leaf {@code index} of the tree of {@code size}: the entry as the log hashed
     * it ({@code entry}, the leaf's input), and the path to the root.
     */
    public record Inclusion(long index, long size, byte[] entry, List<byte[]> path) {

        public String text() {
            return INCLUSION + "\nleaf " + index + "\ntree " + size + "\nentry " + Base64.getEncoder().encodeToString(entry)
                    + "\n" + hashes(path);
        }

        public boolean verify(byte[] root) {
            return MerkleTree.verifyInclusion(index, size, LogHashes.leaf(entry), path, root);
        }
    }

    /** That the tree of {@code to} leaves only appended to the tree of {@code from}. */
    public record Consistency(long from, long to, List<byte[]> path) {

        public String text() {
            return CONSISTENCY + "\nfrom " + from + "\nto " + to + "\n" + hashes(path);
        }

        public boolean verify(byte[] fromRoot, byte[] toRoot) {
            return MerkleTree.verifyConsistency(from, to, fromRoot, toRoot, path);
        }
    }

    public static Inclusion inclusion(String text) {
        List<String> lines = lines(text, INCLUSION, 4);
        return new Inclusion(number(lines.get(1), "leaf"), number(lines.get(2), "tree"),
                Base64.getDecoder().decode(value(lines.get(3), "entry")), parsedHashes(lines.subList(4, lines.size())));
    }

    public static Consistency consistency(String text) {
        List<String> lines = lines(text, CONSISTENCY, 3);
        return new Consistency(number(lines.get(1), "from"), number(lines.get(2), "to"),
                parsedHashes(lines.subList(3, lines.size())));
    }

    private static List<String> lines(String text, String header, int least) {
        List<String> lines = text.replace("\r\n", "\n").lines().filter(line -> !line.isBlank()).toList();
        if (lines.size() < least || !lines.getFirst().equals(header)) {
            throw new IllegalArgumentException("not a " + header.substring("kz-registry audit ".length()));
        }
        return lines;
    }

    private static String value(String line, String name) {
        if (!line.startsWith(name + " ")) {
            throw new IllegalArgumentException("expected a line '" + name + " ...', found '" + line + "'");
        }
        return line.substring(name.length() + 1).strip();
    }

    private static long number(String line, String name) {
        return Long.parseLong(value(line, name));
    }

    private static List<byte[]> parsedHashes(List<String> lines) {
        List<byte[]> hashes = new ArrayList<>();
        for (String line : lines) {
            byte[] hash = Base64.getDecoder().decode(line.strip());
            if (hash.length != LogHashes.SIZE) {
                throw new IllegalArgumentException("a proof's hash has " + hash.length + " bytes, not " + LogHashes.SIZE);
            }
            hashes.add(hash);
        }
        return hashes;
    }

    private static String hashes(List<byte[]> path) {
        StringBuilder text = new StringBuilder();
        for (byte[] hash : path) {
            text.append(Base64.getEncoder().encodeToString(hash)).append('\n');
        }
        return text.toString();
    }
}
