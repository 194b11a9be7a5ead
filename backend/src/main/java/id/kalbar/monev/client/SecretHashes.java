package id.kalbar.monev.client;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Client secrets are 256 random bits generated here, not chosen by people, so a plain SHA-256 of them
 * cannot be reversed by guessing; unlike bcrypt it costs no CPU that sign-in floods could exploit.
 */
final class SecretHashes {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PREFIX = "sha256:";

    private SecretHashes() {
    }

    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String newClientId() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return "cl-" + HexFormat.of().formatHex(bytes);
    }

    static String hash(String secret) {
        return PREFIX + HexFormat.of().formatHex(digest(secret));
    }

    static boolean matches(String secret, String stored) {
        if (!stored.startsWith(PREFIX)) {
            return false;
        }
        byte[] expected = HexFormat.of().parseHex(stored.substring(PREFIX.length()));
        return MessageDigest.isEqual(expected, digest(secret));
    }

    private static byte[] digest(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }
}
