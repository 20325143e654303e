package kz.registry.proceedings.entity;

import java.security.SecureRandom;

/** Pseudonymous codes: a prefix and eight random letters and digits that say nothing of the person. */
final class Codes {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"; // no 0/O, 1/I

    private Codes() {
    }

    static String next(String prefix) {
        StringBuilder code = new StringBuilder(prefix).append('-');
        for (int i = 0; i < 8; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
