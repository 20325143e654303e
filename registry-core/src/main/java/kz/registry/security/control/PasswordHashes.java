package kz.registry.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import kz.registry.shared.InvalidInputException;

/**
 * Hashes and checks passwords with the platform's PBKDF2 (Jakarta Security's
 * {@link Pbkdf2PasswordHash}): HMAC-SHA-256, a random 32-byte salt per password. The iteration
 * count balances HTTP Basic, which checks the password on every request, against guessing;
 * scripts should exchange Basic for a bearer token.
 */
@ApplicationScoped
public class PasswordHashes implements PasswordVerifier {

    public static final int MIN_LENGTH = 10;
    static final int ITERATIONS = 120_000;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /** A hash of a password nobody has: unknown users are checked against it, so they take as long. */
    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = pbkdf2.generate("no user has this password".toCharArray());
    }

    public String hash(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new InvalidInputException("password", "must be at least " + MIN_LENGTH + " characters");
        }
        return pbkdf2.generate(password.toCharArray());
    }

    @Override
    public boolean matches(char[] password, String hash) {
        return pbkdf2.verify(password, hash);
    }

    /** Spends the time a real check takes, for a user that does not exist. */
    @Override
    public void checkAgainstDecoy(char[] password) {
        pbkdf2.verify(password, decoy);
    }
}
