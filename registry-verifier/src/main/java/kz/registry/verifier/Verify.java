package kz.registry.verifier;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The offline verifier: checks, with the JDK alone, what the registry's audit API handed out.
 * <pre>
 * java -jar registry-verifier.jar FILE...
 * </pre>
 * Each FILE is a checkpoint, a public key (PEM), an inclusion proof or a consistency proof, as the
 * API answers them; the command tells them apart by their first line. It checks every
 * checkpoint's signature with the key it names, every inclusion proof against the checkpoint of
 * its tree's size, and every consistency proof against the checkpoints of both its sizes; it prints
 * one line per check, {@code valid} or {@code INVALID} with the reason, and exits 0 only when every
 * check holds (1 otherwise, 2 when the files cannot be read).
 */
public final class Verify {

    private final PrintStream out;
    private final Map<String, PublicKey> keys = new HashMap<>();
    private final Map<Long, Checkpoint> checkpoints = new HashMap<>();
    private final List<Proofs.Inclusion> inclusions = new ArrayList<>();
    private final List<Proofs.Consistency> consistencies = new ArrayList<>();
    private boolean allValid = true;

    Verify(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    /** Runs the verifier over the files named; answers the exit status. */
    public static int run(String[] files, PrintStream out) {
        if (files.length == 0) {
            out.println("usage: java -jar registry-verifier.jar FILE...  (checkpoints, PEM keys, inclusion and"
                    + " consistency proofs, as the registry's audit API answers them)");
            return 2;
        }
        Verify verify = new Verify(out);
        try {
            for (String file : files) {
                verify.read(Path.of(file));
            }
        } catch (IOException | IllegalArgumentException e) {
            out.println("cannot read the files: " + e.getMessage());
            return 2;
        }
        return verify.check() ? 0 : 1;
    }

    private void read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String first = text.lines().findFirst().orElse("");
        try {
            if (first.equals(Checkpoint.ORIGIN)) {
                Checkpoint checkpoint = Checkpoint.parse(text);
                checkpoints.put(checkpoint.size(), checkpoint);
            } else if (first.startsWith("-----BEGIN PUBLIC KEY")) {
                PublicKey key = Keys.publicKey(text);
                keys.put(Keys.id(key), key);
            } else if (first.equals(Proofs.INCLUSION)) {
                inclusions.add(Proofs.inclusion(text));
            } else if (first.equals(Proofs.CONSISTENCY)) {
                consistencies.add(Proofs.consistency(text));
            } else {
                throw new IllegalArgumentException("it is not a checkpoint, a public key or a proof");
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    private boolean check() {
        for (Checkpoint checkpoint : checkpoints.values()) {
            PublicKey key = keys.get(checkpoint.keyId());
            report(key != null && checkpoint.signedBy(key), "checkpoint of " + checkpoint.size() + " entries signed at "
                    + checkpoint.signedAt(), key == null ? "no key " + checkpoint.keyId() + " was given"
                    : "its signature is not key " + checkpoint.keyId() + "'s");
        }
        for (Proofs.Inclusion proof : inclusions) {
            Checkpoint checkpoint = checkpoints.get(proof.size());
            String what = "entry at leaf " + proof.index() + " of the tree of " + proof.size() + ": "
                    + summary(proof.entry());
            report(checkpoint != null && proof.verify(checkpoint.root()), what, checkpoint == null
                    ? "no checkpoint of " + proof.size() + " entries was given"
                    : "the proof does not lead from this entry to the checkpoint's root");
        }
        for (Proofs.Consistency proof : consistencies) {
            Checkpoint older = checkpoints.get(proof.from());
            Checkpoint newer = checkpoints.get(proof.to());
            String what = "the log of " + proof.to() + " entries only appended to the log of " + proof.from();
            report(older != null && newer != null && proof.verify(older.root(), newer.root()), what,
                    older == null || newer == null ? "the checkpoints of " + proof.from() + " and " + proof.to()
                            + " entries are both needed"
                            : "the later tree does not extend the earlier one: entries were changed, removed or reordered");
        }
        if (checkpoints.isEmpty()) {
            report(false, "the files", "hold no checkpoint to check against");
        }
        return allValid;
    }

    private void report(boolean valid, String what, String whyNot) {
        out.println((valid ? "valid: " : "INVALID: ") + what + (valid ? "" : ": " + whyNot));
        allValid &= valid;
    }

    private static String summary(byte[] entry) {
        String text = new String(entry, StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        return text.length() <= 160 ? text : text.substring(0, 157) + "...";
    }
}
