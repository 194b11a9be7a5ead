package id.kalbar.monev.boot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SigningKeyFilesTest {

    @TempDir
    Path dir;

    @Test
    void privateKeyIsReadableByItsOwnerOnlyAndNoTemporaryFileRemains() throws IOException {
        Path keys = dir.resolve("keys");
        SigningKeyFiles.ensureExist(keys);

        assertEquals("rw-------", permissions(keys.resolve(SigningKeyFiles.PRIVATE_KEY)));
        assertEquals("rw-r--r--", permissions(keys.resolve(SigningKeyFiles.PUBLIC_KEY)));
        assertTrue(Files.readString(keys.resolve(SigningKeyFiles.PRIVATE_KEY)).startsWith("-----BEGIN PRIVATE KEY-----\n"));
        try (Stream<Path> files = Files.list(keys)) {
            assertEquals(List.of(SigningKeyFiles.PRIVATE_KEY, SigningKeyFiles.PUBLIC_KEY),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aSecretIsReplacedWholeAndKeepsItsMode() throws IOException {
        Path secret = dir.resolve("secret");
        SecretFiles.writeSecret(secret, "first".getBytes());
        SecretFiles.writeSecret(secret, "second".getBytes());
        assertEquals("second", Files.readString(secret));
        assertEquals("rw-------", permissions(secret));
    }

    private static String permissions(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }
}
