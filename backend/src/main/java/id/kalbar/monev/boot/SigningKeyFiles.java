package id.kalbar.monev.boot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;

/**
 * The RSA key pair that signs access tokens. Generated once and kept beside the data, so tokens stay
 * valid across restarts; deployments with several replicas give the same key files to all of them.
 */
public final class SigningKeyFiles {

    public static final String PRIVATE_KEY = "jwt-private.pem";
    public static final String PUBLIC_KEY = "jwt-public.pem";

    private SigningKeyFiles() {
    }

    public static void ensureExist(Path keyDir) {
        Path privateKey = keyDir.resolve(PRIVATE_KEY);
        Path publicKey = keyDir.resolve(PUBLIC_KEY);
        if (Files.exists(privateKey) && Files.exists(publicKey)) {
            return;
        }
        try {
            Files.createDirectories(keyDir);
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            writePem(privateKey, "PRIVATE KEY", pair.getPrivate().getEncoded(), true);
            writePem(publicKey, "PUBLIC KEY", pair.getPublic().getEncoded(), false);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the signing keys in " + keyDir, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot generate the signing keys", e);
        }
    }

    /** The private key is created readable by its owner only, and appears whole or not at all. */
    private static void writePem(Path file, String type, byte[] der, boolean secret) throws IOException {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        String pem = "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
        SecretFiles.write(file, pem.getBytes(StandardCharsets.US_ASCII),
                secret ? SecretFiles.OWNER_ONLY : SecretFiles.WORLD_READABLE);
    }
}
