package org.peerplanner.domain.people;

import java.security.SecureRandom;
import org.peerplanner.domain.common.InvalidInputException;

/** Password rules and generated one-time passwords. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 72; // BCrypt ignores anything past 72 bytes

    // No look-alike characters (0/O, 1/l/I): a generated password is often read out or retyped.
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordPolicy() {
    }

    public static void check(String field, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw InvalidInputException.of(field, "Use at least " + MIN_LENGTH + " characters.");
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_LENGTH) {
            throw InvalidInputException.of(field, "Use at most " + MAX_LENGTH + " characters.");
        }
        if (password.isBlank()) {
            throw InvalidInputException.of(field, "A password cannot be only spaces.");
        }
    }

    public static String generate() {
        var sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
