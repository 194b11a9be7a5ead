package id.kalbar.monev.auth;

import java.security.SecureRandom;

/** Temporary passwords for new accounts and resets: random, readable aloud, and changed at first sign-in. */
public final class TemporaryPasswords {

    /** No 0/O, 1/l/I: read from a screen or over the phone without mistakes. */
    private static final char[] ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private TemporaryPasswords() {
    }

    /** Four groups of four, e.g. {@code Hq7k-2mTz-pX9c-Wd4r}: about 91 bits of randomness. */
    public static String generate() {
        StringBuilder password = new StringBuilder(19);
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return password.toString();
    }
}
