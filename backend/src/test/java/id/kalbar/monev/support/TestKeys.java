package id.kalbar.monev.support;

import java.nio.file.Path;

/** Where the running test application's signing keys are, for tests that forge their own tokens. */
public final class TestKeys {

    private static volatile Path keyDir;

    private TestKeys() {
    }

    static void use(Path dir) {
        keyDir = dir;
        // A new application instance has new keys: tokens from the previous one are void.
        Tokens.forgetAll();
    }

    public static Path privateKey() {
        return keyDir.resolve("jwt-private.pem");
    }
}
