package kz.registry.security.control;

/** Checks a password against a stored hash; {@link PasswordHashes} does it with PBKDF2. */
public interface PasswordVerifier {

    boolean matches(char[] password, String hash);

    /** Spends the time a real check takes, for an account whose own hash must not decide. */
    void checkAgainstDecoy(char[] password);
}
