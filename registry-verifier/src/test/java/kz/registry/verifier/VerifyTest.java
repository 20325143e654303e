package kz.registry.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offline verifier over files as the API hands them out: what holds passes, any forgery is named. */
class VerifyTest {

    private static KeyPair key;
    private static KeyPair otherKey;

    @TempDir
    Path folder;

    @BeforeAll
    static void keys() throws NoSuchAlgorithmException {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        key = rsa.generateKeyPair();
        otherKey = rsa.generateKeyPair();
    }

    private static List<byte[]> entries(int n, String prefix) {
        List<byte[]> entries = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            entries.add((prefix + " entry " + i).getBytes(StandardCharsets.UTF_8));
        }
        return entries;
    }

    private static MerkleTree tree(List<byte[]> entries) {
        return new MerkleTree((level, index) -> node(entries, level, index));
    }

    private static byte[] node(List<byte[]> entries, int level, long index) {
        return level == 0 ? LogHashes.leaf(entries.get((int) index))
                : LogHashes.node(node(entries, level - 1, 2 * index), node(entries, level - 1, 2 * index + 1));
    }

    private Checkpoint checkpoint(List<byte[]> entries, int size, KeyPair signer) {
        return Checkpoint.sign(size, tree(entries).root(size), Instant.parse("2026-11-30T12:00:00Z"),
                Keys.id(signer.getPublic()), signer.getPrivate());
    }

    private String file(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text).toString();
    }

    private record Outcome(int status, String printed) {
    }

    private static Outcome verify(String... files) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int status = Verify.run(files, new PrintStream(printed, true, StandardCharsets.UTF_8));
        return new Outcome(status, printed.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anAuditorsOldCheckpointAProofAndTheKeyShowTheLogOnlyGrew() throws IOException {
        List<byte[]> log = entries(40, "real");
        MerkleTree tree = tree(log);
        String older = file("old.txt", checkpoint(log, 17, key).text());
        String newer = file("new.txt", checkpoint(log, 40, key).text());
        String pem = file("key.pem", Keys.pem(key.getPublic()));
        String consistency = file("consistency.txt", new Proofs.Consistency(17, 40, tree.consistencyProof(17, 40)).text());
        String inclusion = file("inclusion.txt",
                new Proofs.Inclusion(5, 40, log.get(5), tree.inclusionProof(5, 40)).text());

        Outcome outcome = verify(older, newer, pem, consistency, inclusion);

        assertThat(outcome.status()).as(outcome.printed()).isZero();
        assertThat(outcome.printed()).contains("valid: the log of 40 entries only appended to the log of 17",
                "valid: entry at leaf 5 of the tree of 40: real entry 5").doesNotContain("INVALID");
    }

    @Test
    void aRewrittenHistoryWithARecomputedTreeFailsAgainstTheOldCheckpoint() throws IOException {
        List<byte[]> log = entries(40, "real");
        String older = file("old.txt", checkpoint(log, 17, key).text());
        // the operator (or an intruder with the key) rewrites entry 3 and recomputes everything after it
        List<byte[]> rewritten = new ArrayList<>(log);
        rewritten.set(3, "a changed entry".getBytes(StandardCharsets.UTF_8));
        MerkleTree forged = tree(rewritten);
        String newer = file("new.txt", checkpoint(rewritten, 40, key).text());
        String proof = file("consistency.txt", new Proofs.Consistency(17, 40, forged.consistencyProof(17, 40)).text());

        Outcome outcome = verify(older, newer, file("key.pem", Keys.pem(key.getPublic())), proof);

        assertThat(outcome.status()).isEqualTo(1);
        assertThat(outcome.printed()).contains("INVALID: the log of 40 entries only appended to the log of 17");
    }

    @Test
    void aChangedEntryAForgedSignatureAndAMissingKeyAreEachNamed() throws IOException {
        List<byte[]> log = entries(12, "real");
        MerkleTree tree = tree(log);
        String checkpoint = file("cp.txt", checkpoint(log, 12, key).text());
        String pem = file("key.pem", Keys.pem(key.getPublic()));
        String changed = file("inclusion.txt", new Proofs.Inclusion(4, 12, "real entry 4, amount changed"
                .getBytes(StandardCharsets.UTF_8), tree.inclusionProof(4, 12)).text());
        assertThat(verify(checkpoint, pem, changed).printed()).contains("INVALID: entry at leaf 4");

        Checkpoint genuine = checkpoint(log, 12, key);
        Checkpoint forgedRoot = new Checkpoint(12, LogHashes.leaf(new byte[] {1}), genuine.signedAt(), genuine.keyId(),
                genuine.signature());
        assertThat(verify(file("forged.txt", forgedRoot.text()), pem).printed())
                .contains("INVALID: checkpoint of 12 entries", "signature");
        assertThat(verify(file("other.txt", checkpoint(log, 12, otherKey).text()), pem).printed())
                .contains("INVALID", "no key");
        assertThat(verify(file("junk.txt", "hello")).status()).isEqualTo(2);
    }
}
